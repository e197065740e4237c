/**
 * An opt-in cost check before a query runs ({ maxCombinations }). Patterns that
 * share no variable multiply: each group of connected patterns is counted by
 * the store, and a query whose product passes the limit is refused before it
 * starts, rather than being stopped by its timeout later. Off by default: the
 * estimate is an upper bound and would refuse joins made through FILTER.
 */
import type { Term } from '@rdfjs/types';
import { QueryRefusedError } from '../errors.js';

const DEFAULT_MAX_COMBINATIONS = 1e8;

interface Triple {
  subject: Term;
  predicate: Term | { type: 'path' };
  object: Term;
}

type Count = (s: Term | null, p: Term | null, o: Term | null) => number;

/** The largest number of combinations the joins of a group could produce. */
function estimateCombinations(where: unknown[], count: Count): number {
  const triples: Triple[] = [];
  collect(where, triples);
  if (triples.length < 2) return 0;
  // Connected components of patterns, by shared variables.
  const parent = triples.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const owner = new Map<string, number>();
  triples.forEach((t, i) => {
    for (const term of [t.subject, t.predicate, t.object]) {
      if ((term as Term).termType !== 'Variable') continue;
      const v = (term as Term).value;
      const j = owner.get(v);
      if (j === undefined) owner.set(v, i);
      else parent[find(i)] = find(j);
    }
  });
  const sizes = new Map<number, number>();
  triples.forEach((t, i) => {
    const c = count(constant(t.subject), 'type' in t.predicate ? null : constant(t.predicate), constant(t.object));
    const root = find(i);
    sizes.set(root, Math.min(sizes.get(root) ?? Infinity, c));
  });
  return [...sizes.values()].reduce((a, b) => a * Math.max(b, 1), 1);
}

export function checkCost(where: unknown[] | undefined, count: Count, max = DEFAULT_MAX_COMBINATIONS): void {
  if (!where || !Number.isFinite(max)) return;
  const n = estimateCombinations(where, count);
  if (n > max) {
    throw new QueryRefusedError(
      `This query joins patterns that share no variable, up to ${n.toExponential(1)} combinations, which would run for a very long time. ` +
        `Connect the patterns through a shared variable, or pass a larger { maxCombinations } (now ${max.toExponential(0)}) if you mean it.`,
    );
  }
}

function constant(t: Term): Term | null {
  return t.termType === 'Variable' || t.termType === 'BlankNode' ? null : t;
}

/** Triples joined in one group: its basic graph patterns and those of nested GRAPH and group blocks. */
function collect(patterns: unknown[], into: Triple[]): void {
  for (const p of patterns as { type: string; triples?: Triple[]; patterns?: unknown[] }[]) {
    if (p.type === 'bgp') into.push(...(p.triples ?? []));
    else if ((p.type === 'graph' || p.type === 'group') && p.patterns) collect(p.patterns, into);
  }
}
