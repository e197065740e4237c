// The JSON Schema of the annotation format: the bundled annotations validate, broken ones do not,
// its fields are those of src/authoring/format.ts, and its lists agree with the compiler's
// (entity types) and the ontology's (SKOS notations).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import ts from 'typescript';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ENTITY_TYPES } from '../../src/authoring/format.js';
import { articleIri } from '../../src/authoring/compile.js';
import { compileAnnotationSource } from '../../src/authoring/read.js';
import { conceptScheme, type SchemeName } from '../../src/ontology.js';
import { bundledArticles } from '../../src/bundled.js';
import { cg } from '../../src/vocab.js';

const root = new URL('../../', import.meta.url);
const schema = JSON.parse(readFileSync(new URL('ontology/annotation.schema.json', root), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: true, validateFormats: false });
const check = ajv.compile(schema);
const annotation = (slug: string) => parse(readFileSync(new URL(`data/articles/${slug}.yaml`, root), 'utf8'));

/** A schema node with its `$ref` followed (the description beside a `$ref` stays the property's). */
const resolve = (node: any): any => (node?.$ref ? resolve(schema.$defs[node.$ref.replace('#/$defs/', '')]) : node);
/** The values a property allows: its enum, or that of the plain-value form of a `oneOf`. */
const valuesOf = (node: any): unknown[] | undefined => {
  const n = resolve(node);
  if (n.enum) return n.enum;
  for (const alt of n.oneOf ?? []) {
    const values = valuesOf(alt);
    if (values) return values;
  }
  return undefined;
};
const notations = (scheme: SchemeName) => [...conceptScheme(scheme).keys()];

// An annotation that uses every field of the format once, in both of its forms where it has two.
const TEXT =
  'Nadia Orlov, an invented minister, said “talks will resume.” Vesna TV reportedly said the talks could fail. ' +
  'The Courier wrote that Orlov denied it. Orlov did not sign the memo.';
const everyField = () => ({
  article: {
    id: 'every-field',
    title: 'Every field (invented)',
    titleNote: 'The curator’s title.',
    text: TEXT,
    textIsInline: true,
    language: 'en',
    url: 'https://example.org/every-field',
    published: '2026-11',
    author: 'ada-ink',
    publisher: 'courier',
    curator: 'claimgraph curators',
    annotator: { name: 'claimgraph drafter', kind: 'program', version: '0.1.0', date: '2026-12-03' },
    description: 'An invented example article that uses every field of the annotation format.',
  },
  vocabulary: {
    prefix: 'ex',
    namespace: 'https://example.org/ns#',
    terms: { Resumption: { label: 'resumption', comment: 'Talks starting again.', kind: 'class' }, fails: { label: 'fails' } },
  },
  entities: {
    'nadia-orlov': {
      type: 'Person',
      label: 'Nadia Orlov (invented)',
      names: ['Nadia Orlov', 'Orlov'],
      described: [{ text: 'an invented minister', within: 'Nadia Orlov, an invented minister' }],
      affiliation: 'ministry',
      formerAffiliation: 'courier',
      worksFor: 'ministry',
      sameAs: ['https://example.org/people/orlov'],
      confidence: 0.9,
    },
    'ada-ink': { type: 'Person', label: 'Ada Ink (invented author)', worksFor: 'courier' },
    ministry: { type: 'GovernmentOrganization', label: 'the ministry (invented)', associatedWith: 'nadia-orlov' },
    courier: { type: 'NewsOutlet', label: 'The Courier (invented)', names: ['The Courier'] },
    'vesna-tv': { type: 'StateMedia', label: 'Vesna TV (invented)', names: ['Vesna TV'] },
    'vesna-owner': { type: 'Company', label: 'Vesna Holdings (invented)' },
    talks: {
      type: 'PeaceTalks',
      label: 'the talks',
      mentions: [
        { text: 'talks', within: 'the talks could fail', confidence: 0.8 },
        { text: 'it', occurrence: 1, within: 'denied it' },
      ],
      date: '2026-11-30',
      attendees: ['nadia-orlov'],
      location: 'geneva',
      reportedBy: 'resume',
    },
    summit: { type: 'Meeting', label: 'a summit', date: '2026', source: 'https://example.org/summit' },
    geneva: { type: 'City', label: 'Geneva', wikidata: 'Q71' },
    memo: { type: 'Document', label: 'the memo', names: ['the memo'], author: 'nadia-orlov', publisher: 'ministry' },
    signing: { type: 'Action', label: 'signing the memo' },
    missile: { type: 'WeaponSystem', label: 'a missile', category: 'cruise-missile' },
    'courier-report': { type: 'NewsArticle', label: 'The Courier’s report', publisher: 'courier' },
  },
  claims: [
    {
      id: 'could-fail',
      label: 'The talks could fail',
      evidence: 'Vesna TV reportedly said the talks could fail.',
      holder: 'vesna-tv',
      verb: 'reportedly said',
      hedge: 'reportedly',
      channel: 'broadcast',
      certainty: { value: 'possible', cue: 'could' },
      time: 'future',
      stance: 'distances',
      about: ['talks'],
      event: 'summit',
      audience: 'ministry',
      opposes: ['resume'],
      sameClaim: 'other-article/claim/talks-fail',
      confidence: 0.7,
      content: 'id:talks ex:fails true .',
    },
    {
      id: 'wrote',
      label: 'The Courier wrote that Orlov denied the talks could fail',
      evidence: 'The Courier wrote that Orlov denied it.',
      source: 'courier',
      channel: 'press-report',
      time: { value: 'past', cue: 'wrote' },
    },
    {
      id: 'denied',
      label: 'Orlov denied that the talks could fail',
      evidence: { text: 'Orlov denied it', within: 'The Courier wrote that Orlov denied it.' },
      holder: 'nadia-orlov',
      within: 'wrote',
      channel: 'unspecified',
      polarity: { value: 'negated', cue: 'denied' },
      denies: ['could-fail'],
      corrects: ['other-article/quote/old-line'],
      retracts: ['other-article/earlier'],
      supports: ['resume'],
    },
    {
      id: 'not-signed',
      label: 'Orlov did not sign the memo',
      evidence: 'Orlov did not sign the memo.',
      holder: 'article',
      sourcing: 'article-voice',
      polarity: 'negated',
      reasonFor: 'signing',
      ordinal: 1,
    },
    {
      id: 'heard',
      label: 'Someone heard of the memo',
      evidence: { text: 'the memo', occurrence: 1 },
      holder: 'unspecified',
      via: ['courier-report', { id: 'memo', inference: 'The memo is the only document the sentence names.' }],
      channel: 'leak',
    },
  ],
  quotations: [
    {
      id: 'resume',
      label: 'The talks will resume',
      parts: ['talks will resume.'],
      speaker: 'nadia-orlov',
      verb: 'said',
      channel: 'statement',
      time: { value: 'future', cue: 'will' },
      content: '[] a ex:Resumption ; schema:about id:talks .',
    },
    { id: 'resume-again', parts: [{ text: 'talks will resume.' }], holder: 'nadia-orlov', channel: 'statement' },
  ],
  notes: [
    { id: 'orlov', text: 'Orlov is invented.', motivation: 'commenting', about: ['nadia-orlov'], span: 'Nadia Orlov' },
    {
      id: 'check',
      text: 'No talks were scheduled.',
      motivation: 'assessing',
      about: ['resume'],
      verdict: { rating: 2, best: 5, worst: 1, label: 'Mostly false' },
    },
  ],
});

describe('ontology/annotation.schema.json', () => {
  it('accepts every bundled annotation', () => {
    expect(bundledArticles()).toEqual([
      'envoys-tomahawk-question',
      'halvorsen-kettle-recall',
      'kessel-denies-fault',
      'marlow-doping-case',
      'riverton-library-cuts',
      'trump-tomahawks',
    ]);
    for (const slug of bundledArticles()) {
      expect(check(annotation(slug)), `${slug}: ${ajv.errorsText(check.errors)}`).toBe(true);
    }
  });

  it('accepts every field of the format, as the compiler does', () => {
    const a = everyField();
    expect(check(a), ajv.errorsText(check.errors)).toBe(true);
    const compiled = compileAnnotationSource(JSON.stringify(a), { file: 'every-field.json', validate: false });
    const heard = `${articleIri('every-field')}/claim/heard`;
    expect(compiled.quads.some((q) => q.subject.value === heard && q.predicate.equals(cg.holder) && q.object.value.endsWith('/unspecified-source'))).toBe(true);
    expect(compiled.quads.some((q) => q.predicate.equals(cg.inference))).toBe(true);
  });

  it('rejects broken annotations, naming the field', () => {
    const broken = (edit: (a: any) => void, slug = 'envoys-tomahawk-question') => {
      const a = slug === 'every-field' ? everyField() : annotation(slug);
      edit(a);
      expect(check(a)).toBe(false);
      return ajv.errorsText(check.errors);
    };
    expect(broken((a) => delete a.article.title)).toMatch(/title/);
    expect(broken((a) => (a.entities.tomahawk.type = 'Missile'))).toMatch(/entities\/tomahawk\/type/);
    expect(broken((a) => (a.claims[0].hedge = 'supposedly'))).toMatch(/claims\/0\/hedge/);
    expect(broken((a) => (a.claims[0].sourse = 'article'))).toMatch(/additional properties/);
    expect(broken((a) => (a.entities['Bad Id'] = { type: 'Person', label: 'x' }))).toMatch(/property name/);
    expect(broken((a) => (a.quotations[0].parts = []))).toMatch(/parts/);
    expect(broken((a) => (a.entities.brussels.wikidata = 'Brussels'))).toMatch(/wikidata/);
    expect(broken((a) => (a.entities['brussels-briefing'].date = '14 March 2025'))).toMatch(/date/);
    // Factuality: a value outside the scheme, bare or with its cue.
    expect(broken((a) => (a.claims[0].certainty = 'likely'))).toMatch(/claims\/0\/certainty must be equal to one of the allowed values/);
    expect(broken((a) => (a.claims[0].certainty = { value: 'likely', cue: 'likely' }))).toMatch(
      /claims\/0\/certainty\/value must be equal to one of the allowed values/,
    );
    expect(broken((a) => (a.claims[0].polarity = { cue: 'not' }))).toMatch(/claims\/0\/polarity must have required property 'value'/);
    expect(broken((a) => (a.claims[0].time = 'tomorrow'))).toMatch(/claims\/0\/time/);
    expect(broken((a) => (a.quotations[0].stance = 'sceptical'))).toMatch(/quotations\/0\/stance/);
    // Chains: a via step needs its id, and an inferred one its reason.
    expect(broken((a) => (a.claims[0].via = [{ inference: 'The next sentence names the report.' }]))).toMatch(
      /claims\/0\/via\/0 must have required property 'id'/,
    );
    expect(broken((a) => (a.claims[0].via = [{ id: 'meridian-account' }]))).toMatch(/claims\/0\/via\/0 must have required property 'inference'/);
    expect(broken((a) => (a.claims[0].within = 'Another Claim'))).toMatch(/claims\/0\/within/);
    expect(broken((a) => (a.claims[0].denies = ['other/article/claim/x']))).toMatch(/claims\/0\/denies\/0/);
    // Every statement needs a holder, under one of its names.
    expect(
      broken((a) => {
        for (const k of ['holder', 'source']) delete a.claims[0][k];
      }),
    ).toMatch(/claims\/0 must have required property 'holder'/);
    expect(
      broken((a) => {
        for (const k of ['holder', 'speaker', 'source']) delete a.quotations[0][k];
      }),
    ).toMatch(/quotations\/0 must have required property 'holder'/);
    // Verdicts: a rating, a label, and the statements reviewed.
    expect(broken((a) => Object.assign(a.notes[0], { about: [a.claims[0].id], verdict: { label: 'False' } }))).toMatch(
      /notes\/0\/verdict must have required property 'rating'/,
    );
    expect(broken((a) => (a.notes[0].verdict = { rating: 'low', label: 'False' }))).toMatch(/notes\/0\/verdict\/rating must be number/);
    expect(broken((a) => delete a.notes[1].about, 'every-field')).toMatch(/notes\/1 must have property about when property verdict is present/);
    // Confidence is a number from 0 to 1, and only mentions among spans carry one.
    expect(broken((a) => (a.claims[0].confidence = 1.5))).toMatch(/claims\/0\/confidence must be <= 1/);
    expect(broken((a) => (a.entities.tomahawk.mentions[0].confidence = -0.1))).toMatch(/entities\/tomahawk\/mentions\/0\/confidence must be >= 0/);
    expect(broken((a) => (a.claims[0].evidence = { text: a.claims[0].evidence, confidence: 0.5 }))).toMatch(/claims\/0\/evidence/);
    // What the compiler requires of entities and the annotator.
    expect(broken((a) => delete a.entities.tomahawk.category)).toMatch(/entities\/tomahawk must have required property 'category'/);
    expect(broken((a) => delete a.entities['brussels-briefing'].reportedBy)).toMatch(/entities\/brussels-briefing must have required property 'reportedBy'/);
    expect(broken((a) => (a.entities.tomahawk.formerAffiliation = 'Pentagon'))).toMatch(/entities\/tomahawk\/formerAffiliation/);
    expect(broken((a) => (a.article.annotator = { name: 'drafter', kind: 'robot' }))).toMatch(/article\/annotator\/kind/);
    expect(broken((a) => (a.vocabulary.namespace = 'https://example.org/ns'), 'every-field')).toMatch(/vocabulary\/namespace/);
    expect(broken((a) => (a.vocabulary.terms.fails = { comment: 'no label' }), 'every-field')).toMatch(
      /vocabulary\/terms\/fails must have required property 'label'/,
    );
  });

  it('describes every field', () => {
    const missing: string[] = [];
    const walk = (node: any, path: string) => {
      if (!node || typeof node !== 'object') return;
      if (node.enum && !node.description) missing.push(`${path} (enum)`);
      if (node.properties)
        for (const [k, v] of Object.entries<any>(node.properties)) {
          if (!v.description) missing.push(`${path}.${k}`);
          walk(v, `${path}.${k}`);
        }
      for (const key of ['items', 'additionalProperties']) walk(node[key], `${path}[]`);
      for (const [k, v] of Object.entries<any>(node.$defs ?? {})) {
        if (!v.description) missing.push(`#${k}`);
        walk(v, `#${k}`);
      }
      for (const v of node.oneOf ?? []) walk(v, path);
    };
    walk(schema, '');
    expect(missing).toEqual([]);
  });

  it('lists the compiler’s entity types and the ontology’s controlled values', () => {
    const d = schema.$defs;
    expect(valuesOf(d.entity.properties.type)).toEqual(Object.keys(ENTITY_TYPES));
    expect(valuesOf(d.entity.properties.category)).toEqual(notations('WeaponCategoryScheme'));
    const schemes = {
      hedge: 'HedgeScheme',
      sourcing: 'SourcingScheme',
      channel: 'ChannelScheme',
      certainty: 'CertaintyScheme',
      polarity: 'PolarityScheme',
      time: 'TimeScheme',
      stance: 'StanceScheme',
    } as const;
    for (const kind of ['claim', 'quotation']) {
      for (const [field, scheme] of Object.entries(schemes)) {
        expect(valuesOf(d[kind].properties[field]), `${kind}.${field}`).toEqual(notations(scheme));
        expect(notations(scheme).length, scheme).toBeGreaterThan(1);
      }
      // A factuality value also comes with its printed cue.
      for (const field of ['certainty', 'polarity', 'time', 'stance']) {
        const withCue = resolve(d[kind].properties[field])
          .oneOf.map(resolve)
          .find((alt: any) => alt.type === 'object');
        expect(Object.keys(withCue.properties), `${kind}.${field}`).toEqual(['value', 'cue']);
      }
    }
  });

  it('has the fields of src/authoring/format.ts, required where the types require them', () => {
    const file = fileURLToPath(new URL('src/authoring/format.ts', root));
    const program = ts.createProgram([file], { strict: true, noEmit: true, target: ts.ScriptTarget.ES2022, types: [] });
    const checker = program.getTypeChecker();
    const exported = new Map(checker.getExportsOfModule(checker.getSymbolAtLocation(program.getSourceFile(file)!)!).map((s) => [s.name, s]));
    const declared = (name: string) => checker.getDeclaredTypeOfSymbol(exported.get(name)!);
    const member = (type: ts.Type, name: string) => checker.getNonNullableType(checker.getTypeOfSymbol(type.getProperty(name)!));
    const objectPart = (type: ts.Type) => (type.isUnion() ? type.types.find((t) => t.flags & ts.TypeFlags.Object)! : type);
    const literals = (type: ts.Type) => (type.isUnion() ? type.types : [type]).map((t) => (t as ts.StringLiteralType).value);
    // name → required, for a TypeScript type and for a schema object.
    const tsFields = (type: ts.Type) => Object.fromEntries(checker.getPropertiesOfType(type).map((p) => [p.name, !(p.flags & ts.SymbolFlags.Optional)]));
    const schemaFields = (node: any) => Object.fromEntries(Object.keys(node.properties).map((k) => [k, (node.required ?? []).includes(k)]));
    const sorted = (o: Record<string, boolean>) => Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));
    const same = (type: ts.Type, node: any, what: string) => expect(sorted(schemaFields(node)), what).toEqual(sorted(tsFields(type)));

    const d = schema.$defs;
    const articleAnnotation = declared('ArticleAnnotation');
    same(articleAnnotation, schema, 'ArticleAnnotation');
    same(member(articleAnnotation, 'article'), schema.properties.article, 'ArticleAnnotation.article');
    same(declared('EntityAnnotation'), d.entity, 'EntityAnnotation');
    same(declared('ClaimAnnotation'), d.claim, 'ClaimAnnotation');
    same(declared('QuotationAnnotation'), d.quotation, 'QuotationAnnotation');
    same(declared('NoteAnnotation'), d.note, 'NoteAnnotation');
    same(member(declared('NoteAnnotation'), 'verdict'), d.verdict, 'NoteAnnotation.verdict');
    same(declared('AnnotatorAnnotation'), d.annotator, 'AnnotatorAnnotation');
    same(declared('VocabularyAnnotation'), d.vocabulary, 'VocabularyAnnotation');
    const term = checker.getIndexInfoOfType(member(declared('VocabularyAnnotation'), 'terms'), ts.IndexKind.String)!.type;
    same(term, d.vocabulary.properties.terms.additionalProperties, 'VocabularyAnnotation.terms[]');
    same(objectPart(declared('ViaStep')), resolve(d.viaStep.oneOf[1]), 'ViaStep');
    for (const f of ['certainty', 'polarity', 'time', 'stance']) same(objectPart(declared('FactualitySpec')), d[f].oneOf[1], `FactualitySpec (${f})`);
    // Mentions carry a confidence; the other spans (evidence, parts, descriptions, notes) do not.
    const span = objectPart(declared('SpanSpec'));
    same(span, d.mention.oneOf[1], 'SpanSpec (mentions)');
    expect(Object.keys(d.span.oneOf[1].properties)).toEqual(Object.keys(tsFields(span)).filter((k) => k !== 'confidence'));
    // Both statement kinds share every field but their own.
    const own = { claim: ['evidence'], quotation: ['parts', 'speaker'] };
    expect(Object.keys(d.claim.properties).filter((k) => !own.claim.includes(k))).toEqual(
      Object.keys(d.quotation.properties).filter((k) => !own.quotation.includes(k)),
    );
    // Closed lists the types spell out.
    expect(d.annotator.properties.kind.enum).toEqual(literals(member(declared('AnnotatorAnnotation'), 'kind')));
    expect(d.note.properties.motivation.enum).toEqual(literals(member(declared('NoteAnnotation'), 'motivation')));
    expect(d.vocabulary.properties.terms.additionalProperties.properties.kind.enum).toEqual(literals(member(term, 'kind')));
  });
});
