// The ontology and its shapes: both parse; every cg: term is defined, labelled and
// explained; the controlled lists are complete with unique notations; the shapes accept
// a conforming article graph and report broken ones at the right focus node and path.
import { readFileSync } from 'node:fs';
import type { Quad, Term } from '@rdfjs/types';
import { DataFactory, Parser, Store } from 'n3';
// @ts-expect-error: shacl-engine ships no type declarations
import { Validator } from 'shacl-engine';
import { describe, expect, it } from 'vitest';
import { CONTROLLED_LISTS, controlledLists, ontologyStore } from '../src/ontology.js';
import { PREFIXES, cg, prefixDeclarations } from '../src/vocab.js';

const { namedNode } = DataFactory;
const read = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');
const parse = (text: string, format = 'text/turtle') => new Parser({ format }).parse(text);

const ontologyQuads = parse(read('ontology/claimgraph.ttl'));
const shapesQuads = parse(read('ontology/shapes.ttl'));
const ontology = new Store(ontologyQuads);
const shapes = new Store(shapesQuads);

const RDF = PREFIXES.rdf;
const RDFS = PREFIXES.rdfs;
const SKOS = PREFIXES.skos;
const OWL = PREFIXES.owl;
const SH = PREFIXES.sh;
const CG = PREFIXES.cg;
const SCHEMA = PREFIXES.schema;
const ONTOLOGY_IRI = 'https://w3id.org/claimgraph/ns';

const objects = (store: Store, s: string | Term, p: string) => store.getObjects(s, p, null);
const values = (store: Store, s: string | Term, p: string) => objects(store, s, p).map((o) => o.value);
const isA = (iri: string, type: string) => ontology.countQuads(iri, `${RDF}type`, type, null) > 0;
const englishText = (store: Store, s: string | Term, p: string) =>
  objects(store, s, p).some((o) => o.termType === 'Literal' && o.language === 'en' && o.value.trim().length > 0);

/** Every cg: IRI in a set of quads, in any position. */
function cgTerms(quads: Quad[]): Set<string> {
  const out = new Set<string>();
  for (const q of quads) for (const t of [q.subject, q.predicate, q.object]) if (t.termType === 'NamedNode' && t.value.startsWith(CG)) out.add(t.value);
  return out;
}

const vocabTerms = Object.values(cg)
  .filter((t): t is ReturnType<typeof namedNode> => typeof t === 'object' && t !== null && 'termType' in t)
  .map((t) => t.value);

describe('the ontology files', () => {
  it('parse as Turtle', () => {
    expect(ontologyQuads.length).toBeGreaterThan(300);
    expect(shapesQuads.length).toBeGreaterThan(100);
  });

  it('declare the ontology with a label, a comment and a version', () => {
    expect(isA(ONTOLOGY_IRI, `${OWL}Ontology`)).toBe(true);
    expect(englishText(ontology, ONTOLOGY_IRI, `${RDFS}label`)).toBe(true);
    expect(englishText(ontology, ONTOLOGY_IRI, `${RDFS}comment`)).toBe(true);
    expect(values(ontology, ONTOLOGY_IRI, `${OWL}versionInfo`)).toHaveLength(1);
  });

  it('define only cg: terms, never another vocabulary’s', () => {
    const foreign = ontology
      .getSubjects(null, null, null)
      .filter((s) => s.termType === 'NamedNode' && !s.value.startsWith(CG) && s.value !== ONTOLOGY_IRI)
      .map((s) => s.value);
    expect(foreign).toEqual([]);
  });
});

describe('the vocabulary', () => {
  const used = new Set([...vocabTerms, ...cgTerms(ontologyQuads), ...cgTerms(shapesQuads)]);

  it('covers every cg: term of src/vocab.ts, the ontology and the shapes', () => {
    expect(vocabTerms.length).toBeGreaterThan(60);
    const undefinedTerms = [...used].filter((t) => ontology.countQuads(t, `${RDF}type`, null, null) === 0);
    expect(undefinedTerms).toEqual([]);
  });

  it('gives every term a type of the right kind', () => {
    const kinds = [`${OWL}Class`, `${OWL}ObjectProperty`, `${OWL}DatatypeProperty`, `${SKOS}ConceptScheme`, `${SKOS}Concept`];
    for (const t of used)
      expect(
        kinds.some((k) => isA(t, k)),
        t,
      ).toBe(true);
    // classes start upper case, properties lower case
    for (const t of used) {
      const local = t.slice(CG.length);
      if (isA(t, `${OWL}ObjectProperty`) || isA(t, `${OWL}DatatypeProperty`)) expect(local[0], t).toMatch(/[a-z]/);
      else expect(local[0], t).toMatch(/[A-Z]/);
    }
  });

  it('labels and explains every term in English', () => {
    for (const t of used) {
      if (isA(t, `${SKOS}Concept`)) {
        expect(englishText(ontology, t, `${SKOS}prefLabel`), `${t} skos:prefLabel`).toBe(true);
        expect(englishText(ontology, t, `${SKOS}definition`), `${t} skos:definition`).toBe(true);
      } else {
        expect(englishText(ontology, t, `${RDFS}label`), `${t} rdfs:label`).toBe(true);
        expect(englishText(ontology, t, `${RDFS}comment`), `${t} rdfs:comment`).toBe(true);
      }
    }
  });

  it('aligns classes to schema.org, PROV-O, Web Annotation and NIF', () => {
    const sub = (c: string) => values(ontology, CG + c, `${RDFS}subClassOf`);
    // a weapon system is a type of weapon, not one unit of it
    expect(sub('WeaponSystem')).toContain(`${SCHEMA}ProductModel`);
    expect(sub('UnnamedSource')).toContain(`${PREFIXES.prov}Agent`);
    expect(sub('UnnamedPerson')).toEqual(expect.arrayContaining([`${CG}UnnamedSource`, `${SCHEMA}Person`]));
    // a group of unnamed people ("aides") is not an organization
    expect(sub('UnnamedGroup')).toEqual([`${CG}UnnamedSource`]);
    for (const c of ['War', 'MilitaryOperation', 'Meeting', 'Speech', 'Interview', 'PublicStatement', 'PeaceTalks', 'Overture']) {
      expect(sub(c), c).toEqual(expect.arrayContaining([`${SCHEMA}Event`, `${PREFIXES.prov}Activity`]));
    }
    expect(sub('ProposedAction')).toContain(`${SCHEMA}Action`);
    expect(sub('EditorialNote')).toContain(`${PREFIXES.oa}Annotation`);
    for (const c of ['Description', 'Mention']) expect(sub(c), c).toContain(`${PREFIXES.nif}Phrase`);
    for (const c of ['Concept', 'Decision', 'AidPackage', 'Strategy'])
      expect(
        sub(c).some((s) => s === `${SCHEMA}Intangible` || s === `${SCHEMA}Event`),
        c,
      ).toBe(true);
    // every class but the roots of the cg: hierarchy has a superclass
    for (const c of ontology.getSubjects(`${RDF}type`, `${OWL}Class`, null)) expect(sub(c.value.slice(CG.length)).length, c.value).toBeGreaterThan(0);
  });

  it('gives properties sound domains, ranges and alignments', () => {
    const range = (p: string) => values(ontology, CG + p, `${RDFS}range`);
    const domain = (p: string) => values(ontology, CG + p, `${RDFS}domain`);
    expect(range('position')).toEqual([`${PREFIXES.xsd}positiveInteger`]);
    expect(range('ordinal')).toEqual([`${PREFIXES.xsd}positiveInteger`]);
    expect(range('range')).toEqual([`${SCHEMA}QuantitativeValue`]);
    expect(range('canStrike')).toEqual([`${SCHEMA}Place`]);
    expect(range('usedIn')).toEqual([`${SCHEMA}Event`]);
    for (const p of ['supports', 'opposes']) {
      expect(domain(p), p).toEqual([`${SCHEMA}CreativeWork`]);
      expect(range(p), p).toEqual([`${SCHEMA}CreativeWork`]);
    }
    expect(isA(`${CG}opposes`, `${OWL}SymmetricProperty`)).toBe(true);
    for (const p of ['evidence', 'quotedPart']) expect(values(ontology, CG + p, `${RDFS}subPropertyOf`), p).toContain(`${PREFIXES.prov}wasDerivedFrom`);
    // cg:participant runs from actor to event: a sub-property of the inverse of schema:attendee
    const [inverse] = objects(ontology, `${CG}participant`, `${RDFS}subPropertyOf`);
    expect(values(ontology, inverse!, `${OWL}inverseOf`)).toEqual([`${SCHEMA}attendee`]);
    // datatype properties have literal ranges, object properties do not
    for (const p of ontology.getSubjects(`${RDF}type`, `${OWL}DatatypeProperty`, null)) {
      for (const r of values(ontology, p, `${RDFS}range`)) expect(r, p.value).toMatch(/^http:\/\/www\.w3\.org\/2001\/XMLSchema#/);
    }
    for (const p of ontology.getSubjects(`${RDF}type`, `${OWL}ObjectProperty`, null)) {
      for (const r of values(ontology, p, `${RDFS}range`)) expect(r, p.value).not.toMatch(/XMLSchema#/);
    }
  });
});

describe('the controlled lists', () => {
  it('are all written after their heading, which the typed helpers parse alone', () => {
    const whole = ontologyStore();
    const lists = controlledLists();
    const skos = (local: string) => namedNode(PREFIXES.skos + local);
    const described = (store: Store, p: Term) =>
      store
        .getQuads(null, p, null, null)
        .map((q) => `${q.subject.value} ${q.object.value}`)
        .sort();
    expect(read('ontology/claimgraph.ttl')).toContain(CONTROLLED_LISTS);
    expect(lists.size).toBeLessThan(whole.size / 2);
    for (const p of ['notation', 'inScheme', 'prefLabel'].map(skos)) {
      expect(described(lists, p).length).toBeGreaterThan(40);
      expect(described(lists, p)).toEqual(described(whole, p));
    }
  });

  const expected: Record<string, Record<string, string>> = {
    HedgeScheme: {
      Reportedly: 'reportedly',
      Suggested: 'suggested',
      Claimed: 'claimed',
      Notes: 'notes',
      Allegedly: 'allegedly',
      Apparently: 'apparently',
      Unconfirmed: 'unconfirmed',
      IsSaidTo: 'is-said-to',
      NoHedge: 'none',
    },
    SourcingScheme: {
      NamedOnRecord: 'named-on-record',
      Anonymous: 'anonymous',
      SecondHand: 'second-hand',
      ArticleVoice: 'article-voice',
      UnspecifiedSourcing: 'unspecified',
    },
    ChannelScheme: {
      InterviewChannel: 'interview',
      WrittenChannel: 'written',
      StatementChannel: 'statement',
      ClosedDoorMeetingChannel: 'closed-door-meeting',
      SpeechChannel: 'speech',
      PressReportChannel: 'press-report',
      ConversationChannel: 'conversation',
      BeliefChannel: 'belief',
      NarrationChannel: 'narration',
      PressConferenceChannel: 'press-conference',
      BroadcastChannel: 'broadcast',
      SocialMediaChannel: 'social-media',
      DocumentChannel: 'document',
      LeakChannel: 'leak',
      UnspecifiedChannel: 'unspecified',
    },
    WeaponCategoryScheme: { CruiseMissile: 'cruise-missile', BallisticMissile: 'ballistic-missile', StrategicBomber: 'strategic-bomber' },
    // factuality, after FactBank: how sure, which polarity, when, and the reporter's stance
    CertaintyScheme: { Certain: 'certain', Probable: 'probable', Possible: 'possible', UnderspecifiedCertainty: 'underspecified' },
    PolarityScheme: { Affirmed: 'affirmed', Negated: 'negated', UnderspecifiedPolarity: 'underspecified' },
    TimeScheme: { Past: 'past', Present: 'present', Future: 'future', UnspecifiedTime: 'unspecified' },
    StanceScheme: { Endorses: 'endorses', Neutral: 'neutral', Distances: 'distances' },
    StatusScheme: { RefusedActionStatus: 'refused', ConsideredActionStatus: 'considered', ScheduledActionStatus: 'scheduled' },
  };

  it('are the nine SKOS schemes, each with exactly its concepts and notations', () => {
    const schemes = ontology.getSubjects(`${RDF}type`, `${SKOS}ConceptScheme`, null).map((s) => s.value.slice(CG.length));
    expect(schemes.sort()).toEqual(Object.keys(expected).sort());
    for (const [scheme, concepts] of Object.entries(expected)) {
      const members = ontology.getSubjects(`${SKOS}inScheme`, CG + scheme, null);
      const got = Object.fromEntries(members.map((c) => [c.value.slice(CG.length), values(ontology, c, `${SKOS}notation`)[0]]));
      expect(got, scheme).toEqual(concepts);
    }
  });

  it('give every concept one lowercase notation, unique in its scheme, a label and a definition', () => {
    for (const scheme of Object.keys(expected)) {
      const notations: string[] = [];
      for (const c of ontology.getSubjects(`${SKOS}inScheme`, CG + scheme, null)) {
        expect(isA(c.value, `${SKOS}Concept`), c.value).toBe(true);
        const n = values(ontology, c, `${SKOS}notation`);
        expect(n, c.value).toHaveLength(1);
        expect(n[0], c.value).toMatch(/^[a-z]+(-[a-z]+)*$/);
        expect(values(ontology, c, `${SKOS}prefLabel`), c.value).toHaveLength(1);
        expect(values(ontology, c, `${SKOS}definition`), c.value).toHaveLength(1);
        notations.push(n[0]!);
      }
      expect(new Set(notations).size, scheme).toBe(notations.length);
    }
    // every concept belongs to exactly one scheme
    for (const c of ontology.getSubjects(`${RDF}type`, `${SKOS}Concept`, null)) expect(values(ontology, c, `${SKOS}inScheme`), c.value).toHaveLength(1);
  });

  it('define a hedge as a cue of the reporting article marking a statement unverified or softened', () => {
    for (const c of ontology.getSubjects(`${SKOS}inScheme`, `${CG}HedgeScheme`, null)) {
      expect(values(ontology, c, `${SKOS}definition`)[0], c.value).toMatch(/cue in the reporting article|no cue/);
      expect(values(ontology, c, `${SKOS}definition`)[0], c.value).toMatch(/unverified or softened/);
    }
  });

  it('match the sh:in lists of the shapes', () => {
    const inList = (path: string) => {
      const shape = shapes.getSubjects(`${SH}path`, path, null).find((s) => shapes.countQuads(s, `${SH}in`, null, null) > 0)!;
      const out: string[] = [];
      for (let node = objects(shapes, shape, `${SH}in`)[0]!; node.value !== `${RDF}nil`; node = objects(shapes, node, `${RDF}rest`)[0]!) {
        out.push(objects(shapes, node, `${RDF}first`)[0]!.value);
      }
      return out.sort();
    };
    const members = (scheme: string) =>
      ontology
        .getSubjects(`${SKOS}inScheme`, CG + scheme, null)
        .map((c) => c.value)
        .sort();
    expect(inList(`${CG}hedge`)).toEqual(members('HedgeScheme'));
    expect(inList(`${CG}sourcing`)).toEqual(members('SourcingScheme'));
    expect(inList(`${CG}channel`)).toEqual(members('ChannelScheme'));
    expect(inList(`${CG}category`)).toEqual(members('WeaponCategoryScheme'));
    for (const p of ['certainty', 'polarity', 'time', 'stance']) expect(inList(CG + p), p).toEqual(members(`${p[0]!.toUpperCase()}${p.slice(1)}Scheme`));
  });
});

// ── SHACL ───────────────────────────────────────────────────────────────────

const factory = { ...DataFactory, dataset: (quads?: Quad[]) => new Store(quads) };
const validator = new Validator(shapes, { factory });

interface Finding {
  focus: string;
  path: string | undefined;
  message: string;
}

async function validate(quads: Iterable<Quad>): Promise<{ conforms: boolean; results: Finding[] }> {
  const report = await validator.validate({ dataset: new Store([...quads]) });
  const results = (report.results as any[]).map((r) => ({
    focus: r.focusNode?.value as string,
    path: r.path?.[0]?.predicates?.[0]?.value as string | undefined,
    message: (r.message as Term[]).map((m) => m.value).join(' '),
  }));
  return { conforms: report.conforms as boolean, results };
}

const turtle = (body: string) => parse(`${prefixDeclarations('turtle')}\n@prefix ex: <http://example.org/> .\n${body}`);
const EX = 'http://example.org/';

/** A small article graph that satisfies every shape. */
const CONFORMING = `
ex:a a schema:NewsArticle ; rdfs:label "A" ; schema:datePublished "2025-03-01"^^xsd:date .
ex:cited a schema:NewsArticle ; rdfs:label "A cited column" .
ex:text a nif:Context ; nif:isString "Jo reportedly said: “We will go.” The missile reaches 300 km." ; nif:sourceUrl ex:a .
ex:s1 a nif:Sentence ; nif:beginIndex "0"^^xsd:nonNegativeInteger ; nif:endIndex "33"^^xsd:nonNegativeInteger ;
  nif:anchorOf "Jo reportedly said: “We will go.”" ; nif:referenceContext ex:text .
ex:part a nif:Phrase ; nif:beginIndex "21"^^xsd:nonNegativeInteger ; nif:endIndex "32"^^xsd:nonNegativeInteger ;
  nif:anchorOf "We will go." ; nif:referenceContext ex:text .
ex:m a nif:Phrase ; nif:beginIndex "0"^^xsd:nonNegativeInteger ; nif:endIndex "2"^^xsd:nonNegativeInteger ;
  nif:anchorOf "Jo" ; nif:referenceContext ex:text ; itsrdf:taIdentRef ex:jo .
ex:s2 a nif:Sentence ; nif:beginIndex "34"^^xsd:nonNegativeInteger ; nif:endIndex "62"^^xsd:nonNegativeInteger ;
  nif:anchorOf "The missile reaches 300 km." ; nif:referenceContext ex:text .
ex:jo a schema:Person ; rdfs:label "Jo" ; schema:sameAs wd:Q1 .
ex:aides a cg:UnnamedGroup, cg:UnnamedSource ; rdfs:label "Jo's aides" ; cg:associatedWith ex:jo .
ex:voice a prov:Agent ; rdfs:label "A (the article's own voice)" .
ex:place a schema:Place ; rdfs:label "Somewhere" .
ex:missile a cg:WeaponSystem ; rdfs:label "Missile" ; cg:category cg:CruiseMissile ; cg:range ex:missile-range .
ex:missile-range a schema:QuantitativeValue ; schema:value 300.0 ; schema:unitCode "KMT" .
ex:meeting a cg:Meeting, schema:Event ; rdfs:label "a meeting" ; schema:startDate "2025-01"^^xsd:gYearMonth ; schema:attendee ex:jo .
ex:q a schema:Quotation ; schema:text "We will go." ; rdfs:label "Jo will go" ; schema:isPartOf ex:a ;
  cg:holder ex:jo ; schema:audience ex:aides ; cg:madeIn ex:meeting ;
  cg:evidence ex:s1 ; cg:quotedPart ex:part ;
  cg:hedge cg:Reportedly ; cg:sourcing cg:SecondHand ; cg:channel cg:ClosedDoorMeetingChannel ; cg:reportingVerb "reportedly said" ;
  cg:certainty cg:Certain ; cg:polarity cg:Affirmed ; cg:time cg:Future ; cg:stance cg:Distances ;
  cg:reportStep ex:q-1, ex:q-2 ; cg:supports ex:c .
ex:q-1 a cg:ReportStep ; cg:position "1"^^xsd:positiveInteger ; cg:document ex:a .
ex:q-2 a cg:ReportStep ; cg:position "2"^^xsd:positiveInteger ; prov:agent ex:jo ; cg:document ex:cited .
ex:c a schema:Claim ; rdfs:label "The missile reaches 300 km" ; schema:isPartOf ex:a ; schema:about ex:missile ;
  cg:holder ex:voice ; cg:evidence ex:s2 ;
  cg:hedge cg:NoHedge ; cg:sourcing cg:ArticleVoice ; cg:channel cg:NarrationChannel ; cg:ordinal "1"^^xsd:positiveInteger ;
  cg:certainty cg:Certain ; cg:polarity cg:Affirmed ; cg:time cg:Present ; cg:stance cg:Endorses ;
  cg:reportStep ex:c-1 ; cg:content ex:c-content .
ex:c-1 a cg:ReportStep ; cg:position "1"^^xsd:positiveInteger ; cg:document ex:a ; prov:agent ex:voice .
cg:Reportedly a skos:Concept ; skos:inScheme cg:HedgeScheme ; skos:notation "reportedly" .
`;

/** Each case breaks the conforming graph: drop some triples, add others; the findings are exact. */
const BROKEN: { name: string; drop?: [string, string][]; add?: string; expect: [string, string | undefined][] }[] = [
  { name: 'a quotation without speaker', drop: [['q', `${CG}holder`]], expect: [['q', `${CG}holder`]] },
  { name: 'a claim without its certainty', drop: [['c', `${CG}certainty`]], expect: [['c', `${CG}certainty`]] },
  {
    name: 'a quotation with a polarity outside the scheme',
    drop: [['q', `${CG}polarity`]],
    add: 'ex:q cg:polarity cg:Certain .',
    expect: [['q', `${CG}polarity`]],
  },
  { name: 'a claim with a hedge outside the scheme', drop: [['c', `${CG}hedge`]], add: 'ex:c cg:hedge cg:Supposedly .', expect: [['c', `${CG}hedge`]] },
  { name: 'a claim with two hedges', add: 'ex:c cg:hedge cg:Reportedly .', expect: [['c', `${CG}hedge`]] },
  {
    name: 'a range with a string value',
    drop: [['missile-range', `${SCHEMA}value`]],
    add: 'ex:missile-range schema:value "300 km" .',
    expect: [['missile-range', `${SCHEMA}value`]],
  },
  { name: 'a range without a unit', drop: [['missile-range', `${SCHEMA}unitCode`]], expect: [['missile-range', undefined]] },
  { name: 'a claim without label', drop: [['c', `${RDFS}label`]], expect: [['c', `${RDFS}label`]] },
  {
    name: 'a quotation without text or parts',
    drop: [
      ['q', `${SCHEMA}text`],
      ['q', `${CG}quotedPart`],
    ],
    expect: [
      ['q', `${SCHEMA}text`],
      ['q', `${CG}quotedPart`],
    ],
  },
  { name: 'a quotation without a chain of reports', drop: [['q', `${CG}reportStep`]], expect: [['q', `${CG}reportStep`]] },
  {
    name: 'a report step with neither agent nor document',
    drop: [
      ['c-1', `${CG}document`],
      ['c-1', `${PREFIXES.prov}agent`],
    ],
    expect: [['c-1', undefined]],
  },
  { name: 'a report step with position 0', drop: [['q-2', `${CG}position`]], add: 'ex:q-2 cg:position 0 .', expect: [['q-2', `${CG}position`]] },
  {
    name: 'a span whose offsets are strings',
    drop: [['part', `${PREFIXES.nif}beginIndex`]],
    add: 'ex:part nif:beginIndex "21" .',
    // not a number, and so not 0 or more either; the quotation whose part it is fails its sh:node check too
    expect: [
      ['part', `${PREFIXES.nif}beginIndex`],
      ['part', `${PREFIXES.nif}beginIndex`],
      ['q', `${CG}quotedPart`],
    ],
  },
  {
    name: 'a claim in an article without its text',
    drop: [['text', `${PREFIXES.nif}sourceUrl`]],
    expect: [
      ['text', `${PREFIXES.nif}sourceUrl`],
      ['q', `${SCHEMA}isPartOf`],
      ['c', `${SCHEMA}isPartOf`],
    ],
  },
  { name: 'a weapons system without category', drop: [['missile', `${CG}category`]], expect: [['missile', `${CG}category`]] },
  {
    name: 'an event dated by a plain string',
    drop: [['meeting', `${SCHEMA}startDate`]],
    add: 'ex:meeting schema:startDate "January 2025" .',
    expect: [['meeting', `${SCHEMA}startDate`]],
  },
  { name: 'an unnamed source with two labels', add: 'ex:aides rdfs:label "aides" .', expect: [['aides', `${RDFS}label`]] },
  { name: 'a concept without notation', drop: [[`${CG}Reportedly`, `${SKOS}notation`]], expect: [[`${CG}Reportedly`, `${SKOS}notation`]] },
];

function brokenGraph({ drop = [], add = '' }: (typeof BROKEN)[number]): Store {
  const store = new Store(turtle(CONFORMING));
  for (const [s, p] of drop) store.removeQuads(store.getQuads(namedNode(s.includes(':') ? s : EX + s), namedNode(p), null, null));
  store.addQuads(turtle(add));
  return store;
}

describe('the SHACL shapes', () => {
  it('give every shape a message for the curator', () => {
    const nodeShapes = shapes.getSubjects(`${RDF}type`, `${SH}NodeShape`, null);
    const propertyShapes = shapes.getObjects(null, `${SH}property`, null);
    expect(nodeShapes.length).toBeGreaterThan(10);
    for (const s of [...nodeShapes, ...propertyShapes]) expect(englishText(shapes, s, `${SH}message`), s.value).toBe(true);
  });

  it('refer only to cg: terms the ontology defines', () => {
    for (const t of cgTerms(shapesQuads)) expect(ontology.countQuads(t, null, null, null), t).toBeGreaterThan(0);
  });

  it('accept a conforming article graph', async () => {
    const report = await validate(turtle(CONFORMING));
    expect(report.results).toEqual([]);
    expect(report.conforms).toBe(true);
  });

  it('accept it too with the ontology merged in (subclasses widen the targets)', async () => {
    const report = await validate([...turtle(CONFORMING), ...ontologyQuads]);
    expect(report.results).toEqual([]);
  });

  it('report a quotation without speaker, a hedge outside the scheme and a string range together', async () => {
    const store = new Store(turtle(CONFORMING));
    const drop = (s: string, p: string) => store.removeQuads(store.getQuads(namedNode(EX + s), namedNode(p), null, null));
    drop('q', `${CG}holder`);
    drop('c', `${CG}hedge`);
    drop('missile-range', `${SCHEMA}value`);
    store.addQuads(turtle('ex:c cg:hedge cg:Supposedly . ex:missile-range schema:value "far" .'));
    const report = await validate(store);
    expect(report.conforms).toBe(false);
    expect(report.results.map((r) => r.focus.slice(EX.length)).sort()).toEqual(['c', 'missile-range', 'q']);
    const about = (focus: string) => report.results.find((r) => r.focus === EX + focus)!.message;
    expect(about('q')).toMatch(/exactly one holder \(cg:holder/);
    expect(about('c')).toMatch(/cg:hedge must be one concept of cg:HedgeScheme/);
    expect(about('missile-range')).toMatch(/xsd:decimal/);
  });

  for (const c of BROKEN) {
    it(`report ${c.name}`, async () => {
      const report = await validate(brokenGraph(c));
      expect(report.conforms).toBe(false);
      const got = report.results.map((r) => [r.focus.startsWith(EX) ? r.focus.slice(EX.length) : r.focus, r.path]);
      expect(got.sort()).toEqual([...c.expect].sort());
      for (const r of report.results) expect(r.message, JSON.stringify(r)).not.toBe('');
    });
  }

  describe('on the bundled article', () => {
    const quads = parse(read('data/articles/trump-tomahawks.trig'), 'application/trig');
    const graph = (name: string) => quads.filter((q) => q.graph.value === name);

    it('accept its default graph', async () => {
      const report = await validate(quads.filter((q) => q.graph.termType === 'DefaultGraph'));
      expect(report.results).toEqual([]);
    });

    it('accept its editorial graph, validated alone', async () => {
      const editorial = graph('https://w3id.org/claimgraph/article/trump-tomahawks/editorial');
      expect(editorial.length).toBeGreaterThan(0);
      expect((await validate(editorial)).results).toEqual([]);
    });

    it('accept the range in its ATACMS claim content, validated alone, and reject it without a unit', async () => {
      const content = graph('https://w3id.org/claimgraph/article/trump-tomahawks/claim/atacms-range/content');
      expect(content.some((q) => q.predicate.value === `${CG}range`)).toBe(true);
      expect((await validate(content)).results).toEqual([]);
      const unitless = content.filter((q) => q.predicate.value !== `${SCHEMA}unitCode` && q.predicate.value !== `${SCHEMA}unitText`);
      const report = await validate(unitless);
      expect(report.results.map((r) => r.message)).toEqual([expect.stringMatching(/names its unit/)]);
    });
  });
});
