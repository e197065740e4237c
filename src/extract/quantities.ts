/**
 * Quantities in printed text, as schema:QuantitativeValue nodes in Turtle for a statement's
 * content: measures with units ("about 1,600 kilometres", "up to 300 km", "12 percent", "400,000
 * litres"), sums of money ("$4.2 million", "€20 million"), durations ("two days", "more than three
 * hours"), counts of things ("210 flights", "35,000 passengers", "1.2 million passengers", and in words
 * when they are a clause's subject, "two ambulances had waited") and fractions of a
 * change ("rose by a quarter", as a percentage). The number is a typed literal;
 * "about" is cg:approximate, "up to", "within" and "at least", "more than" are bounds.
 */

interface Unit {
  code?: string;
  text: string;
}

const UNITS: Record<string, Unit> = {
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
  litres: { code: 'LTR', text: 'l' },
  liters: { code: 'LTR', text: 'l' },
  kilograms: { code: 'KGM', text: 'kg' },
  kg: { code: 'KGM', text: 'kg' },
  minutes: { code: 'MIN', text: 'minutes' },
  hours: { code: 'HUR', text: 'hours' },
  hour: { code: 'HUR', text: 'hours' },
  days: { code: 'DAY', text: 'days' },
  day: { code: 'DAY', text: 'days' },
  weeks: { code: 'WEE', text: 'weeks' },
  week: { code: 'WEE', text: 'weeks' },
  months: { code: 'MON', text: 'months' },
  month: { code: 'MON', text: 'months' },
  years: { code: 'ANN', text: 'years' },
  year: { code: 'ANN', text: 'years' },
};
const UNIT_WORDS = Object.keys(UNITS)
  .sort((a, b) => b.length - a.length)
  .join('|');

const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  hundred: 100,
};

const CURRENCIES: Record<string, Unit> = {
  '€': { code: 'EUR', text: 'euros' },
  $: { code: 'USD', text: 'dollars' },
  '£': { code: 'GBP', text: 'pounds' },
  euros: { code: 'EUR', text: 'euros' },
  dollars: { code: 'USD', text: 'dollars' },
  pounds: { code: 'GBP', text: 'pounds' },
};
const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, bn: 1e9, m: 1e6 };

const QUALIFIER = `(?:(${[
  'about',
  'around',
  'roughly',
  'some',
  'nearly',
  'almost',
  'approximately',
  'an estimated',
  'up to',
  'at least',
  'more than',
  'over',
  'at most',
  'less than',
  'fewer than',
  'within',
]
  .map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`)
  .join('|')})\\s+)?`;
const DIGITS = '(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d+))?';
const MONEY = new RegExp(
  `(?<![\\p{L}\\p{N}])${QUALIFIER}(?:([€$£])\\s?${DIGITS}(?:\\s?(thousand|million|billion|bn|m)\\b)?|${DIGITS}\\s+(thousand|million|billion)?\\s*(euros|dollars|pounds)\\b)`,
  'gu',
);
const MEASURE = new RegExp(`(?<![\\p{L}\\p{N}-])${QUALIFIER}(?:${DIGITS}|(${Object.keys(NUMBER_WORDS).join('|')}))[\\s-]*(${UNIT_WORDS})(?![\\p{L}])`, 'giu');
/** A numeral before one or two lower-case words, the last a plural noun: "210 flights", "21,000 electric kettles". */
const COUNT = new RegExp(
  `(?<![\\p{L}\\p{N}-])${QUALIFIER}${DIGITS}(?:\\s+(thousand|million|billion))?\\s+((?:\\p{Ll}[\\p{Ll}-]*\\s+)?\\p{Ll}[\\p{Ll}-]*[^s\\W]s)\\b`,
  'gu',
);
/**
 * A count in words that is the subject of its clause: "two ambulances had waited", "three wards were closed". Not after
 * a determiner ("the two schools") and not before anything but a finite verb ("two people familiar with the talks",
 * "three critical factors"), where a number in words counts nothing the statement is about.
 */
const WORD_COUNT = new RegExp(
  `(?<![\\p{L}\\p{N}-])(?<!\\b(?:the|these|those|its|their|his|her|our|my|your|both|all|of|first|last|next|every)\\s)${QUALIFIER}(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)\\s+((?:\\p{Ll}[\\p{Ll}-]*\\s+)?\\p{Ll}[\\p{Ll}-]*[^s\\W]s)(?=\\s+(?:had|have|has|were|are|was|is|will|would|could|can|may|might|must|should|\\p{Ll}{2,}ed)\\b)`,
  'giu',
);
/** A fraction of something that rose or fell: "rose by a quarter", "fell by a third", "cut by half". */
const FRACTION = /\bby\s+(?:(about|around|nearly|almost|more than|roughly)\s+)?(a quarter|a third|half|two thirds|three quarters)\b/giu;
const FRACTIONS: Record<string, number> = { 'a quarter': 25, 'a third': 33.3, half: 50, 'two thirds': 66.7, 'three quarters': 75 };
const NOT_COUNTED = /^(?:percent|per|of|times|people|persons)$/;
const MONTH_BEFORE =
  /\b(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?\s+$/i;

interface Quantity {
  text: string;
  begin: number;
  value: number;
  unit: Unit;
  approximate?: boolean;
  bound?: 'max' | 'min';
}

const qualify = (q: string | undefined): Pick<Quantity, 'approximate' | 'bound'> => {
  const w = q?.toLowerCase();
  if (!w) return {};
  if (/^(about|around|roughly|some|nearly|almost|approximately|an estimated)$/.test(w)) return { approximate: true };
  if (/^(up to|at most|less than|fewer than|within)$/.test(w)) return { bound: 'max' };
  return { bound: 'min' };
};
const numberOf = (digits: string, fraction?: string) => Number(`${digits.replace(/,/g, '')}${fraction ? `.${fraction}` : ''}`);

/** The quantities printed in a piece of text, in reading order. */
function quantities(s: string): Quantity[] {
  const out: Quantity[] = [];
  const taken: [number, number][] = [];
  const free = (b: number, e: number) => !taken.some(([x, y]) => b < y && e > x);
  const add = (q: Quantity, end: number) => {
    if (!free(q.begin, end)) return;
    taken.push([q.begin, end]);
    out.push(q);
  };
  for (const m of s.matchAll(MONEY)) {
    const [, qualifier, sign, d1, f1, scale1, d2, f2, scale2, word] = m;
    const base = sign ? numberOf(d1!, f1) : numberOf(d2!, f2);
    const scale = SCALE[(scale1 ?? scale2 ?? '').toLowerCase()] ?? 1;
    const value = Math.round(base * scale * 100) / 100;
    add({ text: m[0], begin: m.index!, value, unit: CURRENCIES[sign ?? word!.toLowerCase()]!, ...qualify(qualifier) }, m.index! + m[0].length);
  }
  for (const m of s.matchAll(MEASURE)) {
    const [, qualifier, digits, fraction, word, unitWord] = m;
    const value = digits ? numberOf(digits, fraction) : NUMBER_WORDS[word!.toLowerCase()]!;
    const unit = UNITS[unitWord!.toLowerCase()] ?? UNITS[unitWord!]!;
    // "a second day", "for days": a unit needs a number; "the year 2024": a year is not a measure.
    if (!digits && !word) continue;
    add({ text: m[0], begin: m.index!, value, unit, ...qualify(qualifier) }, m.index! + m[0].length);
  }
  for (const m of s.matchAll(COUNT)) {
    const [, qualifier, digits, fraction, scale, noun] = m;
    const numberAt = m.index! + m[0].indexOf(digits!);
    if (MONTH_BEFORE.test(s.slice(Math.max(0, numberAt - 12), numberAt))) continue;
    // A year ("in 2024 prices") is not a count.
    if (/^(1[89]|20)\d\d$/.test(digits!)) continue;
    const head = noun!.split(/\s+/).pop()!;
    if (NOT_COUNTED.test(noun!.split(/\s+/)[0]!) || UNITS[head]) continue;
    // "1.2 million passengers": the scale multiplies the number and is no part of the unit.
    const value = Math.round(numberOf(digits!, fraction) * (scale ? SCALE[scale.toLowerCase()]! : 1) * 100) / 100;
    add({ text: m[0], begin: m.index!, value, unit: { text: noun! }, ...qualify(qualifier) }, m.index! + m[0].length);
  }
  for (const m of s.matchAll(WORD_COUNT)) {
    const [, qualifier, word, noun] = m;
    if (NOT_COUNTED.test(noun!.split(/\s+/)[0]!) || UNITS[noun!.split(/\s+/).pop()!]) continue;
    add({ text: m[0], begin: m.index!, value: NUMBER_WORDS[word!.toLowerCase()]!, unit: { text: noun! }, ...qualify(qualifier) }, m.index! + m[0].length);
  }
  for (const m of s.matchAll(FRACTION)) {
    const [, qualifier, fraction] = m;
    const begin = m.index! + m[0].indexOf(qualifier ?? fraction!);
    add(
      { text: s.slice(begin, m.index! + m[0].length), begin, value: FRACTIONS[fraction!.toLowerCase()]!, unit: UNITS.percent!, ...qualify(qualifier) },
      m.index! + m[0].length,
    );
  }
  return out.sort((a, b) => a.begin - b.begin);
}

/** The quantities of a statement as content Turtle, or undefined when it has none. */
export function quantityTurtle(s: string): string | undefined {
  const qs = quantities(s);
  if (!qs.length) return undefined;
  return qs
    .map((q, i) => {
      const number = Number.isInteger(q.value) ? `${q.value}.0` : String(q.value);
      const value = q.bound === 'max' ? 'schema:maxValue' : q.bound === 'min' ? 'schema:minValue' : 'schema:value';
      const code = q.unit.code ? ` schema:unitCode "${q.unit.code}" ;` : '';
      return `_:quantity${i + 1} a schema:QuantitativeValue ; ${value} ${number} ;${q.approximate ? ' cg:approximate true ;' : ''}${code} schema:unitText ${JSON.stringify(q.unit.text)} ; schema:name ${JSON.stringify(q.text)} .`;
    })
    .join('\n');
}

/**
 * A figure given alone ("from 340 to 210"): its quantity with a unit when printed, else the bare
 * number with the unit of `like` (the figure it replaces, "340 cancellations"), else counted in units.
 */
export function figureTurtle(s: string, like?: string): string | undefined {
  const withUnit = quantityTurtle(s);
  if (withUnit) return withUnit;
  const m = /\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?/.exec(s);
  if (!m) return undefined;
  const value = Number(m[0].replace(/,/g, ''));
  const unit = (like ? quantities(like)[0]?.unit : undefined) ?? { text: 'units' };
  const code = unit.code ? ` schema:unitCode "${unit.code}" ;` : '';
  return `_:quantity1 a schema:QuantitativeValue ; schema:value ${Number.isInteger(value) ? `${value}.0` : value} ;${code} schema:unitText ${JSON.stringify(unit.text)} ; schema:name ${JSON.stringify(s.trim())} .`;
}
