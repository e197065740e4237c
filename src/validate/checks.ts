/**
 * The checks SHACL cannot express: they compare literals with the article text,
 * look across graphs, or read the ontology file. Synchronous, over an n3 Store.
 */
import type { Quad, Term } from '@rdfjs/types';
import { DataFactory, type Store } from 'n3';
import { closest } from 'fastest-levenshtein';
import { ontologyStore } from '../ontology.js';
import { utf16Offsets } from '../text/spans.js';
import { PREFIXES, cg, compact, itsrdf, nif, np, oa, rdf } from '../vocab.js';
import type { Places, Problem } from './report.js';

const { defaultGraph } = DataFactory;
const DEFAULT = defaultGraph();

const id = (t: Term) => (t.termType === 'BlankNode' ? `_:${t.value}` : t.value);

export function beyondShacl(store: Store, places: Places = new Map()): Problem[] {
  return [...spans(store, places), ...sentenceCoverage(store, places), ...contentInFacts(store, places), ...contentLinks(store, places), ...undefinedTerms(store, places)];
}

/** Every span's nif:anchorOf equals the article text at its offsets, and its IRI carries the same offsets. */
function spans(store: Store, places: Places): Problem[] {
  const out: Problem[] = [];
  const texts = new Map<string, { text: string; at: (cp: number) => number } | null>();
  const textOf = (ctx: Term) => {
    if (!texts.has(ctx.value)) {
      const s = store.getObjects(ctx, nif.isString, DEFAULT)[0]?.value;
      texts.set(ctx.value, s === undefined ? null : { text: s, at: utf16Offsets(s) });
    }
    return texts.get(ctx.value)!;
  };
  for (const q of store.getQuads(null, nif.anchorOf, null, DEFAULT)) {
    const span = q.subject;
    const ctx = store.getObjects(span, nif.referenceContext, DEFAULT)[0];
    const begin = Number(store.getObjects(span, nif.beginIndex, DEFAULT)[0]?.value);
    const end = Number(store.getObjects(span, nif.endIndex, DEFAULT)[0]?.value);
    if (!ctx || !Number.isInteger(begin) || !Number.isInteger(end)) continue; // SHACL reports missing offsets and contexts
    const doc = textOf(ctx);
    if (!doc) continue;
    const place = places.get(id(span));
    const actual = doc.text.slice(doc.at(begin), doc.at(end));
    if (end < begin || actual !== q.object.value) {
      out.push({
        severity: 'violation',
        message: `The span's text "${short(q.object.value)}" is not the article text at ${begin}–${end} ("${short(actual)}").`,
        focus: id(span),
        path: 'nif:anchorOf',
        ...(place ? { place } : {}),
        fix: place ? 'Recompile the annotation (npm run compile) so the offsets are found again from the text.' : 'Correct nif:beginIndex/nif:endIndex (Unicode code points, end exclusive) or nif:anchorOf so they agree with the text.',
      });
    }
    const m = /#char=(\d+),(\d+)$/.exec(span.value);
    if (m && (Number(m[1]) !== begin || Number(m[2]) !== end)) {
      out.push({ severity: 'violation', message: `The span's IRI says char=${m[1]},${m[2]} but its offsets are ${begin}–${end}.`, focus: id(span), path: 'nif:beginIndex', ...(place ? { place } : {}), fix: 'Name the span <text#char=begin,end> after its own offsets.' });
    }
  }
  return out;
}

/** Every sentence overlaps a span that is evidence, a quoted part, a mention, a description or a note's target. */
function sentenceCoverage(store: Store, places: Places): Problem[] {
  const used = new Map<string, [number, number][]>();
  const note = (span: Term) => {
    const ctx = store.getObjects(span, nif.referenceContext, DEFAULT)[0]?.value;
    if (!ctx) return;
    const b = Number(store.getObjects(span, nif.beginIndex, DEFAULT)[0]?.value);
    const e = Number(store.getObjects(span, nif.endIndex, DEFAULT)[0]?.value);
    let list = used.get(ctx);
    if (!list) used.set(ctx, (list = []));
    list.push([b, e]);
  };
  for (const p of [cg.evidence, cg.quotedPart]) for (const o of store.getObjects(null, p, DEFAULT)) note(o);
  for (const p of [itsrdf.taIdentRef, cg.describes]) for (const s of store.getSubjects(p, null, DEFAULT)) note(s);
  for (const o of store.getObjects(null, oa.hasTarget, null)) if (store.countQuads(o, nif.anchorOf, null, DEFAULT)) note(o);
  const out: Problem[] = [];
  for (const s of store.getSubjects(rdf.type, nif.Sentence, DEFAULT)) {
    const ctx = store.getObjects(s, nif.referenceContext, DEFAULT)[0]?.value;
    const b = Number(store.getObjects(s, nif.beginIndex, DEFAULT)[0]?.value);
    const e = Number(store.getObjects(s, nif.endIndex, DEFAULT)[0]?.value);
    if (!ctx) continue;
    if ((used.get(ctx) ?? []).some(([ub, ue]) => ub < e && ue > b)) continue;
    const place = places.get(s.value);
    const text = store.getObjects(s, nif.anchorOf, DEFAULT)[0]?.value ?? '';
    out.push({
      severity: 'violation',
      message: `The sentence "${short(text)}" is the evidence of nothing: no claim, quotation, mention or note covers it.`,
      focus: s.value,
      ...(place ? { place } : {}),
      fix: 'Model what it says (a claim with this sentence as evidence), link a name in it to an entity (names: or mentions:), or attach a note (notes: with span:).',
    });
  }
  return out;
}

/** No triple of a claim's content is also asserted in the default graph (claims are not facts). */
function contentInFacts(store: Store, places: Places): Problem[] {
  const out: Problem[] = [];
  const graphs = new Map(store.getQuads(null, cg.content, null, DEFAULT).map((q) => [q.object.value, q] as const));
  for (const link of graphs.values()) {
    for (const q of store.getQuads(null, null, null, link.object as never)) {
      if (q.subject.termType === 'BlankNode' || q.object.termType === 'BlankNode') continue;
      if (!store.has(DataFactory.quad(q.subject, q.predicate, q.object, DEFAULT))) continue;
      const place = places.get(link.object.value) ?? places.get(link.subject.value);
      out.push({
        severity: 'violation',
        message: `The claim content "${compact(q.subject.value)} ${compact(q.predicate.value)} ${q.object.termType === 'Literal' ? JSON.stringify(q.object.value) : compact(q.object.value)}" is also asserted as a fact in the default graph.`,
        focus: link.object.value,
        path: compact(q.predicate.value),
        ...(place ? { place } : {}),
        fix: 'Keep what is claimed only in the claim content graph: remove the triple from the default graph (or, if it is an established fact, from the claim content).',
      });
    }
  }
  return out;
}

/** Each content graph is linked from exactly one statement; every other named graph holds editorial notes. */
function contentLinks(store: Store, places: Places): Problem[] {
  const out: Problem[] = [];
  for (const g of store.getGraphs(null, null, null)) {
    if (g.termType === 'DefaultGraph') continue;
    const linked = store.getSubjects(cg.content, g, DEFAULT);
    const place = places.get(g.value);
    if (linked.length > 1) {
      out.push({ severity: 'violation', message: `The content graph is linked from ${linked.length} statements (${linked.map((s) => s.value).join(', ')}).`, focus: g.value, path: 'cg:content', ...(place ? { place } : {}), fix: 'Give each claim its own content graph, <claim>/content.' });
    } else if (linked.length === 0 && store.countQuads(null, rdf.type, cg.EditorialNote, g) === 0) {
      out.push({ severity: 'violation', message: 'This named graph is neither a claim content graph (no statement links it by cg:content) nor an editorial graph.', focus: g.value, ...(place ? { place } : {}), fix: 'Link it from its claim with cg:content, or move its triples to the default graph if they are facts.' });
    }
  }
  return out;
}

/** Every cg: term used (as predicate, class or value) is defined in ontology/claimgraph.ttl. */
function undefinedTerms(store: Store, places: Places): Problem[] {
  const ontology = ontologyStore();
  const defined = new Set(ontology.getSubjects(null, null, null).map((t) => t.value));
  const known = [...defined].filter((t) => t.startsWith(PREFIXES.cg)).map((t) => t.slice(PREFIXES.cg.length));
  const reported = new Set<string>();
  const out: Problem[] = [];
  const check = (t: Term, q: Quad) => {
    if (t.termType !== 'NamedNode' || !t.value.startsWith(PREFIXES.cg) || defined.has(t.value) || reported.has(t.value)) return;
    reported.add(t.value);
    const local = t.value.slice(PREFIXES.cg.length);
    const node = q.graph.termType === 'DefaultGraph' ? id(q.subject) : q.graph.value;
    const place = places.get(node) ?? places.get(id(q.subject));
    out.push({ severity: 'violation', message: `cg:${local} is not defined in the ontology.`, focus: node, path: compact(q.predicate.value), ...(place ? { place } : {}), fix: `Use a defined term such as cg:${closest(local, known)}, a schema.org or PROV term, or define it (with rdfs:label and rdfs:comment) in ontology/claimgraph.ttl.` });
  };
  for (const q of store.getQuads(null, null, null, null)) {
    check(q.predicate, q);
    check(q.object, q);
    if (q.object.termType === 'Literal') check(q.object.datatype, q);
  }
  return out;
}

function short(s: string): string {
  const flat = s.replace(/\s+/g, ' ');
  return flat.length > 70 ? `${flat.slice(0, 67)}…` : flat;
}
