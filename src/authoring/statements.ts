/**
 * Claims and quotations: what marks each kind (a claim's paraphrase and evidence, a
 * quotation's printed parts and the quotation marks around them), then the record both share.
 */
import { cg, rdf, schema } from '../vocab.js';
import type { At, Compilation } from './context.js';
import type { WriteRecord } from './records.js';

export function writeStatements(c: Compilation, record: WriteRecord): void {
  const { text, add, str, span, find, fail, statementIds } = c;
  for (const [i, cl] of c.claims.entries()) {
    const at: At = (...rest) => ['claims', i, ...rest];
    const s = statementIds.get(cl.id)!;
    if (!cl.label) fail(at('label'), `claim "${cl.id}" needs a label: a one-line paraphrase of what it says.`);
    add(s, rdf.type, schema.Claim);
    add(s, cg.evidence, span(find(cl.evidence ?? fail(at('evidence'), `claim "${cl.id}" needs evidence: the exact text that states it.`), at('evidence'))));
    record(cl, s, at);
  }

  for (const [i, q] of c.quotations.entries()) {
    const at: At = (...rest) => ['quotations', i, ...rest];
    const s = statementIds.get(q.id)!;
    if (!q.parts?.length) fail(at('parts'), `quotation "${q.id}" needs its parts: the printed text between the quotation marks.`);
    const parts = q.parts.map((p, j) => find(p, at('parts', j)));
    add(s, rdf.type, schema.Quotation);
    add(s, schema.text, str(parts.map((p) => text.slice(p.begin, p.end)).join(' ')));
    for (const p of parts) add(s, cg.quotedPart, span(p));
    // The evidence takes in the quotation marks when they sit right at the parts' ends.
    const first = parts[0]!;
    const last = parts[parts.length - 1]!;
    const open = Math.max(text.lastIndexOf('“', first.begin), text.lastIndexOf('"', first.begin - 1));
    const closeAt = [text.indexOf('”', last.end), text.indexOf('"', last.end)].filter((x) => x >= 0);
    const close = closeAt.length ? Math.min(...closeAt) : -1;
    const whole = { begin: open >= 0 && first.begin - open <= 1 ? open : first.begin, end: close >= 0 && close - last.end <= 1 ? close + 1 : last.end };
    add(s, cg.evidence, span(whole));
    record(q, s, at);
  }
}
