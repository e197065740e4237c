/**
 * The annotation format: what a curator writes (YAML or JSON) to model an article.
 * `ontology/annotation.schema.json` describes the same shape for editors.
 */

/** Exact printed text: unique in the article, or inside a unique `within`, or the n-th `occurrence` (1-based). */
export type SpanSpec = string | { text: string; within?: string; occurrence?: number };

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
  worksFor?: string;
  associatedWith?: string;
  category?: string;
  date?: string;
  attendees?: string[];
  location?: string;
  author?: string;
  publisher?: string;
}

interface StatementAnnotation {
  id: string;
  label?: string;
  /** Who said or holds it: an entity id, or `article` for the article's own voice. */
  source?: string;
  /** Reports between this article and the source, nearest first (documents or agents). */
  via?: string[];
  verb?: string;
  hedge?: string;
  sourcing?: string;
  channel?: string;
  event?: string;
  audience?: string;
  about?: string[];
  supports?: string[];
  opposes?: string[];
  reasonFor?: string;
  ordinal?: number;
  /** Turtle: what the statement says, kept in a named graph of its own. */
  content?: string;
}

export interface ClaimAnnotation extends StatementAnnotation {
  label: string;
  evidence: SpanSpec;
  source: string;
}

export interface QuotationAnnotation extends StatementAnnotation {
  /** Each printed part between quotation marks, in order; together one quotation. */
  parts: SpanSpec[];
  speaker: string;
}

export interface NoteAnnotation {
  id: string;
  text: string;
  motivation?: 'commenting' | 'assessing';
  about?: string[];
  span?: SpanSpec;
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
    /** Marks invented or otherwise special articles. */
    description?: string;
  };
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
  NewsArticle: { classes: ['schema:NewsArticle'], kind: 'document' },
  Report: { classes: ['schema:Report'], kind: 'document' },
  Concept: { classes: ['cg:Concept'], kind: 'concept' },
  Decision: { classes: ['cg:Decision'], kind: 'concept' },
  ProposedAction: { classes: ['cg:ProposedAction'], kind: 'concept' },
  AidPackage: { classes: ['cg:AidPackage'], kind: 'concept' },
  Strategy: { classes: ['cg:Strategy'], kind: 'concept' },
} as const satisfies Record<string, { classes: readonly string[]; kind: string }>;
