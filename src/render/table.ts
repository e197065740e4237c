/**
 * Tables for people: SPARQL rows, helper results (arrays of typed objects) and
 * key/value objects, as aligned plain text or as escaped HTML.
 */

export interface TableOptions {
  /** Columns to show, in order (default: every key, in order of first appearance). */
  columns?: string[];
  /** Plain text only: cut cells longer than this many characters (default 60). */
  maxWidth?: number;
  /** Plain text and HTML: show at most this many rows (default: all), with a note of the rest. */
  limit?: number;
}

export interface Table {
  columns: string[];
  rows: string[][];
  /** Rows left out by `limit`. */
  omitted: number;
  /** Columns whose values are all numbers (right-aligned). */
  numeric: boolean[];
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** One cell as text: references by label, lists as comma lists, evidence by its text, RDF terms by value. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value))
    return value
      .map(cellText)
      .filter((s) => s !== '')
      .join(', ');
  if (isObj(value)) {
    if (typeof value.label === 'string') return value.label;
    if (typeof value.text === 'string') return value.text;
    if (typeof value.termType === 'string' && 'value' in value) return String(value.value);
    // A quantity (`range`) reads as "300 km"; a literal value as its value.
    if ('value' in value) return [cellText(value.value), typeof value.unit === 'string' ? value.unit : ''].filter(Boolean).join(' ');
    return JSON.stringify(value);
  }
  return String(value);
}

/** Keys that every record has but a reader never needs beside the short id. */
const HIDDEN_BY_DEFAULT = new Set(['iri']);

/** The rows and columns of any tabular value. */
export function toTable(value: unknown, options: TableOptions = {}): Table {
  let records: Obj[];
  let columns = options.columns;
  if (Array.isArray(value)) {
    records = value.map((v) => (isObj(v) && !('termType' in v) ? v : { value: v }));
    // SPARQL results may carry their variables (in projection order) on the array.
    const vars = (value as unknown as { variables?: unknown }).variables;
    if (!columns && Array.isArray(vars) && vars.every((v) => typeof v === 'string')) columns = vars as string[];
  } else if (isObj(value) && Array.isArray(value.rows) && Array.isArray(value.variables)) {
    return toTable(Object.assign([...(value.rows as unknown[])], { variables: value.variables }), options);
  } else if (isObj(value)) {
    records = Object.entries(value).map(([key, v]) => ({ key, value: v }));
  } else {
    records = [{ value }];
  }
  const seen = new Set<string>();
  if (!columns) for (const r of records) for (const k of Object.keys(r)) seen.add(k);
  const cols = columns ?? [...seen].filter((k) => !(HIDDEN_BY_DEFAULT.has(k) && seen.has('id')));
  const shown = options.limit === undefined ? records : records.slice(0, options.limit);
  const rows = shown.map((r) => cols.map((c) => cellText(r[c])));
  const numeric = cols.map((c) => shown.length > 0 && shown.every((r) => r[c] === undefined || r[c] === null || typeof r[c] === 'number'));
  return { columns: cols, rows, omitted: records.length - shown.length, numeric };
}

/** Display width: code points, so accented and curly-quoted text lines up. */
const width = (s: string) => [...s].length;

function cut(s: string, max: number): string {
  const flat = s.replace(/\s+/g, ' ');
  const cps = [...flat];
  return cps.length > max ? `${cps.slice(0, Math.max(1, max - 1)).join('')}…` : flat;
}

/** An aligned plain-text table with a header rule; numbers right-aligned. */
export function textTable(value: unknown, options: TableOptions = {}): string {
  const t = toTable(value, options);
  if (t.columns.length === 0) return '(no rows)';
  const max = options.maxWidth ?? 60;
  const cells = [t.columns, ...t.rows].map((row) => row.map((c) => cut(c, max)));
  const widths = t.columns.map((_, i) => Math.max(...cells.map((row) => width(row[i]!))));
  const pad = (s: string, i: number) => (t.numeric[i] ? ' '.repeat(widths[i]! - width(s)) + s : s + ' '.repeat(widths[i]! - width(s)));
  const line = (row: string[]) => row.map(pad).join('  ').trimEnd();
  const out = [line(cells[0]!), widths.map((w) => '─'.repeat(w)).join('  '), ...cells.slice(1).map(line)];
  if (t.rows.length === 0) out.push('(no rows)');
  if (t.omitted) out.push(`… ${t.omitted} more row${t.omitted === 1 ? '' : 's'}`);
  return out.join('\n');
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** An HTML table; every cell is escaped, numbers right-aligned. */
export function htmlTable(value: unknown, options: TableOptions = {}): string {
  const t = toTable(value, options);
  const align = (i: number) => (t.numeric[i] ? ' style="text-align:right"' : ' style="text-align:left"');
  const head = t.columns.map((c, i) => `<th${align(i)}>${escapeHtml(c)}</th>`).join('');
  const body = t.rows.map((r) => `<tr>${r.map((c, i) => `<td${align(i)}>${escapeHtml(c)}</td>`).join('')}</tr>`).join('\n');
  const foot = t.omitted ? `\n<caption style="caption-side:bottom">… ${t.omitted} more rows</caption>` : '';
  return `<table class="claimgraph">${foot}\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
}
