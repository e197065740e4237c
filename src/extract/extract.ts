/**
 * Raw article text → a draft annotation in the curators' format, by rules: headline and
 * dateline, names, direct quotations with their speakers, reported speech with its holder,
 * hedges, modality and polarity. Every record and mention carries the program as annotator
 * and a confidence below 1: a draft for a curator to correct, never a curated annotation.
 *
 * This module runs the stages in order and assembles the article record; each stage is a module
 * of its own: headline.ts, entities.ts (names), reported-speech.ts, corrections.ts,
 * quotations.ts, nested-quotations.ts, hedges.ts, then the records: entity-records.ts,
 * statements.ts, article-voice.ts, dated-events.ts. The order matters: a later stage reads what
 * the earlier ones found (findings.ts), and claim and quotation ids follow it.
 */
import type { AnnotatorAnnotation, ArticleAnnotation, ClaimAnnotation, EntityAnnotation, QuotationAnnotation } from '../authoring/format.js';
import type { Span } from '../text/spans.js';
import { addArticleVoice } from './article-voice.js';
import { findCorrections } from './corrections.js';
import { datedEvents } from './dated-events.js';
import { findNames, flat, slug } from './entities.js';
import { adoptKnownIds, entityRecords } from './entity-records.js';
import { readArticle } from './findings.js';
import { findDateline, findHeadline } from './headline.js';
import { creditSourcesNamedAfter, findHedgedSentences } from './hedges.js';
import { findQuotesWithinQuotations, findReportsInQuotations } from './nested-quotations.js';
import { findQuotations, numberQuotations } from './quotations.js';
import { findReportedSpeech } from './reported-speech.js';
import { labelOf, specOf } from './span-helpers.js';
import { draftStatements } from './statements.js';

export const EXTRACTOR_NAME = 'claimgraph-extract';
export const EXTRACTOR_VERSION = '0.4.0';

export interface ExtractOptions {
  /** The article id (a slug); by default made from the headline or the first words. */
  id?: string;
  /** The title when the text prints no headline. */
  title?: string;
  /** The text file's name beside the annotation; without it the text is written inline. */
  textFile?: string;
  language?: string;
  /**
   * Entities already in the corpus (the `entities:` of curated annotations): a drafted entity
   * with the same label or name, and the same kind, takes the corpus id, so the draft joins
   * the same nodes.
   */
  known?: Record<string, Pick<EntityAnnotation, 'type' | 'label' | 'names'>>;
  /** The annotation date (YYYY-MM-DD) recorded with the program. */
  date?: string;
  /**
   * The publication date (YYYY-MM-DD) when the feed gives it: recorded as the article's, and the
   * day relative dates ("on Monday", "last month") are read from when the text prints no dateline.
   */
  published?: string;
}

export function extractArticle(text: string, options: ExtractOptions = {}): ArticleAnnotation {
  const reading = readArticle(text);
  const { sents, registry } = reading;

  // Where the article begins: the headline and the dateline, then the names in it.
  const headline = findHeadline(text);
  const dateline = findDateline(reading, headline, options.published);
  findNames(text, reading.initial, registry);

  // Who said what: reports, corrections of figures, quotations, what quotations quote, hedged sentences.
  findReportedSpeech(reading);
  findCorrections(reading);
  findQuotations(reading);
  findQuotesWithinQuotations(reading);
  numberQuotations(reading);
  findReportsInQuotations(reading);
  findHedgedSentences(reading);
  creditSourcesNamedAfter(reading);
  if (options.known) adoptKnownIds(reading, options.known);

  // Draft records.
  const statements = draftStatements(reading);
  addArticleVoice(reading, headline, statements);
  const { claims, quotations: quotationOut, contentOf } = statements;
  const spec = (sp: Span) => specOf(text, sp);
  const dated = datedEvents(text, claims, contentOf, dateline?.published ?? options.published);
  const entityOut = entityRecords(reading);
  for (const [id, e] of Object.entries(dated)) if (!entityOut[id]) entityOut[id] = e;

  const title = headline
    ? flat(text.slice(headline.begin, headline.end))
    : (options.title ?? `${labelOf(text.slice(sents[0]?.begin ?? 0, sents[0]?.end ?? 0), 80)} (draft)`);
  const annotator: AnnotatorAnnotation = { name: EXTRACTOR_NAME, kind: 'program', version: EXTRACTOR_VERSION, ...(options.date ? { date: options.date } : {}) };
  const draft: ArticleAnnotation = {
    article: {
      id:
        options.id ??
        (slug(title.replace(/\(draft\)$/, ''))
          .split('-')
          .slice(0, 6)
          .join('-') ||
          'draft-article'),
      title,
      ...(headline ? {} : { titleNote: 'The text prints no headline; the title is made from its first sentence.' }),
      text: options.textFile ?? text,
      ...(options.textFile ? {} : { textIsInline: true }),
      language: options.language ?? 'en',
      ...(options.published ? { published: options.published } : dateline?.published ? { published: dateline.published } : {}),
      annotator,
      description: `A draft annotation made by ${EXTRACTOR_NAME} ${EXTRACTOR_VERSION}; every record and mention is machine-made and awaits a curator.`,
    },
    entities: entityOut,
    claims,
    quotations: quotationOut,
    notes: [
      ...(headline ? [{ id: 'headline', motivation: 'commenting' as const, span: spec(headline), text: 'The headline, used as the title.' }] : []),
      ...(dateline
        ? [
            {
              id: 'dateline',
              motivation: 'commenting' as const,
              span: spec(dateline.span),
              text: `The dateline: ${flat(text.slice(dateline.span.begin, dateline.span.end))}`,
            },
          ]
        : []),
    ],
  };
  if (!draft.notes!.length) delete draft.notes;
  // A report that a rule folded into another leaves nothing to be within.
  const ids = new Set([...claims.map((c) => c.id), ...quotationOut.map((q) => q.id)]);
  for (const st of [...claims, ...quotationOut]) if (st.within && !ids.has(st.within)) delete st.within;
  // The content of a statement names what is reported within it, so a query can go from one to the other.
  const byId = new Map<string, ClaimAnnotation | QuotationAnnotation>([...claims, ...quotationOut].map((st) => [st.id, st]));
  for (const st of [...claims, ...quotationOut]) {
    const outer = st.within ? byId.get(st.within) : undefined;
    if (!outer) continue;
    const line = `_:reporting-${st.id} a schema:CommunicateAction ; cg:message ${'parts' in st ? 'quote' : 'claim'}:${st.id} .`;
    outer.content = outer.content ? `${outer.content}\n${line}` : line;
  }
  return draft;
}
