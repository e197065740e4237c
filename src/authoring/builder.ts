/**
 * A typed builder for annotations, for articles modelled in code. Every entity and statement
 * call returns a typed reference; references are typed so a misspelt id is a compile error:
 * use the returned handles, or ids declared in `article({ entities })`. `build()` gives the
 * same ArticleAnnotation a YAML file holds, and `compile()` runs the same compiler.
 *
 *   const a = article({ id: 'my-article', title: 'My article', text });
 *   const trump = a.entity('donald-trump', { type: 'Person', label: 'Donald Trump', names: ['Trump'] });
 *   a.claim({ id: 'said-x', label: '…', evidence: '…', source: trump, channel: 'statement' });
 */
import { AnnotationError } from '../errors.js';
import { compileAnnotation, type CompiledArticle } from './compile.js';
import type { ArticleAnnotation, ClaimAnnotation, EntityAnnotation, NoteAnnotation, QuotationAnnotation } from './format.js';

declare const entityBrand: unique symbol;
declare const statementBrand: unique symbol;
/** An entity id returned by `entity()`. */
export type EntityRef<I extends string = string> = I & { readonly [entityBrand]: true };
/** A claim or quotation id returned by `claim()` or `quotation()`. */
export type StatementRef<I extends string = string> = I & { readonly [statementBrand]: true };

/** An entity reference: a handle, or an id declared in `article({ entities })`. */
type Ent<K extends string> = EntityRef | K;

type EntityFields = 'affiliation' | 'worksFor' | 'associatedWith' | 'attendees' | 'location' | 'author' | 'publisher';
export interface EntityInput<K extends string> extends Omit<EntityAnnotation, EntityFields> {
  affiliation?: Ent<K>;
  worksFor?: Ent<K>;
  associatedWith?: Ent<K>;
  attendees?: Ent<K>[];
  location?: Ent<K>;
  author?: Ent<K>;
  publisher?: Ent<K>;
}

type StatementFields = 'id' | 'source' | 'via' | 'event' | 'audience' | 'about' | 'supports' | 'opposes' | 'reasonFor';
interface StatementRefs<K extends string> {
  via?: Ent<K>[];
  event?: Ent<K>;
  audience?: Ent<K>;
  about?: Ent<K>[];
  supports?: StatementRef[];
  opposes?: StatementRef[];
  reasonFor?: Ent<K>;
}
export interface ClaimInput<K extends string, I extends string> extends Omit<ClaimAnnotation, StatementFields>, StatementRefs<K> {
  id: I;
  /** The source: an entity, or 'article' for the article's own voice. */
  source: Ent<K> | 'article';
}
export interface QuotationInput<K extends string, I extends string> extends Omit<QuotationAnnotation, StatementFields | 'speaker'>, StatementRefs<K> {
  id: I;
  speaker: Ent<K>;
}
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
  const { entities: initial, text, ...rest } = meta;
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
        article: { ...(rest as Omit<ArticleAnnotation['article'], 'text'>), text, textIsInline: true },
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

