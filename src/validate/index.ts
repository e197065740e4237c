/**
 * validate(): the SHACL shapes over every graph (default, each content graph, editorial) plus
 * the checks beyond them (checks.ts), over a ClaimGraph, an n3 Store or quads. Problems name
 * the annotation line their node was written at when the graph was compiled from an
 * annotation (see `rememberPlaces`), the graph they were found in, and a fix.
 */
import type { Quad } from '@rdfjs/types';
import { Store } from 'n3';
import { beyondShacl } from './checks.js';
import { report, type Places, type ValidationReport } from './report.js';
import { shaclProblems } from './shacl.js';

export { assertConforms, formatProblem, type Places, type Problem, type Severity, type ValidationReport } from './report.js';
export { beyondShacl } from './checks.js';

export interface ValidateOptions {
  /** node → `file:line`; by default what the loaders remembered for this store. */
  places?: Places;
  /** Run the SHACL shapes over every graph (default true); the other checks always run. */
  shacl?: boolean;
}

const remembered = new WeakMap<object, Map<string, string>>();

/** Keep the annotation places of a store's nodes so later validation can name them. */
export function rememberPlaces(store: object, places: Places): void {
  let map = remembered.get(store);
  if (!map) remembered.set(store, (map = new Map()));
  for (const [k, v] of places) if (!map.has(k)) map.set(k, v);
}

type Input = { store: Store } | Store | Iterable<Quad>;

export async function validate(input: Input, options: ValidateOptions = {}): Promise<ValidationReport> {
  const started = performance.now();
  const store = input instanceof Store ? input : 'store' in input && input.store instanceof Store ? input.store : new Store([...(input as Iterable<Quad>)]);
  const places = options.places ?? remembered.get(store) ?? new Map<string, string>();
  const problems = beyondShacl(store, places);
  if (options.shacl !== false) problems.push(...(await shaclProblems(store.getQuads(null, null, null, null), places)));
  return report(problems, started);
}
