/**
 * The checks against the article text: span offsets and anchors, quoted parts inside their
 * evidence and the verbatim text their join, and sentences nothing models.
 */
import type { Term } from '@rdfjs/types';
import { utf16Offsets } from '../text/spans.js';
import { cg, compact, itsrdf, nif, oa, rdf, schema } from '../vocab.js';
import type { Problem } from './report.js';
import { DEFAULT, id, one, problem, short, statements, type Check } from './common.js';

interface Offsets {
  ctx: string;
  begin: number;
  end: number;
  text: string;
}

function offsets(c: Check, span: Term): Offsets | undefined {
  const ctx = one(c.store, span, nif.referenceContext)?.value;
  const begin = Number(one(c.store, span, nif.beginIndex)?.value);
  const end = Number(one(c.store, span, nif.endIndex)?.value);
  if (!ctx || !Number.isInteger(begin) || !Number.isInteger(end)) return undefined; // SHACL reports missing offsets
  return { ctx, begin, end, text: one(c.store, span, nif.anchorOf)?.value ?? '' };
}

export function textProblems(c: Check): Problem[] {
  return [...spans(c), ...evidenceInArticle(c), ...quotedParts(c), ...sentenceCoverage(c)];
}

/** Every span's nif:anchorOf equals the article text at its offsets, and its IRI carries the same offsets. */
function spans(c: Check): Problem[] {
  const texts = new Map<string, { text: string; at: (cp: number) => number } | null>();
  const textOf = (ctx: string) => {
    if (!texts.has(ctx)) {
      const s = one(c.store, ctx, nif.isString)?.value;
      texts.set(ctx, s === undefined ? null : { text: s, at: utf16Offsets(s) });
    }
    return texts.get(ctx)!;
  };
  const out: Problem[] = [];
  for (const span of c.store.getSubjects(nif.anchorOf, null, DEFAULT)) {
    const o = offsets(c, span);
    const doc = o && textOf(o.ctx);
    if (!o || !doc) continue;
    const actual = doc.text.slice(doc.at(o.begin), doc.at(o.end));
    const known = c.places.has(id(span));
    if (o.end < o.begin || actual !== o.text) {
      out.push(
        problem(
          c,
          id(span),
          `The span's text "${short(o.text)}" is not the article text at ${o.begin}–${o.end} ("${short(actual)}").`,
          known
            ? 'Recompile the annotation (npm run compile) so the offsets are found again from the text.'
            : 'Correct nif:beginIndex/nif:endIndex (Unicode code points, end exclusive) or nif:anchorOf so they agree with the text.',
          { path: 'nif:anchorOf' },
        ),
      );
    }
    const m = /#char=(\d+),(\d+)$/.exec(span.value);
    if (m && (Number(m[1]) !== o.begin || Number(m[2]) !== o.end)) {
      out.push(
        problem(
          c,
          id(span),
          `The span's IRI says char=${m[1]},${m[2]} but its offsets are ${o.begin}–${o.end}.`,
          'Name the span <text#char=begin,end> after its own offsets.',
          { path: 'nif:beginIndex' },
        ),
      );
    }
  }
  return out;
}

/** A statement's evidence and quoted parts are spans of the text of the article it is part of. */
function evidenceInArticle(c: Check): Problem[] {
  const out: Problem[] = [];
  for (const record of statements(c.store)) {
    const article = one(c.store, record, schema.isPartOf)?.value;
    for (const p of [cg.evidence, cg.quotedPart]) {
      for (const span of c.store.getObjects(record, p, DEFAULT)) {
        const o = offsets(c, span);
        const source = o && one(c.store, o.ctx, nif.sourceUrl)?.value;
        if (!article || !source || source === article) continue;
        out.push(
          problem(
            c,
            id(record),
            `The ${compact(p.value)} span <${span.value}> of ${compact(record.value)} is text of ${compact(source)}, not of its article ${compact(article)}.`,
            "Evidence and quoted parts are spans of the reporting article's own text: recompile the annotation, which finds them in `article.text`.",
            { path: compact(p.value) },
          ),
        );
      }
    }
  }
  return out;
}

/** A quotation's parts lie inside its evidence, and its schema:text is the parts as printed, joined by one space. */
function quotedParts(c: Check): Problem[] {
  const out: Problem[] = [];
  for (const record of statements(c.store)) {
    const parts = c.store.getObjects(record, cg.quotedPart, DEFAULT).flatMap((p) => {
      const o = offsets(c, p);
      return o ? [{ node: p, ...o }] : [];
    });
    if (!parts.length) continue;
    parts.sort((a, b) => a.begin - b.begin);
    const evidence = one(c.store, record, cg.evidence);
    const e = evidence && offsets(c, evidence);
    for (const p of e ? parts : []) {
      if (p.ctx === e!.ctx && p.begin >= e!.begin && p.end <= e!.end) continue;
      out.push(
        problem(
          c,
          id(record),
          `The quoted part "${short(p.text)}" (${p.begin}–${p.end}) of ${compact(record.value)} lies outside its evidence "${short(e!.text)}" (${e!.begin}–${e!.end}).`,
          "Quoted parts are inside the evidence: recompile the annotation (a quotation's evidence is found from its `parts:`), or widen cg:evidence to cover every cg:quotedPart.",
          { path: 'cg:quotedPart' },
        ),
      );
    }
    const text = one(c.store, record, schema.text)?.value;
    const joined = parts.map((p) => p.text).join(' ');
    if (text !== undefined && text !== joined) {
      out.push(
        problem(
          c,
          id(record),
          `The schema:text of ${compact(record.value)} is "${short(text)}", but its quoted parts joined by one space are "${short(joined)}".`,
          'schema:text is the quoted parts as printed, in order, joined by one space: recompile the annotation, or correct schema:text or cg:quotedPart.',
          { path: 'schema:text' },
        ),
      );
    }
  }
  return out;
}

/** Words that attribute a statement: a sentence holding one (or a quotation mark) is the evidence of a statement. */
const REPORTING =
  /(?<![\p{L}])(?:said|says|told|tells|according to|reported|reportedly|warned|warns|warn|noted|notes|claimed|claims|denied|denies|wrote|writes|argued|argues|argue|suggested|stated|announced|insisted|confirmed|alleged|allegedly|added)(?![\p{L}])/u;
const QUOTE_MARK = /["“”«»„]/;

/** What a sentence needs: a statement when it quotes or reports, any span (mention, note) otherwise. */
function needsStatement(sentence: string): string | undefined {
  if (QUOTE_MARK.test(sentence)) return 'a quotation mark';
  const verb = REPORTING.exec(sentence)?.[0];
  return verb ? `the reporting words "${verb}"` : undefined;
}

function sentenceCoverage(c: Check): Problem[] {
  const statementSpans = new Map<string, [number, number][]>();
  const anySpans = new Map<string, [number, number][]>();
  const note = (into: Map<string, [number, number][]>, span: Term) => {
    const o = offsets(c, span);
    if (!o) return;
    let list = into.get(o.ctx);
    if (!list) into.set(o.ctx, (list = []));
    list.push([o.begin, o.end]);
  };
  for (const record of statements(c.store))
    for (const p of [cg.evidence, cg.quotedPart]) for (const s of c.store.getObjects(record, p, DEFAULT)) note(statementSpans, s), note(anySpans, s);
  for (const p of [itsrdf.taIdentRef, cg.describes]) for (const s of c.store.getSubjects(p, null, DEFAULT)) note(anySpans, s);
  for (const o of c.store.getObjects(null, oa.hasTarget, null)) if (c.store.countQuads(o, nif.anchorOf, null, DEFAULT)) note(anySpans, o);
  const overlaps = (into: Map<string, [number, number][]>, o: Offsets) => (into.get(o.ctx) ?? []).some(([b, e]) => b < o.end && e > o.begin);
  const out: Problem[] = [];
  for (const s of c.store.getSubjects(rdf.type, nif.Sentence, DEFAULT)) {
    const o = offsets(c, s);
    if (!o) continue;
    const reason = needsStatement(o.text);
    if (reason && !overlaps(statementSpans, o)) {
      out.push(
        problem(
          c,
          s.value,
          `The sentence "${short(o.text)}" holds ${reason} but is the evidence of no statement; a mention or a note does not model what it reports.`,
          'Model what it reports: a claim (`evidence:` the words that state it) or a quotation (`parts:` the quoted text), with its holder and `via:`.',
        ),
      );
    } else if (!reason && !overlaps(anySpans, o)) {
      out.push(
        problem(
          c,
          s.value,
          `The sentence "${short(o.text)}" is the evidence of nothing: no claim, quotation, mention or note covers it.`,
          'Model what it says (a claim with this sentence as evidence), link a name in it to an entity (names: or mentions:), or attach a note (notes: with span:).',
        ),
      );
    }
  }
  return out;
}
