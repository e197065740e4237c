/**
 * A typed builder for annotations, for articles modelled in code. Every entity and statement
 * call returns a typed reference; references are typed so a misspelt id is a compile error:
 * use the returned handles, or ids declared in `article({ entities })`. Controlled values
 * (hedge, channel, certainty, polarity, time, stance) are typed too. `build()` gives the
 * same ArticleAnnotation a YAML file holds, and `compile()` runs the same compiler.
 *
 *   const a = article({ id: 'my-article', title: 'My article', text });
 *   const trump = a.entity('donald-trump', { type: 'Person', label: 'Donald Trump', names: ['Trump'] });
 *   const said = a.claim({ id: 'said-x', label: '…', evidence: '…', holder: trump, channel: 'statement' });
 *   a.claim({ id: 'denied-x', label: '…', evidence: '…', holder: trump, polarity: { value: 'negated', cue: 'denied' }, retracts: [said] });
 */
import { AnnotationError } from '../errors.js';
import { compileAnnotation, type CompiledArticle } from './compile.js';
import type { ArticleAnnotation, ClaimAnnotation, EntityAnnotation, NoteAnnotation, QuotationAnnotation, VocabularyAnnotation } from './format.js';

declare const entityBrand: unique symbol;
declare const statementBrand: unique symbol;
/** An entity id returned by `entity()`. */
export type EntityRef<I extends string = string> = I & { readonly [entityBrand]: true };
/** A claim or quotation id returned by `claim()` or `quotation()`. */
export type StatementRef<I extends string = string> = I & { readonly [statementBrand]: true };
/** A statement of another article of the corpus: `other-article/claim/id` or `other-article/quote/id`. */
export type ForeignStatementRef = `${string}/${string}`;

/**
 * The notations of the ontology's controlled lists (ontology/claimgraph.ttl), as the builder's
 * types spell them; the builder tests check that they are the ontology's.
 */
export const CONTROLLED_VALUES = {
  hedge: ['reportedly', 'suggested', 'claimed', 'notes', 'allegedly', 'apparently', 'unconfirmed', 'is-said-to', 'none'],
  sourcing: ['named-on-record', 'anonymous', 'second-hand', 'article-voice', 'unspecified'],
  channel: [
    'interview',
    'written',
    'statement',
    'closed-door-meeting',
    'speech',
    'press-report',
    'conversation',
    'belief',
    'narration',
    'press-conference',
    'broadcast',
    'social-media',
    'document',
    'leak',
    'unspecified',
  ],
  category: ['cruise-missile', 'ballistic-missile', 'strategic-bomber'],
  certainty: ['certain', 'probable', 'possible', 'underspecified'],
  polarity: ['affirmed', 'negated', 'underspecified'],
  time: ['past', 'present', 'future', 'unspecified'],
  stance: ['endorses', 'neutral', 'distances'],
} as const;
type Values = typeof CONTROLLED_VALUES;
export type Hedge = Values['hedge'][number];
export type Sourcing = Values['sourcing'][number];
export type Channel = Values['channel'][number];
export type WeaponCategory = Values['category'][number];
export type Certainty = Values['certainty'][number];
export type Polarity = Values['polarity'][number];
export type Time = Values['time'][number];
export type Stance = Values['stance'][number];
/** A factuality value, or the value with the printed cue that gives it (`{ value: 'possible', cue: 'could' }`). */
export type Factuality<V extends string> = V | { value: V; cue?: string };

/** An entity reference: a handle, or an id declared in `article({ entities })`. */
type Ent<K extends string> = EntityRef | K;
/** Who says or holds a statement: an entity, `article` for the article's own voice, `unspecified` for the unnamed reports behind "reportedly". */
export type Holder<K extends string = never> = Ent<K> | 'article' | 'unspecified';
/** A step of `via`: a document or agent, or one the curator inferred, with the reason. */
export type ViaInput<K extends string = never> = Ent<K> | { id: Ent<K>; inference: string };
/** A statement of this article (a handle) or of another (`other-article/claim/id`). */
type AnyStatement = StatementRef | ForeignStatementRef;

type EntityFields = 'affiliation' | 'formerAffiliation' | 'worksFor' | 'associatedWith' | 'attendees' | 'location' | 'author' | 'publisher' | 'category';
export interface EntityInput<K extends string> extends Omit<EntityAnnotation, EntityFields> {
  affiliation?: Ent<K>;
  formerAffiliation?: Ent<K>;
  worksFor?: Ent<K>;
  associatedWith?: Ent<K>;
  category?: WeaponCategory;
  attendees?: Ent<K>[];
  location?: Ent<K>;
  author?: Ent<K>;
  publisher?: Ent<K>;
  // `reportedBy` stays a plain id: entities come before the statements that report them; the compiler checks it.
}

type StatementFields =
  | 'id'
  | 'holder'
  | 'source'
  | 'via'
  | 'within'
  | 'event'
  | 'audience'
  | 'about'
  | 'hedge'
  | 'sourcing'
  | 'channel'
  | 'certainty'
  | 'polarity'
  | 'time'
  | 'stance'
  | 'supports'
  | 'opposes'
  | 'denies'
  | 'corrects'
  | 'retracts'
  | 'sameClaim'
  | 'reasonFor';
interface StatementRefs<K extends string> {
  /** Reports between this article and the holder, nearest first. */
  via?: ViaInput<K>[];
  /** The statement this one is reported inside. */
  within?: StatementRef;
  event?: Ent<K>;
  audience?: Ent<K>;
  about?: Ent<K>[];
  hedge?: Hedge;
  /** Derived from the chain; when given, the compiler checks that it agrees. */
  sourcing?: Sourcing;
  channel?: Channel;
  certainty?: Factuality<Certainty>;
  polarity?: Factuality<Polarity>;
  time?: Factuality<Time>;
  stance?: Factuality<Stance>;
  supports?: AnyStatement[];
  opposes?: AnyStatement[];
  denies?: AnyStatement[];
  corrects?: AnyStatement[];
  retracts?: AnyStatement[];
  /** The same claim as recorded for an earlier article. */
  sameClaim?: ForeignStatementRef;
  reasonFor?: Ent<K>;
}
/** The holder under exactly one of its names. */
type HolderUnder<K extends string, Names extends string> = {
  [N in Names]: { [P in N]: Holder<K> } & { [P in Exclude<Names, N>]?: never };
}[Names];

/** A claim; its holder is `holder` (or the older `source`). */
export type ClaimInput<K extends string, I extends string> = Omit<ClaimAnnotation, StatementFields> &
  StatementRefs<K> & { id: I } & HolderUnder<K, 'holder' | 'source'>;
/** A quotation; its holder is `holder` (or the older `speaker` or `source`). */
export type QuotationInput<K extends string, I extends string> = Omit<QuotationAnnotation, StatementFields | 'speaker'> &
  StatementRefs<K> & { id: I } & HolderUnder<K, 'holder' | 'speaker' | 'source'>;
export interface NoteInput<K extends string> extends Omit<NoteAnnotation, 'about'> {
  about?: (Ent<K> | StatementRef)[];
}

export interface ArticleMeta<K extends string> extends Omit<ArticleAnnotation['article'], 'text' | 'textIsInline' | 'author' | 'publisher'> {
  /** The article text itself (not a file name). */
  text: string;
  author?: Ent<K>;
  publisher?: Ent<K>;
  /** Entities declared up front: their ids may be written as plain strings, checked by the compiler of types. */
  entities?: { [P in K]: EntityInput<K> };
  /** Terms of the annotation's own namespace, for content the package vocabulary does not cover. */
  vocabulary?: VocabularyAnnotation;
}

export interface ArticleBuilder<K extends string = never> {
  entity<I extends string>(id: I, entity: EntityInput<K>): EntityRef<I>;
  claim<I extends string>(claim: ClaimInput<K, I>): StatementRef<I>;
  quotation<I extends string>(quotation: QuotationInput<K, I>): StatementRef<I>;
  note(note: NoteInput<K>): void;
  /** The annotation, as a YAML or JSON file would hold it (text inline). */
  build(): ArticleAnnotation;
  /** Compile through the same compiler as annotation files. */
  compile(): CompiledArticle;
}

export function article<K extends string = never>(meta: ArticleMeta<K>): ArticleBuilder<K> {
  const { entities: initial, vocabulary, text, ...rest } = meta;
  const entities: Record<string, EntityAnnotation> = { ...(initial as Record<string, EntityAnnotation> | undefined) };
  const claims: ClaimAnnotation[] = [];
  const quotations: QuotationAnnotation[] = [];
  const notes: NoteAnnotation[] = [];
  const taken = new Set<string>(Object.keys(entities));
  const reserve = (id: string, what: string) => {
    if (taken.has(id)) {
      throw new AnnotationError(`builder: the id "${id}" is used twice; give each ${what} its own id.`, '<builder>');
    }
    taken.add(id);
  };
  const builder: ArticleBuilder<K> = {
    entity(id, e) {
      reserve(id, 'entity');
      entities[id] = e as EntityAnnotation;
      return id as EntityRef<typeof id>;
    },
    claim(c) {
      reserve(c.id, 'claim');
      claims.push(c as unknown as ClaimAnnotation);
      return c.id as StatementRef<typeof c.id>;
    },
    quotation(q) {
      reserve(q.id, 'quotation');
      quotations.push(q as unknown as QuotationAnnotation);
      return q.id as StatementRef<typeof q.id>;
    },
    note(n) {
      notes.push(n as NoteAnnotation);
    },
    build() {
      return {
        article: { ...structuredClone(rest as Omit<ArticleAnnotation['article'], 'text'>), text, textIsInline: true },
        ...(vocabulary ? { vocabulary: structuredClone(vocabulary) } : {}),
        entities: structuredClone(entities),
        ...(claims.length ? { claims: structuredClone(claims) } : {}),
        ...(quotations.length ? { quotations: structuredClone(quotations) } : {}),
        ...(notes.length ? { notes: structuredClone(notes) } : {}),
      };
    },
    compile() {
      const built = builder.build();
      return compileAnnotation(built, text, `<builder ${built.article.id}>`);
    },
  };
  return builder;
}
