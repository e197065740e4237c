/**
 * Quantities with units in printed text ("about 1,600 kilometres", "up to 300 km", "12 percent"),
 * as schema:QuantitativeValue nodes in Turtle for a statement's content: the number a typed
 * literal, "about" as cg:approximate, "up to" and "at least" as bounds.
 */

const UNITS: Record<string, { code: string; text: string }> = {
  kilometres: { code: 'KMT', text: 'km' },
  kilometers: { code: 'KMT', text: 'km' },
  km: { code: 'KMT', text: 'km' },
  miles: { code: 'SMI', text: 'mi' },
  mile: { code: 'SMI', text: 'mi' },
  metres: { code: 'MTR', text: 'm' },
  meters: { code: 'MTR', text: 'm' },
  percent: { code: 'P1', text: '%' },
  'per cent': { code: 'P1', text: '%' },
  '%': { code: 'P1', text: '%' },
  tonnes: { code: 'TNE', text: 't' },
  tons: { code: 'TNE', text: 't' },
};

const QUANTITY =
  /\b(?:(about|around|roughly|some|nearly|almost|approximately|up to|at least|more than|over|at most)\s+)?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?[\s-]*(kilometres|kilometers|km|miles|mile|metres|meters|percent|per cent|%|tonnes|tons)(?![\p{L}])/gu;

interface Quantity {
  text: string;
  value: number;
  unitCode: string;
  unitText: string;
  approximate?: boolean;
  bound?: 'max' | 'min';
}

function quantities(s: string): Quantity[] {
  const out: Quantity[] = [];
  for (const m of s.matchAll(QUANTITY)) {
    const value = Number(`${m[2]!.replace(/,/g, '')}${m[3] ? `.${m[3]}` : ''}`);
    const unit = UNITS[m[4]!]!;
    const q = m[1]?.toLowerCase();
    out.push({
      text: m[0],
      value,
      unitCode: unit.code,
      unitText: unit.text,
      ...(q && /^(about|around|roughly|some|nearly|almost|approximately)$/.test(q) ? { approximate: true } : {}),
      ...(q && /^(up to|at most)$/.test(q) ? { bound: 'max' as const } : q && /^(at least|more than|over)$/.test(q) ? { bound: 'min' as const } : {}),
    });
  }
  return out;
}

/** The quantities of a statement as content Turtle, or undefined when it has none. */
export function quantityTurtle(s: string): string | undefined {
  const qs = quantities(s);
  if (!qs.length) return undefined;
  return qs
    .map((q, i) => {
      const number = Number.isInteger(q.value) ? `${q.value}.0` : String(q.value);
      const value = q.bound === 'max' ? 'schema:maxValue' : q.bound === 'min' ? 'schema:minValue' : 'schema:value';
      return `_:quantity${i + 1} a schema:QuantitativeValue ; ${value} ${number} ;${q.approximate ? ' cg:approximate true ;' : ''} schema:unitCode "${q.unitCode}" ; schema:unitText "${q.unitText}" ; schema:name ${JSON.stringify(q.text)} .`;
    })
    .join('\n');
}
