/**
 * The checks SHACL cannot express: they compare literals with the article text, look across
 * graphs, reason over the ontology's classes, or follow chains of reports. Synchronous, over an
 * n3 Store, so the compiler can run them as it reads an annotation.
 */
import type { Store } from 'n3';
import { chainProblems } from './chains.js';
import { classProblems } from './classes.js';
import { dateProblems } from './dates.js';
import { layerProblems } from './layers.js';
import { nestingProblems } from './nesting.js';
import type { Places, Problem } from './report.js';
import { textProblems } from './text.js';
import { vocabularyProblems } from './vocabulary.js';

export function beyondShacl(store: Store, places: Places = new Map()): Problem[] {
  const c = { store, places };
  return [
    ...textProblems(c),
    ...layerProblems(c),
    ...chainProblems(c),
    ...nestingProblems(c),
    ...classProblems(c),
    ...dateProblems(c),
    ...vocabularyProblems(c),
  ];
}
