/**
 * REGEX and REPLACE in Comunica in linear time. Comunica evaluates them with JavaScript's
 * RegExp, which backtracks: `regex(?o, "^(a+)+$")` over a 41-character literal runs for
 * minutes on the main thread, where no timer fires, so no timeout or signal can stop it.
 * Here the two functions are given RE2's engine (re2js, pure JavaScript), whose time grows
 * with the text and the pattern, never exponentially; Oxigraph's regex (Rust's regex
 * crate) is of the same kind, so both engines read the same patterns. What RE2 has not:
 * back-references (`\1`) and lookaround; such a pattern fails the query with a clear error.
 *
 * The functions are the static methods of Comunica's term-function classes, which its
 * overloads call on each evaluation; they are replaced once, in the copy Comunica loads,
 * and keep Comunica's own flag handling (the XPath flags i, m, s, x, q).
 */
import { createRequire } from 'node:module';
import { RE2JS } from 're2js';
import { ClaimGraphError, QueryRefusedError } from '../errors.js';

type RegexClass = {
  matches(text: string, pattern: string, flags?: string): boolean;
  cleanFlags(flags: string): string;
  flagX(pattern: string): string;
  flagQ(pattern: string): string;
};
type ReplaceClass = { replace(arg: string, pattern: string, replacement: string, flags?: string): string };

const compiled = new Map<string, RE2JS>();
const KEPT = 256;

/** The pattern compiled with the XPath flags (already checked by Comunica's cleanFlags). */
function compile(pattern: string, flags: string): RE2JS {
  const key = `${flags}/${pattern}`;
  let re = compiled.get(key);
  if (re) {
    compiled.delete(key);
    compiled.set(key, re);
    return re;
  }
  let mask = 0;
  if (flags.includes('i')) mask |= RE2JS.CASE_INSENSITIVE;
  if (flags.includes('m')) mask |= RE2JS.MULTILINE;
  if (flags.includes('s')) mask |= RE2JS.DOTALL;
  try {
    re = RE2JS.compile(pattern, mask);
  } catch (e) {
    throw new QueryRefusedError(
      `The regular expression ${JSON.stringify(pattern.length > 80 ? `${pattern.slice(0, 80)}…` : pattern)} cannot be used: ${(e as Error).message}. ` +
        'Regular expressions run in linear time (RE2 syntax, as in Oxigraph), which has no back-references or lookaround.',
    );
  }
  compiled.set(key, re);
  if (compiled.size > KEPT) compiled.delete(compiled.keys().next().value!);
  return re;
}

/** What RE2 makes of a pattern (for tests and error messages): undefined when it compiles, else why not. */
export function regexProblem(pattern: string, flags = ''): string | undefined {
  try {
    compile(pattern, flags);
    return undefined;
  } catch (e) {
    return (e as Error).message;
  }
}

const patched = new Set<unknown>();

/** Replaces REGEX and REPLACE in the Comunica copy that `enginePackage` loads (once per copy). */
export function installLinearRegex(enginePackage: string): void {
  const require = createRequire(createRequire(import.meta.url).resolve(enginePackage));
  const { TermFunctionRegex: Regex } = require('@comunica/actor-function-factory-term-regex') as { TermFunctionRegex: RegexClass };
  // Not exported from the package's index; its file is (the package has no "exports" map).
  const { TermFunctionReplace: Replace } = require('@comunica/actor-function-factory-term-replace/lib/TermFunctionReplace.js') as {
    TermFunctionReplace: ReplaceClass;
  };
  if (typeof Regex?.matches !== 'function' || typeof Replace?.replace !== 'function') {
    throw new ClaimGraphError("Comunica's REGEX and REPLACE functions were not found where this version of claimgraph expects them.");
  }
  if (patched.has(Regex)) return;
  patched.add(Regex);
  const prepare = (pattern: string, flags: string) => {
    const clean = Regex.cleanFlags(flags);
    let p = pattern;
    if (clean.includes('x')) p = Regex.flagX(p);
    if (clean.includes('q')) p = Regex.flagQ(p);
    return { re: compile(p, clean), literal: clean.includes('q') };
  };
  Regex.matches = (text, pattern, flags = '') => prepare(pattern, flags).re.test(text);
  Replace.replace = (arg, pattern, replacement, flags = '') => {
    const { re, literal } = prepare(pattern, flags);
    // XPath's replacement syntax ($0…$9, \$ and \\) is Java's, which RE2JS speaks in its java mode.
    return re.matcher(arg).replaceAll(literal ? RE2JS.quoteReplacement(replacement, true) : replacement, true);
  };
}
