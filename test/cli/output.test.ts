// The command line's printing and option parsing on their own, without starting the CLI:
// what a pipe receives in each format, and how option values are read or refused.
import { describe, expect, it } from 'vitest';
import { printBoolean, printList, printRows } from '../../src/cli/output.js';
import { commaList, filtersOf, wholeNumber } from '../../src/cli/options.js';
import { rowsOf } from '../../src/sparql/results.js';
import { DataFactory } from 'n3';

const { literal, namedNode } = DataFactory;
const records = [
  { id: 'a', label: 'Comma, "quoted"', count: 2 },
  { id: 'b', label: 'Tab\there', count: 10 },
];

describe('printList', () => {
  it('writes JSON as the records are, indented', () => {
    expect(JSON.parse(printList(records, 'json'))).toEqual(records);
  });

  it('quotes CSV cells holding commas or quotes, and ends lines with CRLF', () => {
    expect(printList(records, 'csv')).toBe('id,label,count\r\na,"Comma, ""quoted""",2\r\nb,Tab\there,10\r\n');
  });

  it('keeps TSV cells on one line and in one column', () => {
    expect(printList(records, 'tsv')).toBe('id\tlabel\tcount\na\tComma, "quoted"\t2\nb\tTab here\t10\n');
  });

  it('narrows a table to the given columns, with no terminal escapes', () => {
    const table = printList(records, 'table', { columns: ['id', 'count'] });
    expect(table).not.toContain('label');
    expect(table).toMatch(/\b10\b/);
    expect(table).not.toMatch(/\x1b\[/);
  });
});

describe('printRows and printBoolean', () => {
  const rows = rowsOf(['s', 'n'], [{ s: namedNode('urn:x'), n: literal('1.5', namedNode('http://www.w3.org/2001/XMLSchema#decimal')) }]);

  it('writes SPARQL CSV, TSV and JSON results', () => {
    expect(printRows(rows, 'csv')).toBe('s,n\r\nurn:x,1.5\r\n');
    expect(printRows(rows, 'tsv')).toBe('?s\t?n\n<urn:x>\t"1.5"^^<http://www.w3.org/2001/XMLSchema#decimal>\n');
    expect(JSON.parse(printRows(rows, 'sparql-json'))).toMatchObject({ head: { vars: ['s', 'n'] } });
    expect(JSON.parse(printRows(rows, 'json'))).toEqual([{ s: 'urn:x', n: 1.5 }]);
  });

  it('writes an ASK answer as a word or a SPARQL JSON document', () => {
    expect(printBoolean(true, 'table')).toBe('true\n');
    expect(JSON.parse(printBoolean(false, 'sparql-json'))).toEqual({ head: {}, boolean: false });
  });
});

describe('option values', () => {
  it('reads whole numbers and refuses anything else, naming the flag', () => {
    expect(wholeNumber('--depth')('3')).toBe(3);
    expect(() => wholeNumber('--depth')('two')).toThrow('--depth takes a whole number, not "two".');
    expect(() => wholeNumber('--depth')('-1')).toThrow(/--depth/);
  });

  it('splits comma lists across repeated flags', () => {
    expect(commaList('claim', commaList('fact, editorial'))).toEqual(['fact', 'editorial', 'claim']);
  });

  it('keeps only the string filters a helper understands', () => {
    expect(filtersOf({ speaker: 'Trump', hedge: 'any', depth: 2, format: 'json' }, ['speaker', 'hedge', 'depth'])).toEqual({ speaker: 'Trump', hedge: 'any' });
  });
});
