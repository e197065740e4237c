/** Printing results: aligned tables for people, JSON/CSV/TSV for pipes. */
import { ClaimGraphError } from '../errors.js';
import { textTable, toTable } from '../render/table.js';
import { toCsv, toSparqlJson, toTsv, type Rows } from '../sparql/results.js';

export const LIST_FORMATS = ['table', 'json', 'csv', 'tsv'] as const;
export const QUERY_FORMATS = ['table', 'json', 'csv', 'tsv', 'sparql-json'] as const;

export function checkFormat(format: string, allowed: readonly string[]): void {
  if (!allowed.includes(format)) throw new ClaimGraphError(`Unknown format "${format}". Use one of ${allowed.join(', ')}.`);
}

/** Helper results (typed objects) in the chosen format. */
export function printList(value: unknown, format: string): string {
  checkFormat(format, LIST_FORMATS);
  if (format === 'json') return `${JSON.stringify(value, null, 2)}\n`;
  if (format === 'table') return `${textTable(value)}\n`;
  const table = toTable(value);
  const sep = format === 'csv' ? ',' : '\t';
  const cell = (v: unknown) => {
    const text = String(v);
    if (format === 'tsv') return text.replace(/[\t\n\r]/g, ' ');
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return [table.columns.join(sep), ...table.rows.map((r) => r.map(cell).join(sep))].join(format === 'csv' ? '\r\n' : '\n') + (format === 'csv' ? '\r\n' : '\n');
}

/** SELECT rows in the chosen format. */
export function printRows(rows: Rows, format: string): string {
  checkFormat(format, QUERY_FORMATS);
  if (format === 'sparql-json') return `${toSparqlJson(rows)}\n`;
  if (format === 'csv') return toCsv(rows);
  if (format === 'tsv') return toTsv(rows);
  if (format === 'json') return `${JSON.stringify([...rows], null, 2)}\n`;
  return `${textTable(rows, { columns: rows.variables })}\n`;
}
