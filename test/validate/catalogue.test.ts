// A catalogue of semantic errors injected into the bundled article: each must be reported with the
// node at fault, a message, a fix and the place in the annotation (or the article text) it came from.
// The bundled articles themselves pass with no violation, as compiled TriG and as compiled YAML.
import { readdirSync, readFileSync } from 'node:fs';
import type { Quad, Term } from '@rdfjs/types';
import { DataFactory, Parser } from 'n3';
import { describe, expect, it } from 'vitest';
import { compileWithPlaces } from '../../src/authoring/read.js';
import { packagePath } from '../../src/paths.js';
import { validate, type Problem } from '../../src/validate/index.js';
import { PREFIXES, cg, nif, oa, prov, rdf, rdfs, schema, xsd } from '../../src/vocab.js';

const { namedNode: iri, literal, quad, blankNode } = DataFactory;
const DIR = packagePath('data', 'articles');
const FILE = packagePath('data', 'articles', 'trump-tomahawks.yaml');
const { compiled, places } = compileWithPlaces(readFileSync(FILE, 'utf8'), { file: FILE, validate: false });

const A = `${PREFIXES.art}trump-tomahawks`;
const C = (slug: string) => `${A}/claim/${slug}`;
const Q = (slug: string) => `${A}/quote/${slug}`;
const E = (slug: string) => PREFIXES.id + slug;
const EX = 'https://example.org/local-news#';

type Quads = Quad[];
const same = (t: Term, v: string | Term) => t.value === (typeof v === 'string' ? v : v.value);
/** Quads matching a pattern (undefined matches anything; the graph defaults to the default graph). */
const matches = (q: Quad, s?: string, p?: Term, g: string | null = '') =>
  (!s || same(q.subject, s)) && (!p || q.predicate.equals(p)) && (g === null || q.graph.value === g);
const drop =
  (s?: string, p?: Term, g: string | null = '') =>
  (qs: Quads) =>
    qs.filter((q) => !matches(q, s, p, g));
const add =
  (...extra: Quad[]) =>
  (qs: Quads) => [...qs, ...extra];
/** Replace the object of s p (in the default graph unless g is given). */
const set =
  (s: string, p: Term, o: Quad['object'], g = '') =>
  (qs: Quads) =>
    qs.map((q) => (matches(q, s, p, g) ? quad(q.subject, q.predicate, o, q.graph) : q));
const then =
  (...fs: ((qs: Quads) => Quads)[]) =>
  (qs: Quads) =>
    fs.reduce((acc, f) => f(acc), qs);
const graphOf = (g: string) => (qs: Quads) => qs.filter((q) => q.graph.value === g);
const positive = (n: number) => literal(String(n), xsd.iri('positiveInteger'));

interface Case {
  name: string;
  mutate: (qs: Quads) => Quads;
  focus: string | RegExp;
  message: RegExp;
  severity?: Problem['severity'];
  /** False when the faulty node was injected and so has no place in the annotation. */
  placed?: boolean;
}

const quantity = (qs: Quads) => qs.find((q) => q.graph.value === `${C('atacms-range')}/content` && q.predicate.equals(cg.range))!.object as Quad['subject'];
const onQuantity = (f: (node: Quad['subject']) => (qs: Quads) => Quads) => (qs: Quads) => f(quantity(qs))(qs);

const CASES: Case[] = [
  // Layers: what only a statement says stays out of the default graph.
  {
    name: 'a content predicate in the default graph',
    mutate: add(quad(iri(E('tomahawk')), cg.canStrike, iri(E('iran')))),
    focus: E('tomahawk'),
    message: /cg:canStrike is content only/,
  },
  {
    name: 'a belief (its content) asserted in the default graph',
    mutate: (qs) => [...qs, ...graphOf(`${C('factor-disrespect')}/content`)(qs).map((q) => quad(q.subject, q.predicate, q.object))],
    focus: `${C('factor-disrespect')}/content`,
    message: /also asserted as a fact/,
  },
  {
    name: 'a content-only class (a state) in the default graph',
    mutate: add(quad(iri(E('ukrainian-collapse')), rdf.type, cg.State)),
    focus: E('ukrainian-collapse'),
    message: /cg:State is content only/,
  },
  {
    name: 'a presupposed event dated in the default graph',
    mutate: add(quad(iri(E('closed-door-meeting')), schema.startDate, literal('2025-01', xsd.gYearMonth))),
    focus: E('closed-door-meeting'),
    message: /presupposed by .*trump-told-aides.*schema:startDate/,
  },
  {
    name: 'a presupposed event with its attendees in the default graph',
    mutate: add(quad(iri(E('closed-door-meeting')), schema.attendee, iri(E('trumps-aides')))),
    focus: E('closed-door-meeting'),
    message: /presupposed by .*schema:attendee/,
  },
  {
    name: 'a content graph linked from two statements',
    mutate: add(quad(iri(C('atacms-range')), cg.content, iri(`${C('tomahawk-targets')}/content`))),
    focus: `${C('tomahawk-targets')}/content`,
    message: /linked from 2 statements/,
  },
  {
    name: 'a named graph no statement links',
    mutate: add(quad(iri(E('ukraine')), schema.name, literal('x'), iri('http://example.org/stray'))),
    focus: 'http://example.org/stray',
    message: /neither a statement content graph/,
    placed: false,
  },
  {
    name: 'a statement with an empty content graph (warning)',
    mutate: drop(undefined, undefined, `${C('atacms-range')}/content`),
    focus: C('atacms-range'),
    message: /has no content/,
    severity: 'warning',
  },

  // Chains of reports.
  {
    name: 'duplicate chain positions',
    mutate: set(`${C('broader-strategy')}/step/2`, cg.position, positive(1)),
    focus: C('broader-strategy'),
    message: /positions 1, 1; they must run 1\.\.2/,
  },
  {
    name: 'a gap in the chain positions',
    mutate: set(`${C('broader-strategy')}/step/2`, cg.position, positive(3)),
    focus: C('broader-strategy'),
    message: /positions 1, 3/,
  },
  {
    name: 'position 0',
    mutate: set(`${C('trump-concern')}/step/1`, cg.position, literal('0', xsd.iri('positiveInteger'))),
    focus: C('trump-concern'),
    message: /positions 0, 2, 3/,
  },
  {
    name: 'a step without a position',
    mutate: drop(`${Q('former-official-tomahawks')}/step/3`, cg.position),
    focus: Q('former-official-tomahawks'),
    message: /positions 1, 2, none/,
  },
  {
    name: 'step 1 is not the article',
    mutate: set(`${C('broader-strategy')}/step/1`, cg.document, iri(E('ignatius-article'))),
    focus: `${C('broader-strategy')}/step/1`,
    message: /Step 1 .* not the reporting article/,
  },
  {
    name: "the last step's agent is not the speaker",
    mutate: set(`${Q('trump-send-message')}/step/2`, prov.agent, iri(E('vladimir-putin'))),
    focus: `${Q('trump-send-message')}/step/2`,
    message: /agent id:vladimir-putin, but the statement's holder is id:donald-trump/,
  },
  {
    name: 'the last step has no agent',
    mutate: drop(`${C('broader-strategy')}/step/2`, prov.agent),
    focus: `${C('broader-strategy')}/step/2`,
    message: /has no agent, but the statement's holder is id:david-ignatius/,
  },

  {
    name: 'a content graph attributed to a second agent',
    mutate: add(quad(iri(`${C('considered-supply')}/content`), prov.wasAttributedTo, iri(E('washington-post')))),
    focus: `${C('considered-supply')}/content`,
    message: /attributed to id:david-ignatius, id:washington-post, but the statement's holder is id:david-ignatius/,
  },

  // Statements inside statements.
  {
    name: "a record's holder inside a content graph",
    mutate: add(quad(iri(C('trump-concern')), cg.holder, iri(E('donald-trump')), iri(`${C('politico-concerns')}/content`))),
    focus: `${C('politico-concerns')}/content`,
    message: /describes a statement record .*cg:holder/,
  },
  {
    name: 'a nested statement whose chain skips the outer holder',
    mutate: drop(`${C('trump-concern')}/step/2`, prov.agent),
    focus: C('trump-concern'),
    message: /within .*politico-concerns, but its chain of reports never passes through .*id:politico/,
  },
  {
    name: 'an outer content that never names the statement inside it',
    mutate: drop(undefined, cg.message, `${C('politico-concerns')}/content`),
    focus: C('trump-concern'),
    message: /the content of .*politico-concerns never names it/,
  },

  // Sourcing derived from the chain.
  {
    name: 'an anonymous quotation recoded named-on-record',
    mutate: set(Q('former-official-tomahawks'), cg.sourcing, cg.iri('NamedOnRecord')),
    focus: Q('former-official-tomahawks'),
    message: /coded cg:NamedOnRecord .* makes it cg:Anonymous/,
  },
  {
    name: "a relayed statement recoded as the article's voice",
    mutate: set(C('trump-concern'), cg.sourcing, cg.iri('ArticleVoice')),
    focus: C('trump-concern'),
    message: /coded cg:ArticleVoice .* makes it cg:SecondHand/,
  },
  {
    name: "the article's own claim recoded second-hand",
    mutate: set(C('tomahawks-excluded'), cg.sourcing, cg.iri('SecondHand')),
    focus: C('tomahawks-excluded'),
    message: /makes it cg:ArticleVoice/,
  },
  {
    name: 'an unnamed step with on-record sourcing ("reportedly" without its unspecified source)',
    mutate: set(C('trump-told-aides'), cg.sourcing, cg.iri('NamedOnRecord')),
    focus: C('trump-told-aides'),
    message: /unspecified-source \(unnamed\).* makes it cg:Anonymous/,
  },

  // Classes.
  {
    name: 'a city as speaker',
    mutate: set(Q('trump-send-message'), cg.holder, iri(E('moscow'))),
    focus: Q('trump-send-message'),
    message: /cg:holder of .* is id:moscow \(schema:City, schema:Place\), not a person, organisation or unnamed source/,
  },
  {
    name: 'a concept as holder',
    mutate: set(C('tomahawks-excluded'), cg.holder, iri(E('balance-of-power'))),
    focus: C('tomahawks-excluded'),
    message: /cg:holder .* id:balance-of-power \(cg:Concept\)/,
  },
  {
    name: 'a country as audience',
    mutate: set(Q('trump-send-message'), schema.audience, iri(E('iran'))),
    focus: Q('trump-send-message'),
    message: /schema:audience .* id:iran .* not a person, organisation or unnamed group/,
  },
  {
    name: 'a person as the event a statement was made in',
    mutate: set(Q('trump-send-message'), cg.madeIn, iri(E('donald-trump'))),
    focus: Q('trump-send-message'),
    message: /cg:madeIn .* id:donald-trump \(schema:Person\), not an event/,
  },
  {
    name: 'a city as a supports target',
    mutate: set(Q('trump-send-message'), cg.supports, iri(E('moscow'))),
    focus: Q('trump-send-message'),
    message: /cg:supports .* id:moscow .* not a claim or quotation record/,
  },
  {
    name: 'a weapon as an opposes target',
    mutate: set(C('analysts-shift-balance'), cg.opposes, iri(E('atacms'))),
    focus: C('analysts-shift-balance'),
    message: /cg:opposes .* id:atacms/,
  },
  {
    name: 'a denial of a person',
    mutate: add(quad(iri(C('duma-frustration')), cg.denies, iri(E('donald-trump')))),
    focus: C('duma-frustration'),
    message: /cg:denies .* id:donald-trump/,
  },
  {
    name: 'a statement within a document instead of a statement',
    mutate: set(C('trump-concern'), cg.withinStatement, iri(E('politico-reports'))),
    focus: C('trump-concern'),
    message: /cg:withinStatement .* id:politico-reports/,
  },
  {
    name: 'a country as an intermediary of the chain',
    mutate: set(`${C('trump-concern')}/step/2`, prov.agent, iri(E('iran'))),
    focus: `${C('trump-concern')}/step/2`,
    message: /prov:agent of .* is id:iran/,
  },

  // Quotations and the article text.
  {
    name: 'a quoted part outside its evidence',
    mutate: add(quad(iri(Q('trump-send-message')), cg.quotedPart, iri(`${A}/text#char=417,504`))),
    focus: Q('trump-send-message'),
    message: /lies outside its evidence/,
  },
  {
    name: 'evidence from the text of another article',
    mutate: then(add(...otherText()), set(C('tomahawks-excluded'), cg.evidence, iri('http://example.org/other/text#char=0,5'))),
    focus: C('tomahawks-excluded'),
    message: /cg:evidence span .* is text of http:\/\/example\.org\/other, not of its article/,
  },
  {
    name: 'a verbatim text that is not the joined parts',
    mutate: set(Q('ignatius-trump-doctrine'), schema.text, literal('Escalate to de-escalate, the Trump doctrine')),
    focus: Q('ignatius-trump-doctrine'),
    message: /its quoted parts joined by one space are/,
  },
  {
    name: 'a reporting sentence with no statement ("claimed"), only mentions',
    mutate: drop(C('duma-frustration')),
    focus: /#char=\d+,\d+$/,
    message: /holds the reporting words "claimed" but is the evidence of no statement/,
  },
  {
    name: 'a quotation nobody models, only its mentions',
    mutate: drop(Q('trump-send-message')),
    focus: /#char=\d+,\d+$/,
    message: /holds a quotation mark but is the evidence of no statement/,
  },
  {
    name: 'a span whose text is not the article text',
    mutate: (qs) =>
      set(qs.find((q) => q.predicate.equals(nif.anchorOf) && q.object.value === 'Ignatius')!.subject.value, nif.anchorOf, literal('Ignatios'))(qs),
    focus: /#char=\d+,\d+$/,
    message: /"Ignatios" is not the article text/,
  },

  // Dates.
  {
    name: 'an event date after publication',
    mutate: add(quad(iri(A), schema.datePublished, literal('2024-12-15', xsd.date))),
    focus: E('closed-door-meeting'),
    message: /schema:startDate 2025-01 is after .*trump-tomahawks was published \(2024-12-15\)/,
  },

  // SHACL, in every graph.
  { name: 'a statement without a holder', mutate: drop(C('broader-strategy'), cg.holder), focus: C('broader-strategy'), message: /exactly one holder/ },
  {
    name: 'a hedge outside its list',
    mutate: set(C('considered-supply'), cg.hedge, cg.iri('Supposedly')),
    focus: C('considered-supply'),
    message: /cg:hedge must be one concept of cg:HedgeScheme/,
  },
  {
    name: 'a channel from another scheme',
    mutate: set(C('politico-concerns'), cg.channel, cg.iri('NoHedge')),
    focus: C('politico-concerns'),
    message: /cg:channel must be one concept of cg:ChannelScheme/,
  },
  {
    name: 'a statement without certainty',
    mutate: drop(C('factor-force'), cg.certainty),
    focus: C('factor-force'),
    message: /cg:certainty must be one concept/,
  },
  {
    name: 'a quantity without a number (content graph)',
    mutate: onQuantity((n) => drop(n.value, schema.value, `${C('atacms-range')}/content`)),
    focus: /^_:/,
    message: /^In the graph <.*atacms-range\/content>: A quantity is a schema:QuantitativeValue with a number/,
  },
  {
    name: 'approximate as a string (content graph)',
    mutate: onQuantity((n) => add(quad(n, cg.approximate, literal('about'), iri(`${C('atacms-range')}/content`)))),
    focus: /^_:/,
    message: /cg:approximate is one xsd:boolean/,
  },
  {
    name: 'a modality outside the certainty scheme (content graph)',
    mutate: add(quad(blankNode('m'), cg.modality, cg.iri('Reportedly'), iri(`${C('possible-reintroduction')}/content`))),
    focus: /^_:/,
    message: /cg:modality is one concept of cg:CertaintyScheme/,
  },
  {
    name: 'a confidence above 1',
    mutate: set(C('factor-iran'), cg.confidence, literal('1.5', xsd.decimal)),
    focus: C('factor-iran'),
    message: /cg:confidence is one xsd:decimal from 0 to 1/,
  },
  {
    name: 'an editorial note without a target (editorial graph)',
    mutate: drop(`${A}/note/no-delivery`, oa.hasTarget, `${A}/editorial`),
    focus: `${A}/note/no-delivery`,
    message: /^In the graph <.*editorial>: An editorial note targets at least one/,
  },

  // Vocabulary.
  {
    name: 'an undefined cg: term in a content graph',
    mutate: add(quad(iri(E('ukraine')), cg.iri('recieved'), iri(E('tomahawk')), iri(`${C('tomahawk-targets')}/content`))),
    focus: `${C('tomahawk-targets')}/content`,
    message: /cg:recieved is not defined/,
  },
  {
    name: "an undeclared term of the annotation's own vocabulary",
    mutate: add(...ownTerm('declinedToComment'), quad(iri(E('state-duma')), iri(`${EX}signed`), iri(E('ukraine')), iri(`${C('duma-perspective')}/content`))),
    focus: `${C('duma-perspective')}/content`,
    message: /example\.org\/local-news#signed is in the annotation's own vocabulary .* not declared/,
  },
  {
    name: 'an own content property in the default graph',
    mutate: add(...ownTerm('declinedToComment'), quad(iri(E('state-duma')), iri(`${EX}declinedToComment`), literal('true', xsd.boolean))),
    focus: E('state-duma'),
    message: /local-news#declinedToComment is content only/,
  },
];

/** Another article with its text and one span of it. */
function otherText(): Quad[] {
  const art = iri('http://example.org/other');
  const ctx = iri('http://example.org/other/text');
  const span = iri('http://example.org/other/text#char=0,5');
  const nn = (n: number) => literal(String(n), xsd.nonNegativeInteger);
  return [
    quad(art, rdf.type, schema.NewsArticle),
    quad(art, rdfs.label, literal('Other')),
    quad(ctx, rdf.type, nif.Context),
    quad(ctx, nif.isString, literal('Other text.')),
    quad(ctx, nif.sourceUrl, art),
    quad(span, rdf.type, nif.Phrase),
    quad(span, nif.beginIndex, nn(0)),
    quad(span, nif.endIndex, nn(5)),
    quad(span, nif.anchorOf, literal('Other')),
    quad(span, nif.referenceContext, ctx),
  ];
}

function ownTerm(local: string): Quad[] {
  const t = iri(EX + local);
  return [quad(t, rdf.type, rdf.Property), quad(t, rdf.type, cg.ContentProperty), quad(t, rdfs.label, literal(local, 'en')), quad(t, rdfs.isDefinedBy, iri(A))];
}

const show = (ps: Problem[]) => ps.map((p) => `${p.severity} ${p.focus} ${p.message}`).join('\n');

describe('the bundled articles', () => {
  const trigs = readdirSync(DIR).filter((f) => f.endsWith('.trig'));
  const yamls = readdirSync(DIR).filter((f) => f.endsWith('.yaml'));

  it.each(trigs)('%s validates with no violation', async (name) => {
    const quads = new Parser({ format: 'application/trig' }).parse(readFileSync(`${DIR}/${name}`, 'utf8'));
    const report = await validate(quads);
    expect(
      report.problems.filter((p) => p.severity === 'violation'),
      show(report.problems),
    ).toEqual([]);
    expect(report.conforms).toBe(true);
  });

  it.each(yamls)('%s compiles and validates with no violation', async (name) => {
    const file = `${DIR}/${name}`;
    const { compiled: c, places: p } = compileWithPlaces(readFileSync(file, 'utf8'), { file });
    const report = await validate(c.quads, { places: p });
    expect(
      report.problems.filter((x) => x.severity === 'violation'),
      show(report.problems),
    ).toEqual([]);
  });

  it('accepts a term of its own vocabulary declared with a label', async () => {
    const used = quad(iri(E('state-duma')), iri(`${EX}declinedToComment`), literal('true', xsd.boolean), iri(`${C('duma-perspective')}/content`));
    const report = await validate([...compiled.quads, ...ownTerm('declinedToComment'), used], { places });
    expect(
      report.problems.filter((p) => p.severity === 'violation'),
      show(report.problems),
    ).toEqual([]);
  });
});

describe('across the articles of a corpus', () => {
  const envoys = `${DIR}/envoys-tomahawk-question.yaml`;
  const other = compileWithPlaces(readFileSync(envoys, 'utf8'), { file: envoys, validate: false });
  const corpus = [...compiled.quads, ...other.compiled.quads];
  const both = new Map([...places, ...other.places]);
  const target = (slug: string) => quad(iri(C('tomahawks-excluded')), cg.supports, iri(`${PREFIXES.art}envoys-tomahawk-question/claim/${slug}`));

  it('accepts a statement supporting a statement of another article', async () => {
    const report = await validate([...corpus, target('missiles-left-off')], { places: both });
    expect(
      report.problems.filter((p) => p.severity === 'violation'),
      show(report.problems),
    ).toEqual([]);
  });

  it('reports a supports target the other article does not have', async () => {
    const report = await validate([...corpus, target('no-such-claim')], { places: both });
    expect(report.problems).toContainEqual(
      expect.objectContaining({
        focus: C('tomahawks-excluded'),
        path: 'cg:supports',
        message: expect.stringMatching(/no-such-claim \(no type\), not a claim or quotation record/),
        place: expect.stringMatching(/trump-tomahawks\.yaml:\d+$/),
      }),
    );
  });
});

describe('the catalogue of injected errors', () => {
  it('holds at least 30 distinct errors', () => {
    expect(new Set(CASES.map((c) => c.name)).size).toBe(CASES.length);
    expect(CASES.length).toBeGreaterThanOrEqual(30);
  });

  it.each(CASES)('reports $name', async (c) => {
    const report = await validate(c.mutate(compiled.quads), { places });
    const severity = c.severity ?? 'violation';
    const hit = report.problems.find(
      (p) => p.severity === severity && (typeof c.focus === 'string' ? p.focus === c.focus : c.focus.test(p.focus)) && c.message.test(p.message),
    );
    expect(hit, show(report.problems)).toBeDefined();
    expect(hit!.fix.length).toBeGreaterThan(20);
    if (c.placed !== false) expect(hit!.place).toMatch(/trump-tomahawks\.(yaml|txt):\d+$/);
    expect(report.conforms).toBe(severity !== 'violation');
  });
});
