/**
 * Who holds each statement and the chain of reports it came through, nearest first: this
 * article, the reports it went through, the holder. A statement reported inside another
 * continues the chain of the one around it. The rules over a resolved chain live in chain.ts.
 */
import type { At, Compilation, Statement } from './context.js';
import { type AgentKind, type ChainStep, UNSOURCED_HEDGES } from './chain.js';
import { ENTITY_TYPES, type QuotationAnnotation } from './format.js';

export interface Reports {
  /** The holder's entity id, or `article` / `unspecified`; fails when the statement names none. */
  holderOf(st: Statement, at: At): string;
  agentKind(agent: string): AgentKind;
  /** The chain of a statement by id, computed once. */
  chainOf(id: string): ChainStep[];
}

export function reports(c: Compilation): Reports {
  const { entities, fail } = c;
  const byId = new Map<string, { st: Statement; at: At }>();
  for (const [i, cl] of c.claims.entries()) byId.set(cl.id, { st: cl, at: (...rest) => ['claims', i, ...rest] });
  for (const [i, q] of c.quotations.entries()) byId.set(q.id, { st: q, at: (...rest) => ['quotations', i, ...rest] });
  const holderOf = (st: Statement, at: At): string => {
    const h = st.holder ?? st.source ?? (st as QuotationAnnotation).speaker;
    if (!h) fail(at(), `"${st.id}" needs a holder: who says or holds it, an entity id or "article" for the article's own voice.`);
    if (h !== 'article' && h !== 'unspecified') c.entity(h, at(st.holder ? 'holder' : st.source ? 'source' : 'speaker'));
    return h!;
  };
  const agentKind = (agent: string): AgentKind =>
    agent === 'voice' || agent === 'article'
      ? 'voice'
      : agent === 'unspecified' || ENTITY_TYPES[entities[agent]!.type]?.kind === 'unnamed-source'
        ? 'unnamed'
        : 'named';

  const chains = new Map<string, ChainStep[]>();
  const chainOf = (id: string, seenIds: string[] = []): ChainStep[] => {
    const known = chains.get(id);
    if (known) return known;
    const { st, at } = byId.get(id)!;
    if (seenIds.includes(id))
      fail(at('within'), `"${id}" is within itself (${[...seenIds, id].join(' → ')}); a statement can only be reported inside another.`);
    const holder = holderOf(st, at);
    let steps: ChainStep[];
    if (st.within) {
      if (!byId.has(st.within)) c.statement(st.within, at('within'));
      const outer = chainOf(st.within, [...seenIds, id]);
      const outerHolder = holderOf(byId.get(st.within)!.st, byId.get(st.within)!.at);
      steps = [...outer];
      if (outerHolder !== 'article' && steps[steps.length - 1]!.agent !== outerHolder) steps.push({ agent: outerHolder });
    } else {
      steps = [{ document: c.iri, ...(holder === 'article' ? { agent: 'voice' } : {}) }];
    }
    for (const [i, v] of (st.via ?? []).entries()) {
      const vid = typeof v === 'string' ? v : v?.id;
      const e = (vid && entities[vid]) || fail(at('via', i), `unknown report "${vid}" in via; name a declared document or agent.`);
      const isDocument = ENTITY_TYPES[e.type]?.kind === 'document';
      const agentId = isDocument ? (e.author ?? e.publisher) : vid;
      if (agentId) c.entity(agentId, at('via', i));
      const inference = typeof v === 'string' ? undefined : v.inference;
      if (typeof v !== 'string' && !inference) fail(at('via', i), 'a via step given as an object needs an inference: the reason the curator infers it.');
      steps.push({ ...(isDocument ? { document: vid } : {}), ...(agentId ? { agent: agentId } : {}), ...(inference ? { inference } : {}) });
    }
    if (steps.length === 1 && holder !== 'article' && UNSOURCED_HEDGES.has(st.hedge ?? '')) steps.push({ agent: 'unspecified' });
    if (holder !== 'article' && steps[steps.length - 1]!.agent !== holder) steps.push({ agent: holder });
    chains.set(id, steps);
    return steps;
  };
  return { holderOf, agentKind, chainOf: (id) => chainOf(id) };
}
