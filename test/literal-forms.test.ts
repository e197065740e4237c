// keptAsWritten against Oxigraph itself: whenever it says a literal comes back as written, Oxigraph
// gives back that very term (soundness, over generated near-canonical and arbitrary forms), and
// the forms claimgraph writes are all said to be kept. inKeptForm keeps the value.
import fc from 'fast-check';
import oxigraph from 'oxigraph';
import { describe, expect, it } from 'vitest';
import { DataFactory } from 'n3';
import { inKeptForm, keptAsWritten, rewrittenByValue } from '../src/literal-forms.js';

const XSD = 'http://www.w3.org/2001/XMLSchema#';
const RUNS = 400 * Number(process.env.PROPERTY_RUNS ?? 1);

/** What Oxigraph gives back for the literal, as "lexical^^datatype" or "lexical@language". */
function roundTrip(lexical: string, datatype: string, language = ''): string {
  const store = new oxigraph.Store();
  const object = language ? oxigraph.literal(lexical, language) : oxigraph.literal(lexical, oxigraph.namedNode(datatype));
  store.add(oxigraph.quad(oxigraph.namedNode('urn:s'), oxigraph.namedNode('urn:p'), object));
  const back = store.match(null, null, null, null)[0]!.object as { value: string; language: string; datatype: { value: string } };
  return back.language ? `${back.value}@${back.language}` : `${back.value}^^${back.datatype.value}`;
}
const written = (lexical: string, datatype: string, language = '') => (language ? `${lexical}@${language}` : `${lexical}^^${datatype}`);

const digits = (min: number, max: number) => fc.array(fc.constantFrom(...'0123456789'), { minLength: min, maxLength: max }).map((d) => d.join(''));
const sign = fc.constantFrom('', '-', '+');
const zone = fc.constantFrom('', 'Z', '+00:00', '-00:00', '+05:30', '-14:00', '+14:00', '+15:00');
const two = (max: number) => fc.integer({ min: 0, max }).map((n) => String(n).padStart(2, '0'));
const year = fc.oneof(
  fc.integer({ min: 0, max: 9999 }).map((n) => String(n).padStart(4, '0')),
  digits(5, 6),
);
const seconds = fc.tuple(two(60), fc.option(digits(0, 4))).map(([s, f]) => (f === null ? s : `${s}.${f}`));

const forms: Record<string, fc.Arbitrary<string>> = {
  integer: fc.tuple(sign, digits(1, 20)).map(([s, d]) => s + d),
  decimal: fc.tuple(sign, digits(0, 21), fc.option(digits(0, 20))).map(([s, w, f]) => (f === null ? s + w : `${s}${w}.${f}`)),
  double: fc.oneof(
    fc.double({ noNaN: true }).map(String),
    fc.double().map((n) => n.toExponential()),
    fc.tuple(sign, digits(1, 25), fc.option(digits(0, 8))).map(([s, w, f]) => (f === null ? s + w : `${s}${w}.${f}`)),
    fc.constantFrom('INF', '-INF', '+INF', 'NaN', '-0', '1E0'),
  ),
  float: fc.oneof(
    fc.float({ noNaN: true }).map(String),
    fc.tuple(sign, digits(1, 10), fc.option(digits(0, 8))).map(([s, w, f]) => (f === null ? s + w : `${s}${w}.${f}`)),
  ),
  boolean: fc.constantFrom('true', 'false', '1', '0', 'TRUE'),
  nonNegativeInteger: digits(1, 4),
  int: fc.tuple(sign, digits(1, 4)).map(([s, d]) => s + d),
  dateTime: fc.tuple(year, two(13), two(32), two(24), two(60), seconds, zone).map(([y, m, d, h, mi, s, z]) => `${y}-${m}-${d}T${h}:${mi}:${s}${z}`),
  date: fc.tuple(year, two(13), two(32), zone).map(([y, m, d, z]) => `${y}-${m}-${d}${z}`),
  time: fc.tuple(two(24), two(60), seconds, zone).map(([h, mi, s, z]) => `${h}:${mi}:${s}${z}`),
  gYear: fc.tuple(year, zone).map(([y, z]) => y + z),
  gYearMonth: fc.tuple(year, two(13), zone).map(([y, m, z]) => `${y}-${m}${z}`),
  gMonthDay: fc.tuple(two(13), two(32), zone).map(([m, d, z]) => `--${m}-${d}${z}`),
  duration: fc
    .tuple(
      fc.constantFrom('', '-'),
      fc.option(digits(1, 2)),
      fc.option(digits(1, 2)),
      fc.option(digits(1, 2)),
      fc.option(digits(1, 2)),
      fc.option(digits(1, 2)),
      fc.option(seconds),
    )
    .map(([s, y, mo, d, h, mi, sec]) => {
      const time = `${h === null ? '' : `${h}H`}${mi === null ? '' : `${mi}M`}${sec === null ? '' : `${sec}S`}`;
      return `${s}P${y === null ? '' : `${y}Y`}${mo === null ? '' : `${mo}M`}${d === null ? '' : `${d}D`}${time ? `T${time}` : ''}`;
    }),
};

describe('literals Oxigraph gives back as written', () => {
  for (const [local, arbitrary] of Object.entries(forms)) {
    it(`xsd:${local}: every form said to be kept comes back as written`, () => {
      const datatype = XSD + local;
      fc.assert(
        fc.property(fc.oneof(arbitrary, fc.string({ maxLength: 6 })), (lexical) => {
          if (keptAsWritten(lexical, datatype)) expect(roundTrip(lexical, datatype)).toBe(written(lexical, datatype));
        }),
        { numRuns: RUNS },
      );
    });
  }

  it('language tags in lower case are kept, others are not', () => {
    for (const tag of ['en', 'en-us', 'EN', 'en-US']) {
      expect(keptAsWritten('x', `${XSD}string`, tag)).toBe(roundTrip('x', '', tag) === written('x', '', tag));
    }
  });

  it('the forms claimgraph writes are kept, the ones it used to write are not', () => {
    const kept: [string, string][] = [
      ['0', 'integer'],
      ['1526', 'integer'],
      ['1', 'decimal'],
      ['0.6', 'decimal'],
      ['21000', 'decimal'],
      ['2025-10-12', 'date'],
      ['2025-10', 'gYearMonth'],
      ['2025', 'gYear'],
      ['2025-10-12T10:00:00Z', 'dateTime'],
      ['P1D', 'duration'],
      ['true', 'boolean'],
      ['0.5', 'double'],
    ];
    for (const [lexical, local] of kept) expect(keptAsWritten(lexical, XSD + local), `${lexical}^^xsd:${local}`).toBe(true);
    for (const [lexical, local] of [
      ['1.0', 'decimal'],
      ['21000.0', 'decimal'],
      ['12', 'nonNegativeInteger'],
      ['1', 'positiveInteger'],
      ['3.0E4', 'double'],
      ['2025-10-12T10:00:00+00:00', 'dateTime'],
    ]) {
      expect(keptAsWritten(lexical!, XSD + local), `${lexical}^^xsd:${local}`).toBe(false);
      expect(roundTrip(lexical!, XSD + local)).not.toBe(written(lexical!, XSD + local));
    }
    expect(keptAsWritten('anything', 'urn:my-datatype')).toBe(true);
    expect(rewrittenByValue(DataFactory.namedNode('urn:x'))).toBe(false);
  });

  it('inKeptForm writes integers, decimals and booleans in a kept form of the same value', () => {
    const cases: [string, string, string][] = [
      ['21000.0', 'decimal', '21000'],
      ['-0.50', 'decimal', '-0.5'],
      ['+007', 'integer', '7'],
      ['-0', 'integer', '0'],
      ['.5', 'decimal', '0.5'],
      ['1', 'boolean', 'true'],
      ['3.0E4', 'double', '3.0E4'],
    ];
    for (const [lexical, local, kept] of cases) {
      const out = inKeptForm(DataFactory.literal(lexical, DataFactory.namedNode(XSD + local)));
      expect(out.value, `${lexical}^^xsd:${local}`).toBe(kept);
      expect(out.datatype.value).toBe(XSD + local);
    }
    fc.assert(
      fc.property(forms.decimal!, (lexical) => {
        const out = inKeptForm(DataFactory.literal(lexical, DataFactory.namedNode(`${XSD}decimal`)));
        if (out.value !== lexical) {
          expect(keptAsWritten(out.value, `${XSD}decimal`)).toBe(true);
          expect(Number(out.value) === Number(lexical)).toBe(true);
        }
      }),
      { numRuns: RUNS },
    );
  });
});
