/**
 * What the stages of the extractor share and hand on: the article read into sentences and
 * quotation marks, the entity registry, and the reports and direct quotations found so far, in
 * the form the stages build them before they become records. Kept apart so that every stage
 * can import these types without importing another stage.
 */
import { sentences, type Span } from '../text/spans.js';
import { type DraftEntity, EntityRegistry } from './entities.js';
import type { Cue } from './lexicon.js';
import { findQuotes, type QuoteMark } from './quote-marks.js';

export type Holder = DraftEntity | 'unspecified' | 'article';

export interface Found {
  holder: DraftEntity | 'unspecified';
  /** The report the holder is known through ("an account in X, which spoke to Y": Y via X). */
  via?: DraftEntity;
  confidence: number;
  /** The words naming the holder. */
  span?: Span;
}

export interface Report {
  id: string;
  /** The cue's span: the reporting verb, or "according to". */
  cue: Span;
  verb: string;
  implies: Cue;
  hedge?: string;
  holder: Holder;
  /** What is reported. */
  content: Span;
  /** From the holder (or the cue) to the end of the content. */
  evidence: Span;
  confidence: number;
  audience?: DraftEntity;
  channel?: string;
  within?: Report;
  replacedBy?: DraftQuotation;
  /** Where the content's quantities are read, when not from the whole content (a corrected figure). */
  figures?: Span;
  /** The statements this one corrects ("revised the figure from X to Y" corrects the statement of X). */
  corrects?: Report[];
  via?: DraftEntity;
  /** For an attribution after its content: the comma before it. */
  trailing?: number;
  /** The quotation whose words report this ("“Putin has made it clear that …,” said X"). */
  inQuote?: DraftQuotation;
}

export interface DraftQuotation {
  id: string;
  parts: Span[];
  holder: Holder;
  verb?: string;
  hedge?: string;
  channel?: string;
  audience?: DraftEntity;
  within?: Report;
  /** The quotation this one is quoted inside ("… they told me, ‘This is a switch problem,’ …"). */
  inside?: DraftQuotation;
  confidence: number;
}

/** The article as every stage reads it, and what the stages have found so far. */
export interface Reading {
  text: string;
  /** The sentences; the first one begins after the dateline once the dateline is read. */
  sents: Span[];
  quotes: QuoteMark[];
  /** Whether an offset lies inside a quotation, its marks included. */
  insideQuote: (at: number) => boolean;
  /** Offsets where a sentence or a quotation begins, where a capital says nothing about a name. */
  initial: Set<number>;
  registry: EntityRegistry;
  /** Reported speech, corrections and hedged sentences, in the order they are found. */
  reports: Report[];
  quotations: DraftQuotation[];
  /** The next claim id: claim-1, claim-2, … in the order reports are made. */
  nextClaimId: () => string;
}

export function readArticle(text: string): Reading {
  const sents = sentences(text);
  const quotes = findQuotes(text);
  const insideQuote = (at: number) => quotes.some((q) => at >= q.open && at <= q.close);
  const initial = new Set<number>([...sents.map((s) => s.begin), ...quotes.map((q) => q.begin)]);
  const registry = new EntityRegistry();
  let claimCount = 0;
  return { text, sents, quotes, insideQuote, initial, registry, reports: [], quotations: [], nextClaimId: () => `claim-${++claimCount}` };
}
