/**
 * The n3 Store with a version counter and a bounded log of its changes, so derived
 * copies (the Oxigraph copy, views) know when they are stale and can catch up by the
 * delta instead of being rebuilt whole.
 *
 * The log records every quad added or removed, as the store's numeric term ids (four
 * numbers a change, about 32 bytes; n3 never forgets a term's id, so removed quads stay
 * readable). It is hooked into n3's `_addQuad` and `_removeQuad`, which every way of
 * changing the store goes through (`addQuad`, `addQuads`, `addAll` of a store sharing the
 * entity index, `removeQuad`, `removeMatches`, `deleteGraph`, `import`…).
 *
 * The log is bounded: once it holds more changes than about a quarter of the store (and
 * at least `MIN_LOG_CHANGES`), it is dropped and starts again, since a copy that far
 * behind is as cheap to reload whole as to replay (writing and parsing N-Quads costs
 * about the same per quad either way, and removals cost more than additions). A copy
 * older than the log's start reloads.
 *
 * It also counts the quads whose object is a literal the accelerated engine would give back
 * otherwise than written (see literal-forms.ts), so queries over such data go to Comunica.
 *
 * Its term ids start at `FIRST_TERM_ID` rather than at 2, which cuts the memory of a loaded
 * store by four fifths: see there.
 */
import type { Quad, Quad_Graph, Quad_Object, Quad_Predicate, Quad_Subject, Term } from '@rdfjs/types';
import * as N3 from 'n3';
import { Store } from 'n3';
import { rewrittenByValue } from './literal-forms.js';

/** Below this many changes the log is always kept: replaying a few thousand quads beats any reload. */
const MIN_LOG_CHANGES = 10_000;

/**
 * The first term id of a store's own entity index (n3 starts at 2, after the default graph's 1).
 *
 * n3 indexes quads in three layers of plain objects keyed by term ids. V8 gives an object whose
 * first integer key is below 1,024 a flat array of that many slots rather than a hash table, and
 * the first thousand ids are the vocabulary read first: the predicates and classes that key
 * nearly every inner object. So each subject's object, and each (object, subject) pair's, held
 * an array of up to a thousand slots for a few predicates. Loaded from N-Quads, 1M quads took
 * 3.9 KB of heap each with ids from 2, and 0.71 KB from here (hash tables of the few keys each
 * object has); lookups and loading got faster too. Ids stay small integers (V8 boxes none below 2^30).
 */
const FIRST_TERM_ID = 1 << 16;
// The entity index n3 exports but its type definitions leave out (n3 2.13).
const { EntityIndex } = N3 as unknown as { EntityIndex: new (options?: { factory?: unknown }) => { _id: number } };

/** The quads added and removed between two versions, net: a quad added then removed is in neither. */
export interface Changes {
  added: Quad[];
  removed: Quad[];
}

/** A store that can tell derived copies what changed since a version. */
export interface ChangeLog {
  readonly version: number;
  /** The net changes since `version`, or undefined when the log no longer reaches back that far. */
  changesSince(version: number): Changes | undefined;
}

// The parts of n3's Store this class builds on (n3 2.13): numeric-id adds and removes, and id → term.
interface N3Internals {
  _addQuad(s: number, p: number, o: number, g: number): boolean;
  _removeQuad(s: number, p: number, o: number, g: number): boolean;
  _termFromId(key: string): Quad_Subject & Quad_Predicate & Quad_Object & Quad_Graph;
  _termToNumericId(term: Quad_Object): number;
  _entities: Record<number, string>;
  /** Per graph id, the subject index: subject id → predicate id → object id → null. */
  _graphs: Record<number, { subjects: Record<string, Record<string, Record<string, null>>> } | undefined>;
  _factory: { quad(s: Quad_Subject, p: Quad_Predicate, o: Quad_Object, g: Quad_Graph): Quad };
}
const base = Store.prototype as unknown as N3Internals;
if (typeof base._addQuad !== 'function' || typeof base._removeQuad !== 'function')
  throw new Error('claimgraph: src/store.ts needs n3 2.13 or later (Store._addQuad and _removeQuad); install the n3 version in package.json.');

export class VersionedStore extends Store implements ChangeLog {
  #version = 0;
  /** Changes as [subject, predicate, object, ±graph] ids: a positive graph id is an add, negative a remove. */
  #log: number[] = [];
  /** The version the log starts from (changes before it were dropped). */
  #logFrom = 0;
  /** `#ends[k]`: where in `#log` version `#logFrom + k + 1` ends. */
  #ends: number[] = [];
  /** Inside `batch`: the changes so far belong to one version. */
  #batching = 0;
  #batchStart = -1;
  /** The current batch outgrew the log: it is dropped when the batch commits. */
  #overflow = false;
  /** The most changes the log holds before it is dropped; undefined for the default (a quarter of the store, at least 10,000). */
  maxLogChanges: number | undefined;
  /** Per term id from `#firstId`: 0 not yet looked at, 1 any other term, 2 a literal Oxigraph rewrites. */
  #byValue = new Uint8Array(1024);
  #byValueQuads = 0;
  #byValueExample = 0;
  /** The id `#byValue` starts at: `FIRST_TERM_ID` with the store's own entity index, 0 with one given. */
  #firstId: number;

  constructor(quads?: Quad[], options?: ConstructorParameters<typeof Store>[1] & { entityIndex?: unknown }) {
    const own = !options?.entityIndex;
    super(quads, own ? { ...options, entityIndex: VersionedStore.#entityIndex(options?.factory) } : options);
    this.#firstId = own ? FIRST_TERM_ID : 0;
    // Quads given to the constructor arrive before the fields exist: count them now.
    if (this.size) for (const q of this.readQuads(null, null, null, null)) if (rewrittenByValue(q.object)) this.#byValueQuads++;
  }

  /**
   * How many quads have an object literal that the accelerated engine (Oxigraph) gives back
   * otherwise than written, such as "1.0"^^xsd:decimal or any xsd:nonNegativeInteger; see
   * literal-forms.ts. While there are any, queries under engine 'auto' go to Comunica.
   */
  get literalsKeptByValue(): number {
    return this.#byValueQuads;
  }

  /** One such literal, for messages (undefined when there are none). */
  literalKeptByValue(): Quad_Object | undefined {
    if (this.#byValueQuads === 0) return undefined;
    const self = this as unknown as N3Internals;
    const known = this.#byValueExample && self._termFromId(self._entities[this.#byValueExample]!);
    if (known && this.countQuads(null, null, known, null) > 0) return known;
    // The remembered one is gone: find another, and remember it, so the next call does not search again.
    for (const q of this.readQuads(null, null, null, null)) {
      if (!rewrittenByValue(q.object)) continue;
      this.#byValueExample = self._termToNumericId(q.object);
      return q.object;
    }
    return undefined;
  }

  /** Grows by one for every change: a quad added or removed, or a whole `batch`. */
  get version(): number {
    return this.#version;
  }

  /**
   * Runs `fn` (synchronous) as one change: however many quads it adds or removes, the version
   * grows by one, so a load commits once. Nested batches join the outer one.
   */
  batch<T>(fn: () => T): T {
    if (this.#batching++ === 0) this.#batchStart = this.#log.length;
    try {
      return fn();
    } finally {
      if (--this.#batching === 0 && (this.#overflow || this.#log.length > this.#batchStart)) this.#commit();
    }
  }

  _addQuad(s: number, p: number, o: number, g: number): boolean {
    if (!base._addQuad.call(this, s, p, o, g)) return false;
    // Quads given to the constructor arrive before the fields exist: they are version 0.
    if (#log in this) {
      this.#record(s, p, o, g);
      if (this.#rewritten(o)) this.#byValueQuads++;
    }
    return true;
  }

  _removeQuad(s: number, p: number, o: number, g: number): boolean {
    if (!base._removeQuad.call(this, s, p, o, g)) return false;
    if (#log in this) {
      this.#record(s, p, o, -g);
      if (this.#rewritten(o)) this.#byValueQuads--;
    }
    return true;
  }

  /** Whether term `id` is a literal Oxigraph rewrites, looked at once per term. */
  #rewritten(id: number): boolean {
    // Ids below `#firstId` (none is an object's in the store's own index) are looked at each time.
    const at = id - this.#firstId;
    if (at >= this.#byValue.length) {
      const grown = new Uint8Array(Math.max(at + 1, this.#byValue.length * 2));
      grown.set(this.#byValue);
      this.#byValue = grown;
    }
    let known = at >= 0 ? this.#byValue[at]! : 0;
    if (known === 0) {
      const self = this as unknown as N3Internals;
      const entity = self._entities[id]!;
      known = entity[0] === '"' && rewrittenByValue(self._termFromId(entity)) ? 2 : 1;
      if (at >= 0) this.#byValue[at] = known;
    }
    if (known === 2) this.#byValueExample = id;
    return known === 2;
  }

  #record(s: number, p: number, o: number, g: number): void {
    if (this.#overflow) return;
    this.#log.push(s, p, o, g);
    if (this.#batching === 0) this.#commit();
    else if (this.#log.length / 4 > this.#limit()) {
      // A batch larger than the log may hold (a big load): nothing before its end is replayable.
      this.#overflow = true;
      this.#log = [];
      this.#ends = [];
      this.#logFrom = this.#version;
      this.#batchStart = 0;
    }
  }

  /** An entity index whose ids start at `FIRST_TERM_ID`. */
  static #entityIndex(factory: unknown) {
    const index = new EntityIndex({ factory });
    index._id = FIRST_TERM_ID - 1;
    return index;
  }

  #limit(): number {
    return this.maxLogChanges ?? Math.max(MIN_LOG_CHANGES, this.size / 4);
  }

  #commit(): void {
    this.#version++;
    this.#ends.push(this.#log.length);
    if (this.#overflow || this.#log.length / 4 > this.#limit()) {
      this.#overflow = false;
      this.#log = [];
      this.#ends = [];
      this.#logFrom = this.#version;
    }
  }

  changesSince(version: number): Changes | undefined {
    if (!Number.isInteger(version) || version < this.#logFrom || version > this.#version) return undefined;
    const start = version === this.#logFrom ? 0 : this.#ends[version - this.#logFrom - 1]!;
    const end = this.#batching ? this.#batchStart : this.#log.length;
    const log = this.#log;
    let adds = 0;
    for (let i = start + 3; i < end; i += 4) if (log[i]! > 0) adds++;
    const added: Quad[] = [];
    const removed: Quad[] = [];
    if (adds === 0 || adds * 4 === end - start) {
      // One kind only: every entry is a distinct quad (each is a real change of the store).
      const into = adds ? added : removed;
      for (let i = start; i < end; i += 4) into.push(this.#quad(log[i]!, log[i + 1]!, log[i + 2]!, log[i + 3]!));
      return { added, removed };
    }
    // Mixed: a quad's changes alternate, so its first and last say whether it was there before and is now.
    const net = new Map<string, { first: boolean; last: boolean; at: number }>();
    for (let i = start; i < end; i += 4) {
      const key = `${log[i]} ${log[i + 1]} ${log[i + 2]} ${Math.abs(log[i + 3]!)}`;
      const isAdd = log[i + 3]! > 0;
      const seen = net.get(key);
      if (seen) seen.last = isAdd;
      else net.set(key, { first: isAdd, last: isAdd, at: i });
    }
    for (const { first, last, at } of net.values()) {
      if (first !== last) continue;
      (first ? added : removed).push(this.#quad(log[at]!, log[at + 1]!, log[at + 2]!, log[at + 3]!));
    }
    return { added, removed };
  }

  /**
   * A subject's objects in one graph, by predicate IRI, in the order `getObjects` gives them:
   * read from n3's subject index without making a quad (and its four terms) per entry, since
   * the typed helpers ask this of every record. `terms` keeps term objects by id for the
   * caller to share across calls (a view does, for one version of the store).
   */
  objectsBySubject(subject: Term, graph: Term, terms: Map<number, Term>): Map<string, Term[]> {
    const self = this as unknown as N3Internals;
    const out = new Map<string, Term[]>();
    const s = self._termToNumericId(subject as Quad_Object);
    const g = graph.termType === 'DefaultGraph' ? 1 : self._termToNumericId(graph as Quad_Object);
    const predicates = s && g ? self._graphs[g]?.subjects[s] : undefined;
    if (!predicates) return out;
    const term = (id: string): Term => {
      const known = terms.get(+id);
      if (known) return known;
      const t: Term = self._termFromId(self._entities[+id]!);
      terms.set(+id, t);
      return t;
    };
    for (const p in predicates) out.set(term(p).value, Object.keys(predicates[p]!).map(term));
    return out;
  }

  #quad(s: number, p: number, o: number, g: number): Quad {
    const self = this as unknown as N3Internals;
    const term = (id: number) => self._termFromId(self._entities[id]!);
    return self._factory.quad(term(s), term(p), term(o), term(Math.abs(g)));
  }
}
