// The bundled article graph against the article text itself.
import { existsSync, readFileSync } from 'node:fs';
import { DataFactory, Parser, Store } from 'n3';
import { isomorphic } from 'rdf-isomorphic';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileAnnotationFile } from '../src/authoring/read.js';
import { sentences } from '../src/text/spans.js';
import { PREFIXES, cg, itsrdf, nif, rdf, schema } from '../src/vocab.js';

const { namedNode, defaultGraph } = DataFactory;
const dir = new URL('../data/articles/', import.meta.url);
const text = readFileSync(new URL('trump-tomahawks.txt', dir), 'utf8');
const seedFile = new URL('../../shared/seed/article.txt', import.meta.url);
const id = (local: string) => namedNode(PREFIXES.id + local);

let store: Store;
beforeAll(() => {
  store = new Store(new Parser({ format: 'application/trig' }).parse(readFileSync(new URL('trump-tomahawks.trig', dir), 'utf8')));
});

describe('the bundled article', () => {
  it('ships the seed text unchanged', () => {
    // The seed sits beside the repository in the workspace; a published package has only its copy.
    if (existsSync(seedFile)) expect(text).toBe(readFileSync(seedFile, 'utf8'));
    expect(text.length).toBe(3840);
    expect(text.startsWith('In a dramatic escalation of U.S. involvement')).toBe(true);
  });

  it('keeps the committed TriG equal to what the annotation compiles to', () => {
    const compiled = compileAnnotationFile(new URL('trump-tomahawks.yaml', dir).pathname);
    expect(compiled.quads.length).toBe(store.size);
    expect(isomorphic(compiled.quads, store.getQuads(null, null, null, null))).toBe(true);
  });

  it('holds the full text once, as a nif:Context', () => {
    const contexts = store.getSubjects(rdf.type, nif.Context, null);
    expect(contexts).toHaveLength(1);
    expect(store.getObjects(contexts[0]!, nif.isString, null)[0]!.value).toBe(text);
  });

  it('places every span at offsets that match its exact text', () => {
    const spans = store.getSubjects(nif.anchorOf, null, null);
    expect(spans.length).toBeGreaterThan(150);
    for (const s of spans) {
      const begin = Number(store.getObjects(s, nif.beginIndex, null)[0]!.value);
      const end = Number(store.getObjects(s, nif.endIndex, null)[0]!.value);
      const anchor = store.getObjects(s, nif.anchorOf, null)[0]!.value;
      expect(text.slice(begin, end), s.value).toBe(anchor); // the text has no astral characters, so code points = indices
      expect(s.value.endsWith(`#char=${begin},${end}`)).toBe(true);
    }
  });

  it('segments 28 sentences, keeping "St.\\nPetersburg" inside the first', () => {
    const found = sentences(text);
    expect(found).toHaveLength(28);
    expect(text.slice(found[0]!.begin, found[0]!.end)).toMatch(/Moscow and St\.\nPetersburg\.$/);
    expect(store.getSubjects(rdf.type, nif.Sentence, null)).toHaveLength(28);
  });

  it('makes every sentence the evidence of something', () => {
    const roles = [cg.evidence, itsrdf.taIdentRef, cg.describes, cg.quotedPart];
    const used: [number, number][] = [];
    for (const p of roles) {
      for (const q of store.getQuads(null, p, null, null)) {
        const span = p === itsrdf.taIdentRef || p === cg.describes ? q.subject : q.object;
        used.push([Number(store.getObjects(span, nif.beginIndex, null)[0]!.value), Number(store.getObjects(span, nif.endIndex, null)[0]!.value)]);
      }
    }
    for (const s of sentences(text)) {
      const evidenced = used.some(([b, e]) => b < s.end && e > s.begin);
      expect(evidenced, text.slice(s.begin, s.end)).toBe(true);
    }
  });

  it('gives every claim and quotation an evidence span and a chain of reports', () => {
    const statements = [...store.getSubjects(rdf.type, schema.Claim, defaultGraph()), ...store.getSubjects(rdf.type, schema.Quotation, defaultGraph())];
    expect(statements.length).toBeGreaterThanOrEqual(25);
    for (const s of statements) {
      expect(store.getObjects(s, cg.evidence, null), s.value).toHaveLength(1);
      expect(store.getObjects(s, cg.reportStep, null).length, s.value).toBeGreaterThan(0);
      expect(store.getObjects(s, cg.holder, null), s.value).toHaveLength(1);
    }
  });

  it('gives every statement, quotations included, structured content', () => {
    const statements = [...store.getSubjects(rdf.type, schema.Claim, defaultGraph()), ...store.getSubjects(rdf.type, schema.Quotation, defaultGraph())];
    for (const s of statements) {
      const [graph] = store.getObjects(s, cg.content, defaultGraph());
      expect(graph, s.value).toBeDefined();
      expect(store.countQuads(null, null, null, graph!), s.value).toBeGreaterThan(0);
    }
  });

  it('keeps claim content out of the fact layer', () => {
    const graphs = store.getObjects(null, cg.content, null);
    expect(graphs.length).toBeGreaterThanOrEqual(30);
    for (const g of graphs) {
      for (const q of store.getQuads(null, null, null, g)) {
        if (q.subject.termType === 'BlankNode') continue;
        expect(store.countQuads(q.subject, q.predicate, q.object, defaultGraph()), `${q.subject.value} ${q.predicate.value}`).toBe(0);
      }
    }
    // Nothing in the default graph says Ukraine received (or was sent) Tomahawks.
    expect(store.countQuads(null, schema.recipient, id('ukraine'), defaultGraph())).toBe(0);
    expect(store.countQuads(null, schema.object, id('tomahawk'), defaultGraph())).toBe(0);
    expect(store.countQuads(id('tomahawk'), null, null, defaultGraph())).toBeGreaterThan(0);
  });

  it('resolves coreference to the entity meant', () => {
    const referent = (anchor: string, begin?: number) => {
      const spans = store
        .getSubjects(nif.anchorOf, DataFactory.literal(anchor), null)
        .filter((s) => begin === undefined || store.getObjects(s, nif.beginIndex, null)[0]!.value === String(begin));
      return spans.flatMap((s) => store.getObjects(s, itsrdf.taIdentRef, null)).map((t) => t.value.slice(PREFIXES.id.length));
    };
    expect(referent('the latter')).toEqual(['vladimir-putin']);
    expect(referent('Those missiles')).toEqual(['tomahawk']);
    expect(referent('the former president')).toEqual(['donald-trump']);
    expect(referent('The article')).toEqual(['politico-reports']);
    expect(referent('him')).toEqual(['donald-trump']);
    expect(referent('St.\nPetersburg')).toEqual(['st-petersburg']);
  });
});
