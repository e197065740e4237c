/** Namespaces and the terms the code refers to by name. The ontology file defines them. */
import { DataFactory } from 'n3';
import type { NamedNode } from '@rdfjs/types';

const { namedNode } = DataFactory;

/** Base of everything claimgraph mints. */
export const BASE = 'https://w3id.org/claimgraph/';

export const PREFIXES = {
  cg: `${BASE}ns#`,
  id: `${BASE}id/`,
  art: `${BASE}article/`,
  schema: 'http://schema.org/',
  prov: 'http://www.w3.org/ns/prov#',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  owl: 'http://www.w3.org/2002/07/owl#',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  dcterms: 'http://purl.org/dc/terms/',
  oa: 'http://www.w3.org/ns/oa#',
  nif: 'http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#',
  itsrdf: 'http://www.w3.org/2005/11/its/rdf#',
  np: 'http://www.nanopub.org/nschema#',
  sh: 'http://www.w3.org/ns/shacl#',
  wd: 'http://www.wikidata.org/entity/',
} as const;

type Prefix = keyof typeof PREFIXES;

/** A namespace whose properties are NamedNodes: `cg.hedge`, `schema.Person`. */
function ns<const T extends string>(base: string, names: readonly T[]): Record<T, NamedNode> & { iri(local: string): NamedNode } {
  const out = Object.fromEntries(names.map((n) => [n, namedNode(base + n)])) as unknown as Record<T, NamedNode>;
  return Object.assign(out, { iri: (local: string) => namedNode(base + local) });
}

export const cg = ns(PREFIXES.cg, [
  // classes
  'WeaponSystem',
  'UnnamedSource',
  'UnnamedPerson',
  'UnnamedGroup',
  'ProposedAction',
  'Concept',
  'Decision',
  'War',
  'MilitaryOperation',
  'Meeting',
  'Speech',
  'Interview',
  'PublicStatement',
  'PeaceTalks',
  'Overture',
  'EditorialNote',
  'Description',
  'Mention',
  'AidPackage',
  'Strategy',
  'State',
  'ContentProperty',
  'ReportStep',
  'UnspecifiedSource',
  'StateMedia',
  // statement records
  'holder',
  'content',
  'reportStep',
  'madeIn',
  'withinStatement',
  'presupposedBy',
  'inference',
  'channel',
  'hedge',
  'sourcing',
  'reportingVerb',
  'evidence',
  'quotedPart',
  'position',
  'document',
  'supports',
  'opposes',
  'denies',
  'corrects',
  'retracts',
  'sameClaimAs',
  'reasonFor',
  'ordinal',
  'describes',
  'certainty',
  'polarity',
  'time',
  'stance',
  'certaintyCue',
  'polarityCue',
  'timeCue',
  'stanceCue',
  'annotatedBy',
  'confidence',
  // entities and contents
  'category',
  'associatedWith',
  'formerAffiliation',
  'range',
  'canStrike',
  'usedIn',
  'considered',
  'excludedFrom',
  'condition',
  'unless',
  'cause',
  'purpose',
  'message',
  'negated',
  'modality',
  'experiencer',
  'approximate',
  'characterizedAs',
  'target',
  'comparedTo',
  'participant',
  // controlled lists
  'HedgeScheme',
  'SourcingScheme',
  'ChannelScheme',
  'WeaponCategoryScheme',
  'CertaintyScheme',
  'PolarityScheme',
  'TimeScheme',
  'StanceScheme',
  'StatusScheme',
] as const);

export const schema = ns(PREFIXES.schema, [
  'NewsArticle',
  'Report',
  'Claim',
  'Quotation',
  'Person',
  'Organization',
  'GovernmentOrganization',
  'NewsMediaOrganization',
  'Place',
  'Country',
  'City',
  'AdministrativeArea',
  'Event',
  'Action',
  'GiveAction',
  'QuantitativeValue',
  'CreativeWork',
  'name',
  'alternateName',
  'description',
  'text',
  'about',
  'author',
  'publisher',
  'isPartOf',
  'audience',
  'sameAs',
  'affiliation',
  'worksFor',
  'startDate',
  'attendee',
  'location',
  'agent',
  'object',
  'recipient',
  'actionStatus',
  'PotentialActionStatus',
  'CompletedActionStatus',
  'value',
  'unitCode',
  'unitText',
  'datePublished',
  'headline',
  'url',
  'inLanguage',
  'creativeWorkStatus',
  'appearance',
  'firstAppearance',
  'claimInterpreter',
  'softwareVersion',
  'ClaimReview',
  'Rating',
  'itemReviewed',
  'reviewRating',
  'reviewBody',
  'ratingValue',
  'bestRating',
  'worstRating',
  'claimReviewed',
  'participant',
  'minValue',
  'maxValue',
  'endDate',
  'eventStatus',
  'EventScheduled',
  'CommunicateAction',
  'Corporation',
] as const);

export const prov = ns(PREFIXES.prov, [
  'Agent',
  'Person',
  'SoftwareAgent',
  'Entity',
  'Activity',
  'wasAttributedTo',
  'wasGeneratedBy',
  'wasDerivedFrom',
  'wasQuotedFrom',
  'hadPrimarySource',
  'agent',
  'generatedAtTime',
] as const);

export const rdf = ns(PREFIXES.rdf, ['type', 'value', 'Property'] as const);
export const rdfs = ns(PREFIXES.rdfs, ['label', 'comment', 'subClassOf', 'subPropertyOf', 'seeAlso', 'isDefinedBy'] as const);
export const skos = ns(PREFIXES.skos, ['Concept', 'ConceptScheme', 'inScheme', 'prefLabel', 'notation', 'definition'] as const);
export const nif = ns(PREFIXES.nif, [
  'Context',
  'String',
  'Phrase',
  'Sentence',
  'beginIndex',
  'endIndex',
  'anchorOf',
  'referenceContext',
  'isString',
  'sourceUrl',
] as const);
export const itsrdf = ns(PREFIXES.itsrdf, ['taIdentRef'] as const);
export const oa = ns(PREFIXES.oa, ['Annotation', 'hasTarget', 'bodyValue', 'motivatedBy', 'commenting', 'assessing'] as const);
export const np = ns(PREFIXES.np, [
  'Nanopublication',
  'Assertion',
  'Provenance',
  'PublicationInfo',
  'hasAssertion',
  'hasProvenance',
  'hasPublicationInfo',
] as const);
export const owl = ns(PREFIXES.owl, ['Class', 'sameAs'] as const);
export const dcterms = ns(PREFIXES.dcterms, ['creator', 'created', 'source'] as const);
export const xsd = ns(PREFIXES.xsd, ['string', 'integer', 'decimal', 'date', 'gYearMonth', 'gYear', 'dateTime', 'nonNegativeInteger', 'boolean'] as const);

/** The XSD datatypes whose literals read as numbers, alike in SPARQL rows and in the typed helpers' content. */
export const NUMERIC_DATATYPES: ReadonlySet<string> = new Set(
  [
    'integer',
    'decimal',
    'double',
    'float',
    'int',
    'long',
    'short',
    'byte',
    'nonNegativeInteger',
    'positiveInteger',
    'negativeInteger',
    'nonPositiveInteger',
    'unsignedInt',
    'unsignedLong',
    'unsignedShort',
    'unsignedByte',
  ].map((t) => PREFIXES.xsd + t),
);

/** SPARQL/Turtle prefix declarations for every known namespace. */
export function prefixDeclarations(style: 'sparql' | 'turtle' = 'sparql'): string {
  return Object.entries(PREFIXES)
    .map(([p, iri]) => (style === 'sparql' ? `PREFIX ${p}: <${iri}>` : `@prefix ${p}: <${iri}> .`))
    .join('\n');
}

/** `cg:hedge` for a full IRI in a known namespace, the IRI itself otherwise. */
export function compact(iri: string): string {
  let best: [string, string] | undefined;
  for (const [p, base] of Object.entries(PREFIXES)) {
    if (iri.startsWith(base) && (!best || base.length > best[1].length)) best = [p, base];
  }
  if (!best) return iri;
  const local = iri.slice(best[1].length);
  return /^[A-Za-z_][\w.-]*$/.test(local) && !local.endsWith('.') ? `${best[0]}:${local}` : iri;
}

/** The IRI for a prefixed name (`schema:Person`), or the input unchanged when it has no known prefix. */
export function expand(name: string): string {
  const m = /^([a-z][\w-]*):(.*)$/i.exec(name);
  if (m && m[1]! in PREFIXES && !name.includes('//')) return PREFIXES[m[1] as Prefix] + m[2];
  return name;
}
