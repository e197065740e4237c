/**
 * The messages between the main thread (../accelerated.ts) and the Oxigraph worker
 * (./oxigraph.ts). Types only, so the worker's bundle takes nothing from the library.
 */

/** A term: [0, iri] [1, blank node label] [2, value, language, datatype] [3] (default graph). */
export type Encoded = [number, string?, string?, string?];
export type EncodedRow = Record<string, Encoded>;

/** Quads as N-Quads text, plus those N-Quads would not carry as they are (blank nodes) as encoded terms. */
export interface Batch {
  nquads: string;
  quads: Encoded[][];
}

export type WorkerMessage =
  | ({ type: 'load' } & Batch)
  | { type: 'delta'; removed: Batch; added: Batch }
  | { type: 'query'; text: string; form: 'SELECT' | 'ASK' | 'CONSTRUCT' | 'DESCRIBE'; base?: string; maxRows?: number };

export interface WorkerReply {
  ok: boolean;
  message?: string;
  boolean?: boolean;
  rows?: EncodedRow[];
  quads?: Encoded[][];
  tooMany?: boolean;
  trap?: boolean;
}
