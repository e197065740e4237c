/**
 * Which literals the accelerated engine (Oxigraph 0.5) gives back exactly as written.
 *
 * Oxigraph stores numbers, booleans, dates and durations by value: "1.0"^^xsd:decimal comes
 * back as "1", "05"^^xsd:integer as "5", every derived integer type (xsd:nonNegativeInteger,
 * xsd:int…) as xsd:integer, "+00:00" as "Z", "PT24H" as "P1D", a language tag in lower case;
 * and terms of one value match and merge ("01" and "1" join, DISTINCT keeps one). SPARQL
 * answers with the terms of the data. So a graph that holds a literal Oxigraph rewrites is
 * answered by Comunica (the store counts them, see store.ts), as is a query whose text
 * holds one; claimgraph writes its own data in the forms kept here.
 *
 * `keptAsWritten` errs on the safe side: it says false for every form Oxigraph may rewrite
 * (a false "no" costs speed, a false "yes" a wrong answer), including numbers too large or too
 * precise for Oxigraph's fixed-size types, which it keeps as text but cannot compare as
 * numbers. test/literal-forms.test.ts checks it against Oxigraph itself.
 */
import type { Term } from '@rdfjs/types';
import { DataFactory } from 'n3';

const XSD = 'http://www.w3.org/2001/XMLSchema#';

// Up to 18 digits fit Oxigraph's 64-bit integers; decimals hold 18 fraction digits.
const INTEGER = /^(?:0|-?[1-9]\d{0,17})$/;
const DECIMAL = /^(?:0|-?[1-9]\d{0,18}|-?(?:0|[1-9]\d{0,18})\.\d{0,17}[1-9])$/;
const PLAIN_NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d*[1-9])?$/;

const YEAR = '-?(?:[1-9]\\d{4,}|\\d{4})';
const MONTH = '(?:0[1-9]|1[0-2])';
const DAY = '(?:0[1-9]|[12]\\d|3[01])';
const TIME = '(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d{0,17}[1-9])?';
// "Z", or an offset other than ±00:00 (written "Z"), up to ±14:00.
const ZONE = '(?:Z|[+-](?:0\\d|1[0-3]):[0-5]\\d|[+-]14:00)?';
const zoned = (body: string) => new RegExp(`^${body}${ZONE}$`);
const ZERO_ZONE = /[+-]00:00$/;

const DATES: Record<string, RegExp> = {
  dateTime: zoned(`${YEAR}-${MONTH}-${DAY}T${TIME}`),
  date: zoned(`${YEAR}-${MONTH}-${DAY}`),
  time: zoned(TIME),
  gYear: zoned(YEAR),
  gYearMonth: zoned(`${YEAR}-${MONTH}`),
  gMonthDay: zoned(`--${MONTH}-${DAY}`),
  gMonth: zoned(`--${MONTH}`),
  gDay: zoned(`---${DAY}`),
};

const DERIVED_INTEGERS = new Set(
  [
    'nonNegativeInteger',
    'positiveInteger',
    'nonPositiveInteger',
    'negativeInteger',
    'long',
    'int',
    'short',
    'byte',
    'unsignedLong',
    'unsignedInt',
    'unsignedShort',
    'unsignedByte',
  ].map((t) => XSD + t),
);

// Canonical durations: no zero part, months under 12, hours under 24, minutes and seconds under 60.
const N = '[1-9]\\d{0,17}';
const SECONDS = '(?:[1-9]|[1-5]\\d)(?:\\.\\d{0,17}[1-9])?|0\\.\\d{0,17}[1-9]';
const TIME_PART = `T(?=\\d)(?:(?:1?[1-9]|10|2[0-3])H)?(?:(?:[1-9]|[1-5]\\d)M)?(?:(?:${SECONDS})S)?`;
const YM_PART = `(?:${N}Y)?(?:(?:[1-9]|1[01])M)?`;
const DURATIONS: Record<string, RegExp> = {
  duration: new RegExp(`^-?P(?=[\\dT])${YM_PART}(?:${N}D)?(?:${TIME_PART})?$`),
  dayTimeDuration: new RegExp(`^-?P(?=[\\dT])(?:${N}D)?(?:${TIME_PART})?$`),
  yearMonthDuration: new RegExp(`^-?P(?=\\d)${YM_PART}$`),
};
const ZERO_DURATION: Record<string, string> = { duration: 'PT0S', dayTimeDuration: 'PT0S', yearMonthDuration: 'P0M' };

/** The shortest decimal digits of a double, written without an exponent, as Oxigraph writes it. */
function plainDouble(n: number): string {
  if (Object.is(n, -0)) return '-0';
  const text = String(n);
  const e = text.indexOf('e');
  if (e < 0) return text;
  const sign = text.startsWith('-') ? '-' : '';
  const digits = text.slice(sign.length, e).replace('.', '');
  const exponent = Number(text.slice(e + 1)) - (text.slice(sign.length, e).split('.')[0]!.length - 1);
  if (exponent >= 0) return sign + digits + '0'.repeat(exponent - (digits.length - 1));
  const point = digits.length - 1 + exponent; // digits before the point, negative when it falls before them
  return point > 0 ? `${sign}${digits.slice(0, point)}.${digits.slice(point)}` : `${sign}0.${'0'.repeat(-point)}${digits}`;
}

function keptDouble(lexical: string, float: boolean): boolean {
  if (lexical === 'INF' || lexical === '-INF' || lexical === 'NaN') return true;
  if (!PLAIN_NUMBER.test(lexical) && lexical !== '-0') return false;
  const n = Number(lexical);
  if (!float) return Number.isFinite(n) && plainDouble(n) === lexical;
  // Single precision: kept when it is the shortest text that reads back as the same float.
  const f = Math.fround(n);
  if (!Number.isFinite(f)) return false;
  for (let digits = 1; digits <= 9; digits++) {
    const shortest = Number(f.toPrecision(digits));
    if (Math.fround(shortest) === f) return plainDouble(shortest) === lexical;
  }
  return false;
}

/** Whether Oxigraph gives this literal back as written (its lexical form, datatype and language). */
export function keptAsWritten(lexical: string, datatype: string, language = ''): boolean {
  if (language) return language === language.toLowerCase();
  if (!datatype.startsWith(XSD)) return true;
  const local = datatype.slice(XSD.length);
  if (DERIVED_INTEGERS.has(datatype) || local === 'dateTimeStamp') return false;
  switch (local) {
    case 'boolean':
      return lexical === 'true' || lexical === 'false';
    case 'integer':
      return INTEGER.test(lexical);
    case 'decimal':
      return DECIMAL.test(lexical);
    case 'double':
    case 'float':
      return keptDouble(lexical, local === 'float');
  }
  const date = DATES[local];
  if (date) return date.test(lexical) && !ZERO_ZONE.test(lexical);
  const duration = DURATIONS[local];
  if (duration) return lexical === ZERO_DURATION[local] || duration.test(lexical);
  return true;
}

/** Whether a term is a literal Oxigraph would give back otherwise than written. */
export function rewrittenByValue(term: Term): boolean {
  if (term.termType !== 'Literal') return false;
  return !keptAsWritten(term.value, term.datatype.value, term.language);
}

const NUMBER_TEXT = /^([+-]?)(\d*)(?:\.(\d*))?$/;

/**
 * The literal in a form Oxigraph keeps, of the same value: "21000.0"^^xsd:decimal as "21000",
 * "+05" as "5", "1"^^xsd:boolean as "true", a "+00:00" time zone as "Z"; with `retype`, an
 * integer of a derived type (xsd:nonNegativeInteger, xsd:int…) as xsd:integer, which changes
 * the term's datatype but not its value. Other terms, and forms it cannot rewrite, come back as
 * they are.
 */
export function inKeptForm<T extends Term>(term: T, options: { retype?: boolean } = {}): T {
  if (term.termType !== 'Literal' || keptAsWritten(term.value, term.datatype.value, term.language)) return term;
  const local = term.datatype.value.slice(XSD.length);
  let datatype = term.datatype.value;
  let text: string | undefined;
  if (local === 'boolean' && (term.value === '1' || term.value === '0')) text = term.value === '1' ? 'true' : 'false';
  const integral = options.retype && DERIVED_INTEGERS.has(datatype);
  if (integral) datatype = `${XSD}integer`;
  const m = (local === 'integer' || local === 'decimal' || integral) && NUMBER_TEXT.exec(term.value.trim());
  if (m && (m[2] || m[3])) {
    const whole = m[2]!.replace(/^0+(?=\d)/, '') || '0';
    const fraction = (m[3] ?? '').replace(/0+$/, '');
    if (local === 'decimal' || !fraction) {
      const digits = fraction ? `${whole}.${fraction}` : whole;
      text = m[1] === '-' && digits !== '0' ? `-${digits}` : digits;
    }
  }
  if (DATES[local] && ZERO_ZONE.test(term.value)) text = `${term.value.slice(0, -6)}Z`;
  if (text === undefined || !keptAsWritten(text, datatype)) return term;
  return DataFactory.literal(text, DataFactory.namedNode(datatype)) as unknown as T;
}
