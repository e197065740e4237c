/**
 * The record of a claim or quotation in the default graph: holder, audience, hedge, channel,
 * sourcing derived from its chain, FactBank factuality with cues, relations to other
 * statements, the report steps, and the link to its content graph.
 */
import type { NamedNode } from '@rdfjs/types';
import { DataFactory } from 'n3';
import { conceptScheme } from '../ontology.js';
import { cg, dcterms, prov, rdf, rdfs, schema } from '../vocab.js';
import { type ChainStep, deriveSourcing, stanceOfHedge } from './chain.js';
import type { WriteContent } from './content.js';
import type { At, Compilation, KeyPath, Statement } from './context.js';
import type { Provenance } from './document.js';
import type { FactualitySpec } from './format.js';
import { entityIri } from './iris.js';
import type { Reports } from './reports.js';

const { namedNode } = DataFactory;

/** Writes the record of `st`, whose IRI is `stIri`, found at `at` in the annotation. */
export type WriteRecord = (st: Statement, stIri: string, at: At) => void;

const RELATIONS = [
  ['supports', cg.supports],
  ['opposes', cg.opposes],
  ['denies', cg.denies],
  ['corrects', cg.corrects],
  ['retracts', cg.retracts],
] as const;

export function recordWriter(c: Compilation, by: Provenance, r: Reports, content: WriteContent): WriteRecord {
  const { iri, voice, add, str, int, concept, fail } = c;
  const unspecified = `${iri}/unspecified-source`;
  const factuality = (
    scheme: 'CertaintyScheme' | 'PolarityScheme' | 'TimeScheme' | 'StanceScheme',
    given: FactualitySpec | undefined,
    fallback: string,
    path: KeyPath,
  ) => {
    const value = typeof given === 'object' && given !== null ? given.value : (given ?? fallback);
    const cue = typeof given === 'object' && given !== null ? given.cue : undefined;
    return { iri: concept(scheme, String(value), path), cue };
  };

  return (st, stIri, at) => {
    const s = namedNode(stIri);
    c.mark(stIri, at());
    const holder = r.holderOf(st, at);
    const holderIri = holder === 'article' ? voice.value : holder === 'unspecified' ? unspecified : entityIri(holder);
    add(s, schema.isPartOf, iri);
    add(s, schema.appearance, iri);
    if (st.sameClaim) {
      const first = c.foreignStatement(st.sameClaim, at('sameClaim'));
      add(s, cg.sameClaimAs, first);
      add(first, schema.appearance, iri);
    } else add(s, schema.firstAppearance, iri);
    if (st.label) add(s, rdfs.label, str(st.label));
    add(s, cg.holder, holderIri);
    add(s, schema.claimInterpreter, by.annotator);
    by.provenance(stIri, st.confidence, at('confidence'));
    if (by.annotatedOn) add(s, dcterms.created, by.annotatedOn);
    for (const [i, x] of (st.about ?? []).entries()) add(s, schema.about, c.entity(x, at('about', i)));
    if (st.audience) add(s, schema.audience, c.entity(st.audience, at('audience')));
    if (st.event) add(s, cg.madeIn, c.entity(st.event, at('event')));
    if (st.within) add(s, cg.withinStatement, c.statement(st.within, at('within')));
    const hedge = st.hedge ?? 'none';
    add(s, cg.hedge, concept('HedgeScheme', hedge, at('hedge')));
    const channel = st.channel ?? (holder === 'article' ? 'narration' : 'unspecified');
    add(s, cg.channel, concept('ChannelScheme', channel, at('channel')));
    if (st.verb) add(s, cg.reportingVerb, str(st.verb));
    const steps = r.chainOf(st.id);
    const sourcing = deriveSourcing(steps, holder === 'article' ? 'voice' : holder, r.agentKind, channel === 'belief');
    if (st.sourcing !== undefined && st.sourcing !== sourcing) {
      fail(
        at('sourcing'),
        `sourcing "${st.sourcing}" disagrees with the chain of reports, which makes it "${sourcing}"; remove sourcing (it is derived) or fix via, within or the holder.`,
      );
    }
    add(s, cg.sourcing, concept('SourcingScheme', sourcing, at('sourcing')));
    const facts = [
      [cg.certainty, cg.certaintyCue, factuality('CertaintyScheme', st.certainty, 'certain', at('certainty'))],
      [cg.polarity, cg.polarityCue, factuality('PolarityScheme', st.polarity, 'affirmed', at('polarity'))],
      [cg.time, cg.timeCue, factuality('TimeScheme', st.time, 'unspecified', at('time'))],
      [cg.stance, cg.stanceCue, factuality('StanceScheme', st.stance, stanceOfHedge(hedge, holder === 'article'), at('stance'))],
    ] as const;
    for (const [p, cueP, f] of facts) {
      add(s, p, f.iri);
      if (f.cue) add(s, cueP, str(f.cue));
    }
    if (st.stance === undefined && hedge !== 'none') add(s, cg.stanceCue, str(conceptScheme('HedgeScheme').get(hedge)!.label));
    for (const [key, p] of RELATIONS) for (const [i, x] of (st[key] ?? []).entries()) add(s, p, c.foreignStatement(x, at(key, i)));
    if (st.reasonFor) add(s, cg.reasonFor, c.entity(st.reasonFor, at('reasonFor')));
    if (st.ordinal !== undefined) add(s, cg.ordinal, int(st.ordinal));
    writeSteps(c, s, st, steps, at, unspecified);
    const graph = `${stIri}/content`;
    add(s, cg.content, graph);
    add(graph, prov.wasAttributedTo, holderIri);
    by.provenance(graph, st.confidence, at('confidence'));
    if (st.content) {
      c.mark(graph, at('content'));
      content(namedNode(graph), s, st.content, at('content'));
    }
  };
}

/** The chain as prov:Influence-like report steps; documents of a printed chain derive from one another. */
function writeSteps(c: Compilation, s: NamedNode, st: Statement, steps: ChainStep[], at: At, unspecified: string) {
  const { iri, add, str, int } = c;
  const agentNode = (agent: string) => (agent === 'voice' ? c.voice.value : agent === 'unspecified' ? unspecified : entityIri(agent));
  const quoted = s.value.includes('/quote/');
  let previousDocument: string | undefined;
  steps.forEach((step, i) => {
    const stepIri = namedNode(`${s.value}/step/${i + 1}`);
    c.mark(stepIri.value, i > 0 && st.via && i <= st.via.length ? at('via', i - 1) : at());
    add(s, cg.reportStep, stepIri);
    add(stepIri, rdf.type, cg.ReportStep);
    add(stepIri, cg.position, int(i + 1));
    const doc = step.document === iri ? iri : step.document ? entityIri(step.document) : undefined;
    if (doc) add(stepIri, cg.document, doc);
    if (step.agent) add(stepIri, prov.agent, agentNode(step.agent));
    if (step.inference) add(stepIri, cg.inference, str(step.inference));
    // An inferred step asserts nothing, so it breaks the line of derivation.
    if (doc && previousDocument && !step.inference) add(previousDocument, quoted ? prov.wasQuotedFrom : prov.wasDerivedFrom, doc);
    if (doc) previousDocument = step.inference ? undefined : doc;
  });
  if (steps.some((x) => x.agent === 'unspecified')) {
    add(unspecified, rdf.type, cg.UnspecifiedSource);
    add(unspecified, rdf.type, cg.UnnamedSource);
    add(unspecified, rdfs.label, str(`unspecified source (${c.a.article.title})`));
  }
}
