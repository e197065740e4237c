/**
 * What an answer rests on: the chain of reports behind a statement, and the spans of text (with
 * their sentences) behind statements, entities, notes and the article's descriptions.
 */
import type { Term } from '@rdfjs/types';
import { InvalidArgumentError } from '../errors.js';
import { cg, nif, prov, schema } from '../vocab.js';
import { byPosition, mentionsOf, optional } from './common.js';
import { resolveEntity } from './entities.js';
import type { ArticleFilter, AttributionStep, Description, Evidence, Span } from './types.js';
import { DEFAULT_GRAPH, type GraphView } from './view.js';

export function attribution(view: GraphView, claimOrQuotation: string | Term): AttributionStep[] {
  const iri = view.resolve(claimOrQuotation, 'claim or quotation');
  if (!['claim', 'quotation'].includes(view.kind(iri))) {
    throw new InvalidArgumentError(`"${view.label(iri)}" is a ${view.kind(iri)}, not a claim or quotation; kg.claims() and kg.quotations() list them.`);
  }
  return attributionSteps(view, iri);
}

export function attributionSteps(view: GraphView, statement: string): AttributionStep[] {
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

/** Evidence for a statement (its span), an entity (every mention), a span, or a note (its targets). */
export function evidence(view: GraphView, node: string | Term): Evidence[] {
  const iri = resolveEntity(view, node, 'node');
  if (view.object(iri, nif.anchorOf)) return [spanEvidence(view, iri)];
  const main = view.object(iri, cg.evidence);
  if (main) return [spanEvidence(view, main.value)];
  return mentionsOf(view, iri)
    .map((m) => spanEvidence(view, m))
    .sort((a, b) => byPosition({ evidence: a }, { evidence: b }));
}

export function spanOf(view: GraphView, span: string): Span {
  const context = view.object(span, nif.referenceContext)?.value ?? '';
  return {
    article: view.object(context, nif.sourceUrl)?.value ?? context,
    begin: Number(view.object(span, nif.beginIndex)?.value),
    end: Number(view.object(span, nif.endIndex)?.value),
    text: view.object(span, nif.anchorOf)?.value ?? '',
  };
}

export function spanEvidence(view: GraphView, span: string): Evidence {
  const s = spanOf(view, span);
  const context = view.object(span, nif.referenceContext)?.value ?? '';
  const sentences = sentencesOf(view, context).filter((x) => x.begin < s.end && x.end > s.begin);
  return { iri: span, ...s, sentences };
}

const sentenceCache = new WeakMap<GraphView, Map<string, Span[]>>();
function sentencesOf(view: GraphView, context: string): Span[] {
  let byContext = sentenceCache.get(view);
  if (!byContext) sentenceCache.set(view, (byContext = new Map()));
  let list = byContext.get(context);
  if (!list) {
    list = view
      .subjects(nif.referenceContext, context)
      .filter((s) => view.types(s).includes(nif.Sentence.value))
      .map((s) => spanOf(view, s))
      .sort((a, b) => a.begin - b.begin);
    byContext.set(context, list);
  }
  return list;
}

export function descriptions(view: GraphView, filter: ArticleFilter = {}): Description[] {
  const article = view.articleFilter(filter.article);
  return view.store
    .getQuads(null, cg.describes, null, DEFAULT_GRAPH)
    .filter((q) => !article || q.subject.value.startsWith(`${article}/text`))
    .map((q) => {
      const ev = spanEvidence(view, q.subject.value);
      return { entity: view.ref(q.object.value), text: ev.text, evidence: ev };
    })
    .sort((a, b) => byPosition({ evidence: a.evidence }, { evidence: b.evidence }));
}
