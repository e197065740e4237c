/** The validation report: every problem with its node, its place in the annotation file and a fix. */
import { ValidationError } from '../errors.js';

export type Severity = 'violation' | 'warning' | 'info';

export interface Problem {
  severity: Severity;
  message: string;
  /** The node at fault (IRI, or `_:b0` for a blank node). */
  focus: string;
  /** The property at fault, compacted (`cg:holder`). */
  path?: string;
  /** The named graph the problem was found in (a content or editorial graph); absent for the default graph. */
  graph?: string;
  /** `file:line` in the annotation (or the article text) the node was written at, when known. */
  place?: string;
  fix: string;
}

export interface ValidationReport {
  /** True when no problem is a violation. */
  conforms: boolean;
  problems: Problem[];
  /** Milliseconds spent. */
  ms: number;
}

/** node IRI → `file:line`, recorded by the annotation compiler. */
export type Places = ReadonlyMap<string, string>;

export function report(problems: Problem[], started: number): ValidationReport {
  const order = { violation: 0, warning: 1, info: 2 };
  problems.sort((a, b) => order[a.severity] - order[b.severity] || (a.place ?? '\uffff').localeCompare(b.place ?? '\uffff', undefined, { numeric: true }));
  return { conforms: !problems.some((p) => p.severity === 'violation'), problems, ms: performance.now() - started };
}

/** One line per problem, as the CLI prints them. */
export function formatProblem(p: Problem): string {
  return `${p.place ? `${p.place}: ` : ''}${p.severity}: ${p.message} (${p.focus}${p.path ? ` ${p.path}` : ''}) Fix: ${p.fix}`;
}

/** Throw a ValidationError listing the problems unless the report conforms. */
export function assertConforms(r: ValidationReport, what: string): void {
  if (r.conforms) return;
  const violations = r.problems.filter((p) => p.severity === 'violation');
  const shown = violations.slice(0, 10).map((p) => `  ${formatProblem(p)}`);
  const more = violations.length > 10 ? [`  … and ${violations.length - 10} more`] : [];
  throw new ValidationError(
    `${what} does not validate (${violations.length} problem${violations.length === 1 ? '' : 's'}); nothing was loaded. Fix them, or load with { validate: false }.\n${[...shown, ...more].join('\n')}`,
    r.problems,
  );
}
