// The typed builder: the same annotation as a file, compiled by the same compiler; misspelt ids
// and values outside the ontology's lists fail; the second-edition fields reach the graph.
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { DataFactory } from 'n3';
import { isomorphic } from 'rdf-isomorphic';
import { describe, expect, it } from 'vitest';
import { article, CONTROLLED_VALUES } from '../../src/authoring/builder.js';
import { agentIri, articleIri } from '../../src/authoring/compile.js';
import { compileAnnotationSource } from '../../src/authoring/read.js';
import { AnnotationError } from '../../src/errors.js';
import { conceptScheme } from '../../src/ontology.js';
import { cg, dcterms, nif, PREFIXES, prov, rdf, schema, xsd } from '../../src/vocab.js';

const { namedNode, literal } = DataFactory;

const TEXT = 'Halvard Brekke, an invented analyst, said Vladimir Putin “reads every delay as a concession.” No decision was announced.';

function sample() {
  const a = article({
    id: 'builder-sample',
    title: 'A builder sample (invented)',
    text: TEXT,
    description: 'An invented example article for the builder test.',
    entities: { 'vladimir-putin': { type: 'Person', label: 'Vladimir Putin', names: ['Vladimir Putin'], wikidata: 'Q7747' } },
  });
  const brekke = a.entity('halvard-brekke', {
    type: 'Person',
    label: 'Halvard Brekke (invented)',
    names: ['Halvard Brekke'],
    described: ['an invented analyst'],
  });
  const delay = a.quotation({
    id: 'delay',
    parts: ['reads every delay as a concession.'],
    speaker: brekke,
    verb: 'said',
    channel: 'statement',
    about: ['vladimir-putin'],
  });
  a.claim({ id: 'no-decision', label: 'No decision was announced', evidence: 'No decision was announced.', source: 'article', opposes: [delay] });
  return { a, brekke, delay };
}

describe('article() builder', () => {
  it('returns typed handles and builds the annotation a file would hold', () => {
    const { a, brekke, delay } = sample();
    expect(brekke).toBe('halvard-brekke');
    expect(delay).toBe('delay');
    const built = a.build();
    expect(built.article).toMatchObject({ id: 'builder-sample', textIsInline: true, text: TEXT });
    expect(Object.keys(built.entities)).toEqual(['vladimir-putin', 'halvard-brekke']);
    expect(built.quotations?.[0]?.speaker).toBe('halvard-brekke');
  });

  it('compiles through the same compiler as a YAML or JSON file', () => {
    const { a } = sample();
    const compiled = a.compile();
    const fromJson = compileAnnotationSource(JSON.stringify(a.build()), { file: 'sample.json' });
    expect(isomorphic(compiled.quads, fromJson.quads)).toBe(true);
    const delay = `${articleIri('builder-sample')}/quote/delay`;
    const holder = compiled.quads.find((q) => q.subject.value === delay && q.predicate.equals(cg.holder));
    expect(holder?.object).toEqual(namedNode(`${PREFIXES.id}halvard-brekke`));
    const attributed = compiled.quads.find((q) => q.subject.value === `${delay}/content` && q.predicate.equals(prov.wasAttributedTo));
    expect(attributed?.object).toEqual(namedNode(`${PREFIXES.id}halvard-brekke`));
    const opposes = compiled.quads.find((q) => q.subject.value.endsWith('/claim/no-decision') && q.predicate.equals(cg.opposes));
    expect(opposes?.object).toEqual(namedNode(delay));
  });

  it('catches misspelt references: at compile time by type, and at run time by the compiler', () => {
    const a = article({ id: 'typo', title: 'Typo', text: TEXT });
    const brekke = a.entity('halvard-brekke', { type: 'Person', label: 'Halvard Brekke', names: ['Halvard Brekke'] });
    // @ts-expect-error: a plain string that is neither a handle nor declared in article({ entities })
    a.claim({ id: 'x', label: 'x', evidence: 'No decision was announced.', source: 'halvard-breke', channel: 'statement' });
    expect(() => a.compile()).toThrow(/unknown entity "halvard-breke".*"halvard-brekke"/);
    expect(() => a.entity('halvard-brekke', { type: 'Person', label: 'again' })).toThrow(AnnotationError);
    expect(brekke).toBe('halvard-brekke');
  });

  it('writes holders, inferred steps, nested statements, factuality, denials and the annotator', () => {
    const { a, couldFail, denied, onTrack } = secondEdition();
    const { quads } = a.compile();
    const iri = articleIri('builder-second-edition');
    const st = (id: string) => `${iri}/claim/${id}`;
    const objects = (s: string, p: { value: string }) => quads.filter((q) => q.subject.value === s && q.predicate.value === p.value).map((q) => q.object);
    const concept = (scheme: Parameters<typeof conceptScheme>[0], value: string) => namedNode(conceptScheme(scheme).get(value)!.iri);
    const step = (id: string, n: number) => `${st(id)}/step/${n}`;

    // The annotator: a program with its version, named on records and dating them.
    const drafter = agentIri('claimgraph drafter');
    expect(objects(drafter, rdf.type)).toContainEqual(prov.SoftwareAgent);
    expect(objects(drafter, schema.softwareVersion)).toEqual([literal('1.2.0')]);
    expect(objects(st(denied), cg.annotatedBy)).toEqual([namedNode(drafter)]);
    expect(objects(st(denied), dcterms.created)).toEqual([literal('2026-12-03', xsd.date)]);

    // Holders: an entity, and the unspecified source behind "is said to".
    expect(objects(st(couldFail), cg.holder)).toEqual([namedNode(`${PREFIXES.id}halvard-brekke`)]);
    expect(objects(st(onTrack), cg.holder)).toEqual([namedNode(`${iri}/unspecified-source`)]);
    expect(objects(st(onTrack), cg.sourcing)).toEqual([concept('SourcingScheme', 'anonymous')]);

    // Within: the nested statement's chain runs through the outlet that reports it.
    expect(objects(st(couldFail), cg.withinStatement)).toEqual([namedNode(st('reported'))]);
    expect(objects(step(couldFail, 2), prov.agent)).toEqual([namedNode(`${PREFIXES.id}courier`)]);
    expect(objects(step(couldFail, 3), prov.agent)).toEqual([namedNode(`${PREFIXES.id}halvard-brekke`)]);
    expect(objects(st(couldFail), cg.sourcing)).toEqual([concept('SourcingScheme', 'second-hand')]);

    // An inferred via step keeps its document and the curator's reason.
    expect(objects(step(denied, 2), cg.document)).toEqual([namedNode(`${PREFIXES.id}courier-report`)]);
    expect(objects(step(denied, 2), cg.inference)).toEqual([literal('The denial follows the Courier’s report, so it is read as reported there.')]);

    // Factuality, with and without cues; confidence on the record and its content.
    expect(objects(st(couldFail), cg.certainty)).toEqual([concept('CertaintyScheme', 'possible')]);
    expect(objects(st(couldFail), cg.certaintyCue)).toEqual([literal('could')]);
    expect(objects(st(couldFail), cg.time)).toEqual([concept('TimeScheme', 'future')]);
    expect(objects(st(couldFail), cg.timeCue)).toEqual([]);
    expect(objects(st(denied), cg.polarity)).toEqual([concept('PolarityScheme', 'negated')]);
    expect(objects(st(denied), cg.polarityCue)).toEqual([literal('denied')]);
    expect(objects(st(onTrack), cg.stance)).toEqual([concept('StanceScheme', 'distances')]);
    expect(objects(st(onTrack), cg.stanceCue)).toEqual([literal('are said to')]);
    expect(objects(st(couldFail), cg.confidence)).toEqual([literal('0.8', xsd.decimal)]);
    expect(objects(`${st(couldFail)}/content`, cg.confidence)).toEqual([literal('0.8', xsd.decimal)]);
    expect(objects(st(denied), cg.confidence)).toEqual([literal('1', xsd.decimal)]);

    // Denials, retractions and corrections, of this article's statements and of another's.
    expect(objects(st(denied), cg.retracts)).toEqual([namedNode(st(couldFail))]);
    expect(objects(st(denied), cg.corrects)).toEqual([namedNode(`${articleIri('earlier-article')}/claim/talks-fail`)]);
    expect(objects(st(onTrack), cg.denies)).toEqual([namedNode(st(couldFail))]);

    // Mentions carry the entity's confidence, or a mention's own.
    const mentionOf = (text: string) => quads.find((q) => q.predicate.equals(nif.anchorOf) && q.object.value === text)!.subject.value;
    expect(objects(mentionOf('Halvard Brekke'), cg.confidence)).toEqual([literal('0.9', xsd.decimal)]);
    expect(objects(mentionOf('the talks'), cg.confidence)).toEqual([literal('0.6', xsd.decimal)]);
  });

  it('builds what the annotation schema accepts, and what a file compiles to', () => {
    const built = secondEdition().a.build();
    const annotationSchema = JSON.parse(readFileSync(new URL('../../ontology/annotation.schema.json', import.meta.url), 'utf8'));
    const ajv = new Ajv2020({ allErrors: true, strict: true, validateFormats: false });
    const check = ajv.compile(annotationSchema);
    expect(check(built), ajv.errorsText(check.errors)).toBe(true);
    expect(built.article.annotator).toEqual({ name: 'claimgraph drafter', kind: 'program', version: '1.2.0', date: '2026-12-03' });
    expect(built.claims?.find((c) => c.id === 'denied')?.via).toEqual([
      { id: 'courier-report', inference: 'The denial follows the Courier’s report, so it is read as reported there.' },
    ]);
    expect(built.vocabulary?.terms).toEqual({ OnTrack: { label: 'on track' } });
    expect('vocabulary' in built.article).toBe(false);
    const fromJson = compileAnnotationSource(JSON.stringify(built), { file: 'second-edition.json', validate: false });
    const onTrack = `${articleIri('builder-second-edition')}/claim/on-track/content`;
    expect(fromJson.quads.some((q) => q.graph.value === onTrack && q.object.value === 'https://example.org/ns#OnTrack')).toBe(true);
    expect(isomorphic(secondEdition().a.compile().quads, fromJson.quads)).toBe(true);
  });

  it('types the controlled values as the ontology lists them, and the compiler rejects others', () => {
    const schemes = {
      hedge: 'HedgeScheme',
      sourcing: 'SourcingScheme',
      channel: 'ChannelScheme',
      category: 'WeaponCategoryScheme',
      certainty: 'CertaintyScheme',
      polarity: 'PolarityScheme',
      time: 'TimeScheme',
      stance: 'StanceScheme',
    } as const;
    for (const [field, scheme] of Object.entries(schemes)) {
      expect([...CONTROLLED_VALUES[field as keyof typeof schemes]], field).toEqual([...conceptScheme(scheme).keys()]);
    }
    const a = article({ id: 'bad-values', title: 'Bad values', text: TEXT });
    const brekke = a.entity('halvard-brekke', { type: 'Person', label: 'Halvard Brekke', names: ['Halvard Brekke'] });
    a.claim({
      id: 'x',
      label: 'x',
      evidence: 'No decision was announced.',
      holder: brekke,
      channel: 'statement',
      // @ts-expect-error: "likely" is not in cg:CertaintyScheme
      certainty: { value: 'likely', cue: 'likely' },
    });
    expect(() => a.compile()).toThrow(/"likely" is not in CertaintyScheme/);
  });

  it('types holders, steps and statement references', () => {
    // Never run: each call is a type error the compiler of types reports.
    const typeErrors = () => {
      const a = article({ id: 'types', title: 'Types', text: TEXT });
      const brekke = a.entity('halvard-brekke', { type: 'Person', label: 'Halvard Brekke' });
      const said = a.claim({ id: 'said', label: 'x', evidence: 'x', holder: brekke });
      // @ts-expect-error: a claim needs a holder
      a.claim({ id: 'no-holder', label: 'x', evidence: 'x' });
      // @ts-expect-error: one holder, under one name
      a.claim({ id: 'two-holders', label: 'x', evidence: 'x', holder: brekke, source: 'article' });
      // @ts-expect-error: an inferred step needs its reason
      a.claim({ id: 'no-reason', label: 'x', evidence: 'x', holder: brekke, via: [{ id: brekke }] });
      // @ts-expect-error: within takes a statement handle, not a plain id
      a.claim({ id: 'plain-within', label: 'x', evidence: 'x', holder: brekke, within: 'said' });
      // @ts-expect-error: a plain id is neither a handle nor another article's `slug/claim/id`
      a.claim({ id: 'plain-denies', label: 'x', evidence: 'x', holder: brekke, denies: ['said'] });
      // @ts-expect-error: "maybe" is not a time of cg:TimeScheme
      a.quotation({ id: 'bad-time', parts: ['x'], speaker: brekke, time: 'maybe' });
      a.claim({
        id: 'fine',
        label: 'x',
        evidence: 'x',
        holder: 'unspecified',
        within: said,
        denies: [said, 'other/claim/y'],
        via: [{ id: brekke, inference: 'why' }],
      });
    };
    expect(typeof typeErrors).toBe('function');
  });
});

const SECOND_TEXT = 'The Courier reported that Halvard Brekke said the talks could fail. Brekke later denied saying so. The talks are said to be on track.';

/** An invented article that uses the second-edition fields through the builder. */
function secondEdition() {
  const a = article({
    id: 'builder-second-edition',
    title: 'A second-edition builder sample (invented)',
    text: SECOND_TEXT,
    description: 'An invented example article for the builder test.',
    annotator: { name: 'claimgraph drafter', kind: 'program', version: '1.2.0', date: '2026-12-03' },
    vocabulary: { prefix: 'ex', namespace: 'https://example.org/ns#', terms: { OnTrack: { label: 'on track' } } },
  });
  const courier = a.entity('courier', { type: 'NewsOutlet', label: 'The Courier (invented)', names: ['The Courier'] });
  const brekke = a.entity('halvard-brekke', { type: 'Person', label: 'Halvard Brekke (invented)', names: ['Halvard Brekke', 'Brekke'], confidence: 0.9 });
  const report = a.entity('courier-report', { type: 'NewsArticle', label: 'The Courier’s report (invented)', publisher: courier });
  const talks = a.entity('talks', { type: 'PeaceTalks', label: 'the talks', mentions: [{ text: 'the talks', occurrence: 1, confidence: 0.6 }] });
  const reported = a.claim({
    id: 'reported',
    label: 'The Courier reported that Brekke said the talks could fail',
    evidence: 'The Courier reported that Halvard Brekke said the talks could fail.',
    holder: courier,
    channel: 'press-report',
    time: { value: 'past', cue: 'reported' },
  });
  const couldFail = a.claim({
    id: 'could-fail',
    label: 'The talks could fail',
    evidence: 'the talks could fail',
    holder: brekke,
    within: reported,
    verb: 'said',
    channel: 'statement',
    certainty: { value: 'possible', cue: 'could' },
    time: 'future',
    confidence: 0.8,
    about: [talks],
  });
  const denied = a.claim({
    id: 'denied',
    label: 'Brekke denied saying the talks could fail',
    evidence: 'Brekke later denied saying so.',
    holder: brekke,
    via: [{ id: report, inference: 'The denial follows the Courier’s report, so it is read as reported there.' }],
    channel: 'statement',
    polarity: { value: 'negated', cue: 'denied' },
    retracts: [couldFail],
    corrects: ['earlier-article/claim/talks-fail'],
  });
  const onTrack = a.claim({
    id: 'on-track',
    label: 'The talks are on track',
    evidence: 'The talks are said to be on track.',
    holder: 'unspecified',
    hedge: 'is-said-to',
    stance: { value: 'distances', cue: 'are said to' },
    denies: [couldFail],
    content: '[] a ex:OnTrack ; schema:about id:talks .',
  });
  return { a, couldFail, denied, onTrack };
}
