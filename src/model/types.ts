/** The plain typed objects the helpers return: ids, labels and nested references, never raw quads. */

/** What a node is, for views, filters and pictures. */
export type Kind =
  | 'person'
  | 'organization'
  | 'unnamed-source'
  | 'place'
  | 'weapon'
  | 'event'
  | 'document'
  | 'article'
  | 'concept'
  | 'claim'
  | 'quotation'
  | 'note'
  | 'voice'
  | 'other';

/** A reference to a node: its short id, IRI and label. */
export interface Ref {
  /** Short id: `donald-trump` for entities, `<article>/<id>` for claims and quotations. */
  id: string;
  iri: string;
  label: string;
}

export interface Entity extends Ref {
  kind: Kind;
  /** Classes, compacted (`schema:Person`). */
  types: string[];
  /** Other names the article uses. */
  names: string[];
  wikidata?: string;
  sameAs: string[];
  /** How the article describes it ("former President"). */
  descriptions: string[];
  affiliation?: Ref;
  associatedWith?: Ref;
  /** Number of mentions in the loaded articles. */
  mentions: number;
  /** Statements that report what is said of it (cg:presupposedBy): its date, attendees and place come from their content. */
  reportedBy?: Ref[];
  /** Events only: the date as printed in xsd form (2025-01), with its datatype. */
  date?: { value: string; datatype: string };
  attendees?: Ref[];
  location?: Ref;
}

/** A span of an article's text; offsets in Unicode code points, end exclusive. */
export interface Span {
  article: string;
  begin: number;
  end: number;
  text: string;
}

/** Evidence for a node: the span and the sentences it lies in. */
export interface Evidence extends Span {
  /** The span's own IRI (`…/text#char=b,e`). */
  iri: string;
  sentences: Span[];
}

/** A literal value in claim content. */
export interface LiteralValue {
  value: string | number | boolean;
  datatype: string;
  language?: string;
}

/** One triple of what a claim says, with nodes as references. */
export interface ContentTriple {
  subject: Ref;
  predicate: string;
  object: Ref | LiteralValue;
}

export interface AttributionStep {
  /** 1 is the article itself, the last step the original source. */
  position: number;
  agent?: Ref;
  document?: Ref;
  /** The outlet of the document, when known. */
  outlet?: Ref;
  /** The curator's reason, when the step is inferred rather than printed. */
  inference?: string;
  /** A readable name for the step. */
  label: string;
}

/** How the holder presents the statement and how the article relays it (after FactBank), with the printed cues. */
export interface Factuality {
  /** certain, probable, possible, underspecified */
  certainty: string;
  /** affirmed, negated, underspecified */
  polarity: string;
  /** past, present, future, unspecified */
  time: string;
  /** The reporting article's stance: endorses, neutral, distances. */
  stance: string;
  certaintyCue?: string;
  polarityCue?: string;
  timeCue?: string;
  stanceCue?: string;
}

interface StatementBase extends Ref {
  article: Ref;
  /** The holder: the speaker, the one a belief is ascribed to, the article's own voice, or its unspecified source. */
  holder: Ref & { kind: Kind };
  about: Ref[];
  audience?: Ref;
  /** Channel notation: interview, written, statement, closed-door-meeting, speech, … */
  channel: string;
  event?: Ref & { date?: string };
  /** Hedge notation: reportedly, suggested, claimed, notes, allegedly, or none. */
  hedge: string;
  hedged: boolean;
  reportingVerb?: string;
  /** Sourcing notation, derived from the chain: named-on-record, anonymous, second-hand, article-voice, unspecified. */
  sourcing: string;
  factuality: Factuality;
  /** The statement this one is reported inside. */
  within?: Ref;
  /** Who made the record (a curator or a program), and how sure they are (0 to 1). */
  annotator?: Ref;
  confidence: number;
  evidence: Evidence;
  /** The chain of reports, nearest first. */
  attribution: AttributionStep[];
  supports: Ref[];
  opposes: Ref[];
  denies: Ref[];
  corrects: Ref[];
  retracts: Ref[];
  /** Records of the same claim in other articles. */
  sameClaimAs: Ref[];
  reasonFor?: Ref;
  ordinal?: number;
  /** What the statement says, from its content graph. */
  content: ContentTriple[];
}

export interface Claim extends StatementBase {
  kind: 'claim';
}

export interface Quotation extends StatementBase {
  kind: 'quotation';
  /** The verbatim text: the printed parts joined by one space. */
  text: string;
  parts: Span[];
  speaker: Ref & { kind: Kind };
}

export type Statement = Claim | Quotation;

export interface WeaponSystem extends Ref {
  /** Category notation (cruise-missile) and label. */
  category: string;
  categoryLabel: string;
  names: string[];
  /** As stated by a claim; see `statedIn`. */
  /** `value` when the text gives one figure, `min`/`max` for "at least"/"up to"; `approximate` for "about". */
  range?: { value?: number; min?: number; max?: number; approximate: boolean; unit: string; unitCode?: string; claim: Ref };
  targets: Ref[];
  usedIn: Ref[];
  /** Claims that state the range, targets or uses. */
  statedIn: Ref[];
  mentions: number;
}

export interface Source extends Ref {
  kind: Kind;
  /** Unnamed persons and groups. */
  unnamed: boolean;
  /** A news organisation cited as a source (directly or as the publisher of a cited document). */
  outlet: boolean;
  /** Statements whose chain of reports passes through this source. */
  statements: Ref[];
}

export interface Article extends Ref {
  language?: string;
  published?: string;
  description?: string;
  textLength: number;
  counts: { entities: number; claims: number; quotations: number; weapons: number; sources: number; sentences: number };
}

export interface Description {
  entity: Ref;
  text: string;
  evidence: Evidence;
}

export interface EditorialNote extends Ref {
  text: string;
  motivation: 'commenting' | 'assessing';
  targets: Ref[];
  creator?: string;
}

export interface ArticleFilter {
  /** Restrict to one article: its slug, IRI or title. */
  article?: string;
}

export interface EntityFilter extends ArticleFilter {
  /** A kind (`person`, `place`, `weapon`…) or a class (`schema:Person`, full IRI). */
  type?: string;
}

export interface ClaimFilter extends ArticleFilter {
  /** The source or speaker: IRI, short id or label. */
  speaker?: string;
  /** An entity the statement is about (schema:about or named in its content). */
  about?: string;
  /** A hedge notation (`reportedly`) or `any` for every hedged statement. */
  hedge?: string;
  /** A sourcing notation: named-on-record, anonymous, second-hand, article-voice. */
  sourcing?: string;
  channel?: string;
}

export interface QuotationFilter extends ClaimFilter {}
