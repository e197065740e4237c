/** Printing results: aligned tables for people, JSON/CSV/TSV for pipes. Never colours. */
import { textTable, toTable } from '../render/table.js';
import { toCsv, toSparqlJson, toTsv, type Rows } from '../sparql/results.js';

export const LIST_FORMATS = ['table', 'json', 'csv', 'tsv'] as const;
export const ROW_FORMATS = ['table', 'json', 'csv', 'tsv', 'sparql-json'] as const;

/** Narrower table columns for a terminal; CSV, TSV and JSON keep every field. */
export interface ListView {
  columns?: string[];
  /** Reshape each record for table, CSV and TSV (JSON prints the records as they are). */
  row?: (record: any) => Record<string, unknown>;
}

const csvCell = (text: string) => (/[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
const tsvCell = (text: string) => text.replace(/[\t\n\r]/g, ' ');

/** Helper results (typed objects) in the chosen format. */
export function printList(value: unknown, format: string, view: ListView = {}): string {
  if (format === 'json') return `${JSON.stringify(value, null, 2)}\n`;
  const records = Array.isArray(value) && view.row ? value.map(view.row) : value;
  if (format === 'table') return `${textTable(records, view.columns ? { columns: view.columns } : {})}\n`;
  const table = toTable(records);
  if (format === 'csv') return [table.columns, ...table.rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
  return [table.columns, ...table.rows].map((r) => r.map(tsvCell).join('\t')).join('\n') + '\n';
}

/** SELECT rows in the chosen format (CSV and TSV as SPARQL 1.1 Query Results define them). */
export function printRows(rows: Rows, format: string): string {
  if (format === 'sparql-json') return `${toSparqlJson(rows)}\n`;
  if (format === 'csv') return toCsv(rows);
  if (format === 'tsv') return toTsv(rows);
  if (format === 'json') return `${JSON.stringify([...rows], null, 2)}\n`;
  return `${textTable(rows, { columns: rows.variables })}\n`;
}

/** An ASK answer: `true`/`false`, or the SPARQL JSON boolean document. */
export function printBoolean(answer: boolean, format: string): string {
  return format === 'sparql-json' ? `${toSparqlJson(answer)}\n` : `${answer}\n`;
}
