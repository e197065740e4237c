/**
 * Chains of reports and what they imply: the steps from the reporting article to the
 * holder of a statement, the sourcing derived from them, and the stance a hedge implies.
 * Pure functions over plain data, so the rules can be read and tested on their own.
 */

/** One step, nearest first: step 1 is the article itself, the last the holder. */
export interface ChainStep {
  /** Entity id of the document the statement passed through, or the article's own IRI for step 1. */
  document?: string;
  /** Entity id of the agent at this step (`voice` for the article's own voice, `unspecified` for "reportedly"). */
  agent?: string;
  /** The curator's reason when the step is inferred rather than printed. */
  inference?: string;
}

export type AgentKind = 'named' | 'unnamed' | 'voice';

export type Sourcing = 'article-voice' | 'named-on-record' | 'second-hand' | 'anonymous';

/**
 * Sourcing is read off the chain, never typed by hand, so one route is always coded one way:
 * any unnamed agent makes it anonymous; a named intermediary other than the holder makes it
 * second-hand; a holder speaking for themselves is on record; no source at all (the article's
 * voice, or a belief the article ascribes without saying how it knows) is the article's voice.
 */
export function deriveSourcing(steps: ChainStep[], holder: string, kindOf: (agent: string) => AgentKind, belief: boolean): Sourcing {
  const agents = steps.slice(1).flatMap((s) => (s.agent ? [s.agent] : []));
  if (agents.some((a) => kindOf(a) === 'unnamed')) return 'anonymous';
  if (kindOf(holder) === 'voice') return 'article-voice';
  const intermediaries = agents.filter((a) => a !== holder);
  if (intermediaries.length > 0) return 'second-hand';
  if (belief && agents.length <= 1) return 'article-voice';
  return 'named-on-record';
}

/** Hedges that keep the article's distance from what it relays, and cues that endorse it. */
const DISTANCING = new Set(['reportedly', 'allegedly', 'claimed', 'is-said-to', 'apparently', 'unconfirmed']);
const ENDORSING = new Set(['notes']);

/** The reporting article's stance a hedge implies, when the curator gives none. */
export function stanceOfHedge(hedge: string, holderIsVoice: boolean): 'endorses' | 'neutral' | 'distances' {
  if (holderIsVoice || ENDORSING.has(hedge)) return 'endorses';
  return DISTANCING.has(hedge) ? 'distances' : 'neutral';
}

/** Hedges that relay a report without naming whose: without a named step they add the unspecified source. */
export const UNSOURCED_HEDGES = new Set(['reportedly', 'is-said-to', 'allegedly']);
