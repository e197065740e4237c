/**
 * Finding text in an article: exact spans, sentence boundaries, name occurrences.
 * Offsets here are JavaScript string indices (UTF-16); `codePointOffsets` converts
 * them to the Unicode code point offsets that NIF and RFC 5147 use.
 */

/** A range of string indices (UTF-16), as opposed to the model's code-point spans. */
export interface TextRange {
  begin: number;
  end: number;
}
/** The name this module's callers import. */
export type Span = TextRange;

/** Every index where `needle` starts in `text`. */
export function occurrences(text: string, needle: string): number[] {
  const found: number[] = [];
  if (!needle) return found;
  for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + 1)) found.push(i);
  return found;
}

const WORD = /[\p{L}\p{N}]/u;

/** True when text[begin, end) is not glued to letters or digits on either side. */
function atWordBoundary(text: string, begin: number, end: number): boolean {
  const before = text[begin - 1];
  const after = text[end];
  const first = text[begin] ?? '';
  const last = text[end - 1] ?? '';
  return !(before && WORD.test(before) && WORD.test(first)) && !(after && WORD.test(after) && WORD.test(last));
}

/** Whole-word occurrences of a name, where any run of whitespace in the name matches any whitespace. */
export function nameOccurrences(text: string, name: string): TextRange[] {
  const pattern = name
    .trim()
    .split(/\s+/)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('\\s+');
  const out: TextRange[] = [];
  for (const m of text.matchAll(new RegExp(pattern, 'gu'))) {
    const begin = m.index!;
    const end = begin + m[0].length;
    if (atWordBoundary(text, begin, end)) out.push({ begin, end });
  }
  return out;
}

const ABBREVIATIONS = new Set([
  'St',
  'Mr',
  'Mrs',
  'Ms',
  'Dr',
  'Gen',
  'Sen',
  'Rep',
  'Gov',
  'Lt',
  'Col',
  'Jr',
  'Sr',
  'Inc',
  'Ltd',
  'Co',
  'No',
  'vs',
  'Prof',
  'Adm',
  'Sgt',
  'Capt',
]);

/** Month abbreviations as news style writes them ("Oct. 12", "Sept. 30"), with the rarer short forms. */
const MONTH_ABBREVIATIONS = new Set(['Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec']);
/** What continues a date after a month abbreviation: a day or a year, or a day written as a capitalised ordinal. */
const DATE_CONTINUES =
  /^\s+(?:\d|(?:Twenty-|Thirty-)?(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth|Thirteenth|Fourteenth|Fifteenth|Sixteenth|Seventeenth|Eighteenth|Nineteenth|Twentieth|Thirtieth)\b)/;

/**
 * Sentence spans. A paragraph break (a blank line) always ends a sentence, so a
 * headline without a full stop is a sentence of its own. Within a paragraph a
 * sentence ends at . ! or ? (plus closing quotes) followed by whitespace and an
 * upper-case letter, a digit or an opening quote — unless the word before the
 * stop is an abbreviation ("St.", "U.S."), which is what keeps "St.\nPetersburg"
 * in one sentence. A month abbreviation ends a sentence only when no day or year follows it:
 * "LONDON, Oct. 12 —" and "on Sept. 30" stay whole, "the vote was in Oct. The next …" splits.
 */
export function sentences(text: string): TextRange[] {
  const out: TextRange[] = [];
  let from = 0;
  for (const m of text.matchAll(PARAGRAPH_BREAK)) {
    sentencesIn(text, from, m.index!, out);
    from = m.index! + m[0].length;
  }
  sentencesIn(text, from, text.length, out);
  return out;
}

/** A line break, then only spaces or tabs, then another line break: a blank line. */
const PARAGRAPH_BREAK = /\r?\n[^\S\r\n]*(?:\r?\n[^\S\r\n]*)+/g;

/** The sentences of text[from, to), one paragraph, appended to `out`. */
function sentencesIn(text: string, from: number, to: number, out: TextRange[]): void {
  const paragraph = text.slice(0, to);
  const boundary = /[.!?]["”’)\]]*(?=\s+["“‘([]?[\p{Lu}\p{N}])/gu;
  boundary.lastIndex = from;
  let start = skipSpace(paragraph, from);
  for (let m = boundary.exec(paragraph); m; m = boundary.exec(paragraph)) {
    const stop = m.index;
    if (stop < start) continue;
    const word = /(\S+)$/.exec(paragraph.slice(start, stop))?.[1] ?? '';
    if (ABBREVIATIONS.has(word) || /^(?:\p{L}\.)*\p{L}$/u.test(word)) continue;
    // "Oct." (with any opening words glued to it, as in "(Oct.") before a day or a year continues the date.
    if (m[0] === '.' && MONTH_ABBREVIATIONS.has(word.replace(/^\W+/, '')) && DATE_CONTINUES.test(paragraph.slice(stop + 1))) continue;
    const end = stop + m[0].length;
    out.push({ begin: start, end });
    start = skipSpace(paragraph, end);
  }
  const tail = paragraph.slice(start).trimEnd();
  if (tail) out.push({ begin: start, end: start + tail.length });
}

function skipSpace(text: string, i: number): number {
  while (i < text.length && /\s/.test(text[i]!)) i++;
  return i;
}

/** A function mapping UTF-16 offsets of `text` to code point offsets (identity when text has no astral characters). */
export function codePointOffsets(text: string): (offset: number) => number {
  if (!/[\uD800-\uDBFF]/.test(text)) return (o) => o;
  const table = new Uint32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    table[i] = cp;
    const c = text.charCodeAt(i);
    if (!(c >= 0xd800 && c <= 0xdbff)) cp++;
  }
  table[text.length] = cp;
  return (o) => table[o]!;
}

/** The inverse: code point offsets to UTF-16 indices. */
export function utf16Offsets(text: string): (offset: number) => number {
  if (!/[\uD800-\uDBFF]/.test(text)) return (o) => o;
  const table: number[] = [];
  for (let i = 0; i < text.length; ) {
    table.push(i);
    i += text.codePointAt(i)! > 0xffff ? 2 : 1;
  }
  table.push(text.length);
  return (o) => table[o] ?? text.length;
}
