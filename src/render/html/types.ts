/** The data an explorer page is built from; the library produces it, the page only reads it. */

import type { Kind } from '../../model/types.js';
import type { Layer } from '../../traverse/projection.js';

export type { Layer };

/** The kinds a page draws: the article's own voice and unclassified nodes are not drawn. */
export type NodeKind = Exclude<Kind, 'voice' | 'other'>;

export interface NodeAttrs {
  kind: NodeKind;
  label: string;
  layer: Layer;
  /** Sourcing notation, e.g. 'anonymous'. */
  sourcing?: string;
  /** Hedge notation, e.g. 'reportedly' or 'none'. */
  hedge?: string;
  x?: number;
  y?: number;
}

export interface EdgeAttrs {
  predicate: string;
  label: string;
  layer: Layer;
}

export interface StatementView {
  id: string;
  kind: 'claim' | 'quotation';
  label: string;
  /** Verbatim text, quotations only. */
  text?: string;
  speaker: { id: string; label: string };
  hedge: string;
  sourcing: string;
  /** Attribution steps; position 1 is the nearest report (the article itself). */
  chain: { position: number; label: string }[];
  /** begin/end are offsets in Unicode code points into texts[article]. */
  evidence: { article: string; begin: number; end: number; text: string };
}

interface NodeDetails {
  /** Ids of the cards in `PagePayload.statements`: each card is written once, however many nodes it touches. */
  statements: string[];
}

export interface PagePayload {
  title: string;
  /** graphology export() shape. */
  graph: {
    nodes: { key: string; attributes: NodeAttrs }[];
    edges: { key?: string; source: string; target: string; attributes: EdgeAttrs }[];
  };
  /** Article IRI -> full article text. */
  texts: Record<string, string>;
  /** Statement id -> its card. */
  statements: Record<string, StatementView>;
  /** Node key -> claims and quotations said by, about or through that node. */
  details: Record<string, NodeDetails>;
}

export const STATEMENT_KINDS: ReadonlySet<string> = new Set(['claim', 'quotation']);
