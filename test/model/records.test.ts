// The statement records are built from one read of each node's quads and per-view indexes, for
// speed. This test keeps the plain way of building them (one store lookup per field, as the
// helpers did before) as the definition, and checks that both give the same records, fields in
// the same order, on every bundled article, on all of them loaded together, and on a generated
// corpus with its chains through outlets, shared entities and cross-article relations.
import type { Literal, Term } from '@rdfjs/types';
import { DataFactory } from 'n3';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/generate.js';
import { bundledArticles } from '../../src/bundled.js';
import { ClaimGraph, loadArticle, loadCorpus } from '../../src/index.js';
import { notationOf } from '../../src/ontology.js';
import { statements } from '../../src/model/statements.js';
import type { AttributionStep, ContentTriple, Evidence, LiteralValue, Ref, Span, Statement } from '../../src/model/types.js';
import { GraphView } from '../../src/model/view.js';
import { NUMERIC_DATATYPES, cg, compact, nif, prov, schema } from '../../src/vocab.js';

const { namedNode } = DataFactory;

// ── the definition: one lookup per field ─────────────────────────────────────

const optional = <K extends string, V>(key: K, value: V | undefined) => (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
const notation = (term: Term | undefined) => (term ? (notationOf(term.value) ?? compact(term.value)) : undefined);

function spanOf(view: GraphView, span: string): Span {
  const context = view.object(span, nif.referenceContext)?.value ?? '';
  return {
    article: view.object(context, nif.sourceUrl)?.value ?? context,
    begin: Number(view.object(span, nif.beginIndex)?.value),
    end: Number(view.object(span, nif.endIndex)?.value),
    text: view.object(span, nif.anchorOf)?.value ?? '',
  };
}

function spanEvidence(view: GraphView, span: string): Evidence {
  const s = spanOf(view, span);
  const context = view.object(span, nif.referenceContext)?.value ?? '';
  const sentences = view
    .subjects(nif.referenceContext, context)
    .filter((x) => view.types(x).includes(nif.Sentence.value))
    .map((x) => spanOf(view, x))
    .sort((a, b) => a.begin - b.begin)
    .filter((x) => x.begin < s.end && x.end > s.begin);
  return { iri: span, ...s, sentences };
}

function attributionSteps(view: GraphView, statement: string): AttributionStep[] {
  return view
    .objects(statement, cg.reportStep)
    .map((step) => {
      const agent = view.object(step.value, prov.agent)?.value;
      const document = view.object(step.value, cg.document)?.value;
      const outlet = document ? view.object(document, schema.publisher)?.value : undefined;
      const position = Number(view.object(step.value, cg.position)?.value);
      const inference = view.object(step.value, cg.inference)?.value;
      const label =
        document && view.kind(document) === 'article'
          ? 'this article'
          : [document && view.label(document), !document && agent ? view.label(agent) : undefined].filter(Boolean).join('');
      return {
        position,
        ...optional('agent', agent ? view.ref(agent) : undefined),
        ...optional('document', document ? view.ref(document) : undefined),
        ...optional('outlet', outlet ? view.ref(outlet) : undefined),
        ...optional('inference', inference),
        label,
      };
    })
    .sort((a, b) => a.position - b.position);
}

function nodeRef(view: GraphView, term: Term): Ref {
  return term.termType === 'BlankNode' ? { id: `_:${term.value}`, iri: `_:${term.value}`, label: `[${term.value}]` } : view.ref(term.value);
}

function literalValue(term: Literal): LiteralValue {
  const datatype = compact(term.datatype.value);
  const numeric = NUMERIC_DATATYPES.has(term.datatype.value);
  const value = numeric ? Number(term.value) : datatype === 'xsd:boolean' ? term.value === 'true' || term.value === '1' : term.value;
  return { value, datatype, ...(term.language ? { language: term.language } : {}) };
}

function content(view: GraphView, statement: string): ContentTriple[] {
  const g = view.object(statement, cg.content)?.value;
  if (!g) return [];
  const triples = view.store.getQuads(null, null, null, namedNode(g)).map((q) => ({
    subject: nodeRef(view, q.subject),
    predicate: compact(q.predicate.value),
    object: q.object.termType === 'Literal' ? literalValue(q.object) : nodeRef(view, q.object),
  }));
  const key = (t: ContentTriple) => `${t.subject.id}\u0000${t.predicate}\u0000${'id' in t.object ? t.object.id : String(t.object.value)}`;
  return triples.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

function reference(view: GraphView, iri: string): Statement {
  const kind = view.types(iri).includes(schema.Quotation.value) ? 'quotation' : 'claim';
  const refs = (p: Term) => view.objects(iri, p).map((t) => view.ref(t.value));
  const source = view.object(iri, cg.holder)!.value;
  const event = view.object(iri, cg.madeIn)?.value;
  const eventDate = event ? view.object(event, schema.startDate)?.value : undefined;
  const hedge = notation(view.object(iri, cg.hedge)) ?? 'none';
  const ordinal = view.object(iri, cg.ordinal)?.value;
  const base = {
    ...view.ref(iri),
    article: view.ref(view.articleOf(iri) ?? ''),
    holder: { ...view.ref(source), kind: view.kind(source) },
    about: refs(schema.about),
    ...optional('audience', refs(schema.audience)[0]),
    channel: notation(view.object(iri, cg.channel)) ?? 'unknown',
    ...optional('event', event ? { ...view.ref(event), ...optional('date', eventDate) } : undefined),
    hedge,
    hedged: hedge !== 'none',
    ...optional('reportingVerb', view.object(iri, cg.reportingVerb)?.value),
    sourcing: notation(view.object(iri, cg.sourcing)) ?? 'unknown',
    factuality: {
      certainty: notation(view.object(iri, cg.certainty)) ?? 'certain',
      polarity: notation(view.object(iri, cg.polarity)) ?? 'affirmed',
      time: notation(view.object(iri, cg.time)) ?? 'unspecified',
      stance: notation(view.object(iri, cg.stance)) ?? 'neutral',
      ...optional('certaintyCue', view.object(iri, cg.certaintyCue)?.value),
      ...optional('polarityCue', view.object(iri, cg.polarityCue)?.value),
      ...optional('timeCue', view.object(iri, cg.timeCue)?.value),
      ...optional('stanceCue', view.object(iri, cg.stanceCue)?.value),
    },
    ...optional('within', refs(cg.withinStatement)[0]),
    ...optional('annotator', refs(cg.annotatedBy)[0]),
    confidence: Number(view.object(iri, cg.confidence)?.value ?? 1),
    evidence: spanEvidence(view, view.object(iri, cg.evidence)!.value),
    attribution: attributionSteps(view, iri),
    supports: refs(cg.supports),
    opposes: [...new Set([...refs(cg.opposes).map((r) => r.iri), ...view.subjects(cg.opposes, iri)])].map((x) => view.ref(x)),
    denies: refs(cg.denies),
    corrects: refs(cg.corrects),
    retracts: refs(cg.retracts),
    sameClaimAs: [...new Set([...refs(cg.sameClaimAs).map((r) => r.iri), ...view.subjects(cg.sameClaimAs, iri)])].map((x) => view.ref(x)),
    ...optional('reasonFor', refs(cg.reasonFor)[0]),
    ...optional('ordinal', ordinal === undefined ? undefined : Number(ordinal)),
    content: content(view, iri),
  };
  if (kind === 'claim') return { ...base, kind };
  const parts = view
    .objects(iri, cg.quotedPart)
    .map((t) => spanOf(view, t.value))
    .sort((a, b) => a.begin - b.begin);
  return { ...base, kind, text: view.object(iri, schema.text)?.value ?? '', parts, speaker: base.holder };
}

// ── the check ────────────────────────────────────────────────────────────────

/** Every statement of the graph, as the helpers build it and as the definition does: same values, same key order. */
function expectSameRecords(kg: ClaimGraph) {
  const built = statements(new GraphView(kg.store));
  expect(built.length).toBeGreaterThan(0);
  // A fresh view for the definition, so nothing the helpers remembered is shared.
  const plain = new GraphView(kg.store);
  for (const record of built) {
    const expected = reference(plain, record.iri);
    expect(record, record.id).toEqual(expected);
    expect(JSON.stringify(record), record.id).toBe(JSON.stringify(expected));
  }
  return built;
}

describe('statement records', () => {
  for (const slug of bundledArticles()) {
    it(`are what one lookup per field gives: ${slug}`, async () => {
      expectSameRecords(await loadArticle(slug));
    });
  }

  it('are what one lookup per field gives: every bundled article loaded together', async () => {
    expectSameRecords(await loadCorpus());
  });

  describe('on a generated corpus', () => {
    let kg: ClaimGraph;
    beforeAll(async () => {
      kg = new ClaimGraph();
      await kg.loadString(generateCorpus({ triples: 20_000, seed: 3 }).nquads, { format: 'nquads' });
    });

    it('are what one lookup per field gives', () => {
      const built = expectSameRecords(kg);
      // The corpus has what the bundled articles have little of: chains through outlets, quoted parts, content.
      expect(built.some((s) => s.attribution.some((a) => a.outlet))).toBe(true);
      expect(built.some((s) => s.kind === 'quotation' && s.parts.length > 0)).toBe(true);
      expect(built.some((s) => s.content.length > 0)).toBe(true);
    });

    it('filtered by speaker, hedge and subject are the same records as unfiltered', () => {
      const all = new Map(kg.statements().map((s) => [s.iri, s]));
      const speaker = kg.statements()[0]!.holder.iri;
      for (const subset of [kg.claims({ speaker }), kg.quotations({ speaker }), kg.statements({ hedge: 'any' }), kg.statements({ about: 'donald-trump' })]) {
        expect(subset.length).toBeGreaterThan(0);
        for (const s of subset) expect(s).toEqual(all.get(s.iri));
      }
    });
  });

  it('are fresh objects: changing one does not change the next answer', async () => {
    const kg = await loadArticle();
    const [first] = kg.claims();
    first!.about.push({ id: 'x', iri: 'x', label: 'x' });
    first!.evidence.sentences.length = 0;
    first!.attribution[0]!.label = 'changed';
    first!.holder.label = 'changed';
    const [again] = kg.claims();
    expect(again).toEqual(reference(new GraphView(kg.store), again!.iri));
  });
});
