/**
 * The annotation format: what a curator writes (YAML or JSON) to model an article.
 * `ontology/annotation.schema.json` describes the same shape for editors.
 */

/** Exact printed text: unique in the article, or inside a unique `within`, or the n-th `occurrence` (1-based). */
export type SpanSpec =
  | string
  | { text: string; within?: string; occurrence?: number /** Mentions only: the annotator's confidence, 0 to 1. */; confidence?: number };

export type EntityType = keyof typeof ENTITY_TYPES;

export interface EntityAnnotation {
  type: EntityType;
  label: string;
  /** Names linked wherever they occur as whole words (whitespace inside a name matches any whitespace). */
  names?: string[];
  /** Further mentions given one by one: pronouns, descriptions, coreferent phrases. */
  mentions?: SpanSpec[];
  /** The article's own descriptions of the entity ("former President"). */
  described?: SpanSpec[];
  wikidata?: string;
  sameAs?: string[];
  affiliation?: string;
  /** An organisation the person no longer belongs to ("a former administration official"). */
  formerAffiliation?: string;
  worksFor?: string;
  associatedWith?: string;
  category?: string;
  date?: string;
  attendees?: string[];
  location?: string;
  author?: string;
  publisher?: string;
  /**
   * The statement that reports this entity's date, attendees and location: they go into
   * its content graph, and the entity is marked cg:presupposedBy it. Without it, an event's
   * date, attendees and location are facts only with a `source` of their own.
   */
  reportedBy?: string;
  /** The reference a fact-layer date, attendee list or location comes from (an IRI or a citation). */
  source?: string;
  /** The annotator's confidence in the entity's mentions, 0 to 1 (default 1). */
  confidence?: number;
}

/** A factuality value with the printed cue that gives it: `possible` or `{ value: possible, cue: could }`. */
export type FactualitySpec = string | { value: string; cue?: string };

/** A step of `via`: an entity id, or one the curator inferred, with the reason. */
export type ViaStep = string | { id: string; inference: string };

interface StatementAnnotation {
  id: string;
  label?: string;
  /**
   * Who says or holds it: an entity id, `article` for the article's own voice, or `unspecified` for the
   * unnamed reports behind "reportedly" (`source` and `speaker` are older names).
   */
  holder?: string;
  source?: string;
  /** Reports between this article and the holder, nearest first (documents or agents). */
  via?: ViaStep[];
  /** The statement this one is reported inside ("Politico reported that the inner circle warned …"). */
  within?: string;
  verb?: string;
  hedge?: string;
  /** Derived from the chain; when given, it must agree. */
  sourcing?: string;
  channel?: string;
  /** The event it was made in (a meeting, a speech, an interview). */
  event?: string;
  audience?: string;
  about?: string[];
  certainty?: FactualitySpec;
  polarity?: FactualitySpec;
  time?: FactualitySpec;
  /** The reporting article's stance; derived from the hedge when absent. */
  stance?: FactualitySpec;
  /** Statement ids, or `other-article/claim/id` for a statement of another article. */
  supports?: string[];
  opposes?: string[];
  denies?: string[];
  corrects?: string[];
  retracts?: string[];
  /** The same claim as a record of an earlier article: `other-article/claim/id`. */
  sameClaim?: string;
  reasonFor?: string;
  ordinal?: number;
  /** The annotator's confidence in this record and its content, 0 to 1 (default 1). */
  confidence?: number;
  /** Turtle: what the statement says, kept in a named graph of its own. */
  content?: string;
}

export interface ClaimAnnotation extends StatementAnnotation {
  label: string;
  evidence: SpanSpec;
}

export interface QuotationAnnotation extends StatementAnnotation {
  /** Each printed part between quotation marks, in order; together one quotation. */
  parts: SpanSpec[];
  speaker?: string;
}

export interface NoteAnnotation {
  id: string;
  text: string;
  motivation?: 'commenting' | 'assessing';
  about?: string[];
  span?: SpanSpec;
  /** A fact-check verdict on the statements in `about`, written as a schema:ClaimReview. */
  verdict?: { rating: number; best?: number; worst?: number; label: string };
}

/** Who made the annotation: a curator, or a program with its version. */
export interface AnnotatorAnnotation {
  name: string;
  kind?: 'curator' | 'program';
  version?: string;
  /** When the annotation was made (YYYY-MM-DD). */
  date?: string;
}

/** Terms of the annotation's own namespace, for content the package vocabulary does not cover. */
export interface VocabularyAnnotation {
  prefix: string;
  namespace: string;
  terms: Record<string, { label: string; comment?: string; kind?: 'class' | 'property' }>;
}

export interface ArticleAnnotation {
  article: {
    id: string;
    title: string;
    titleNote?: string;
    /** The article text, or a file name beside the annotation file. */
    text: string;
    textIsInline?: boolean;
    language?: string;
    url?: string;
    published?: string;
    author?: string;
    publisher?: string;
    curator?: string;
    /** Who made the annotation (default: the curator). */
    annotator?: AnnotatorAnnotation;
    /** Marks invented or otherwise special articles. */
    description?: string;
  };
  vocabulary?: VocabularyAnnotation;
  entities: Record<string, EntityAnnotation>;
  claims?: ClaimAnnotation[];
  quotations?: QuotationAnnotation[];
  notes?: NoteAnnotation[];
}

/** Entity types: the classes each is given (most specific first) and its kind in views and pictures. */
export const ENTITY_TYPES = {
  Person: { classes: ['schema:Person'], kind: 'person' },
  Organization: { classes: ['schema:Organization'], kind: 'organization' },
  GovernmentOrganization: { classes: ['schema:GovernmentOrganization', 'schema:Organization'], kind: 'organization' },
  NewsOutlet: { classes: ['schema:NewsMediaOrganization', 'schema:Organization'], kind: 'organization' },
  StateMedia: { classes: ['cg:StateMedia', 'schema:NewsMediaOrganization', 'schema:Organization'], kind: 'organization' },
  Company: { classes: ['schema:Corporation', 'schema:Organization'], kind: 'organization' },
  UnnamedPerson: { classes: ['cg:UnnamedPerson', 'cg:UnnamedSource'], kind: 'unnamed-source' },
  UnnamedGroup: { classes: ['cg:UnnamedGroup', 'cg:UnnamedSource'], kind: 'unnamed-source' },
  Country: { classes: ['schema:Country', 'schema:Place'], kind: 'place' },
  City: { classes: ['schema:City', 'schema:Place'], kind: 'place' },
  Region: { classes: ['schema:AdministrativeArea', 'schema:Place'], kind: 'place' },
  Place: { classes: ['schema:Place'], kind: 'place' },
  WeaponSystem: { classes: ['cg:WeaponSystem'], kind: 'weapon' },
  War: { classes: ['cg:War', 'schema:Event'], kind: 'event' },
  MilitaryOperation: { classes: ['cg:MilitaryOperation', 'schema:Event'], kind: 'event' },
  Meeting: { classes: ['cg:Meeting', 'schema:Event'], kind: 'event' },
  Speech: { classes: ['cg:Speech', 'schema:Event'], kind: 'event' },
  Interview: { classes: ['cg:Interview', 'schema:Event'], kind: 'event' },
  Statement: { classes: ['cg:PublicStatement', 'schema:Event'], kind: 'event' },
  PeaceTalks: { classes: ['cg:PeaceTalks', 'schema:Event'], kind: 'event' },
  Overture: { classes: ['cg:Overture', 'schema:Event'], kind: 'event' },
  Event: { classes: ['schema:Event'], kind: 'event' },
  Action: { classes: ['schema:Action'], kind: 'concept' },
  NewsArticle: { classes: ['schema:NewsArticle'], kind: 'document' },
  Report: { classes: ['schema:Report'], kind: 'document' },
  Document: { classes: ['schema:CreativeWork'], kind: 'document' },
  Concept: { classes: ['cg:Concept'], kind: 'concept' },
  Decision: { classes: ['cg:Decision'], kind: 'concept' },
  ProposedAction: { classes: ['cg:ProposedAction'], kind: 'concept' },
  AidPackage: { classes: ['cg:AidPackage'], kind: 'concept' },
  Strategy: { classes: ['cg:Strategy'], kind: 'concept' },
} as const satisfies Record<string, { classes: readonly string[]; kind: string }>;
