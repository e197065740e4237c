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
import { DEFAULT_GRAPH, type GraphView, type Props } from './view.js';

export function attribution(view: GraphView, claimOrQuotation: string | Term): AttributionStep[] {
  const iri = view.resolve(claimOrQuotation, 'claim or quotation');
  if (!['claim', 'quotation'].includes(view.kind(iri))) {
    throw new InvalidArgumentError(`"${view.label(iri)}" is a ${view.kind(iri)}, not a claim or quotation; kg.claims() and kg.quotations() list them.`);
  }
  return attributionSteps(view, iri);
}

export function attributionSteps(view: GraphView, statement: string, steps: readonly Term[] = view.objects(statement, cg.reportStep)): AttributionStep[] {
  return steps
    .map((step) => {
      const props = view.props(step.value);
      const agent = props.get(prov.agent.value)?.[0]?.value;
      const document = props.get(cg.document.value)?.[0]?.value;
      const outlet = document ? view.object(document, schema.publisher)?.value : undefined;
      const position = Number(props.get(cg.position.value)?.[0]?.value);
      const inference = props.get(cg.inference.value)?.[0]?.value;
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

export function spanOf(view: GraphView, span: string, props: Props = view.props(span)): Span {
  const context = props.get(nif.referenceContext.value)?.[0]?.value ?? '';
  return {
    article: articleOfContext(view, context),
    begin: Number(props.get(nif.beginIndex.value)?.[0]?.value),
    end: Number(props.get(nif.endIndex.value)?.[0]?.value),
    text: props.get(nif.anchorOf.value)?.[0]?.value ?? '',
  };
}

export function spanEvidence(view: GraphView, span: string): Evidence {
  const props = view.props(span);
  const s = spanOf(view, span, props);
  const context = props.get(nif.referenceContext.value)?.[0]?.value ?? '';
  const sentences = sentencesOf(view, context)
    .filter((x) => x.begin < s.end && x.end > s.begin)
    .map((x) => ({ ...x }));
  return { iri: span, ...s, sentences };
}

// Per view (one version of the store): a text's article and its sentences are asked once per
// span, and a prolific speaker's statements share a few hundred texts.
const contextCache = new WeakMap<GraphView, { articles: Map<string, string>; sentences: Map<string, Span[]> }>();
function contextsOf(view: GraphView) {
  let cache = contextCache.get(view);
  if (!cache) contextCache.set(view, (cache = { articles: new Map(), sentences: new Map() }));
  return cache;
}

/** The article (nif:sourceUrl) of a text, or the text when it names none. */
function articleOfContext(view: GraphView, context: string): string {
  const { articles } = contextsOf(view);
  let article = articles.get(context);
  if (article === undefined) articles.set(context, (article = view.object(context, nif.sourceUrl)?.value ?? context));
  return article;
}

/** The sentences of a text in order, shared: callers copy what they hand out. */
function sentencesOf(view: GraphView, context: string): readonly Span[] {
  const byContext = contextsOf(view).sentences;
  let list = byContext.get(context);
  if (!list) {
    list = view
      .subjects(nif.referenceContext, context)
      .filter((s) => view.isA(s, nif.Sentence))
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
