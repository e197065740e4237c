/**
 * GraphView: lookups over the store's own indexes for one version of it.
 * Resolves what users type (IRI, short id, label, name) to nodes, and turns
 * nodes into references and kinds. A new view follows each change of the store; the
 * index of names, the one part that costs a pass over the store, is carried over by the change.
 */
import type { Quad, Quad_Graph, Term } from '@rdfjs/types';
import type { Changes, VersionedStore } from '../store.js';
import { DataFactory, type Store } from 'n3';
import { distance } from 'fastest-levenshtein';
import { InvalidArgumentError, UnknownEntityError } from '../errors.js';
import { BASE, PREFIXES, cg, compact, expand, nif, rdf, rdfs, schema } from '../vocab.js';
import type { Kind, Ref } from './types.js';

const { namedNode, defaultGraph } = DataFactory;

const KIND_BY_CLASS: [string, Kind][] = [
  [schema.Quotation.value, 'quotation'],
  [schema.Claim.value, 'claim'],
  [cg.EditorialNote.value, 'note'],
  [cg.UnnamedSource.value, 'unnamed-source'],
  [schema.Person.value, 'person'],
  [schema.Organization.value, 'organization'],
  [schema.Place.value, 'place'],
  [cg.WeaponSystem.value, 'weapon'],
  [schema.Event.value, 'event'],
  [schema.NewsArticle.value, 'document'],
  [schema.Report.value, 'document'],
  [cg.Concept.value, 'concept'],
  [cg.Decision.value, 'concept'],
  [cg.ProposedAction.value, 'concept'],
  [cg.AidPackage.value, 'concept'],
  [cg.Strategy.value, 'concept'],
  [schema.Action.value, 'concept'],
  [schema.CreativeWork.value, 'document'],
  [PREFIXES.prov + 'Agent', 'voice'],
];

export const DEFAULT_GRAPH: Quad_Graph = defaultGraph();

/** A node's objects by predicate IRI (see `GraphView.props`). */
export type Props = ReadonlyMap<string, Term[]>;
const NONE: readonly string[] = Object.freeze([]);

export class GraphView {
  readonly version: number;
  /** Labels and names, lower-cased, to their nodes: built on the first lookup by name, or carried from the view before (`GraphView.after`). */
  #names?: Map<string, Set<string>>;
  readonly #articles: Set<string>;
  /** Each article's place in `#articles`. */
  readonly #articleOrder: Map<string, number>;

  constructor(readonly store: Store & { version?: number }) {
    this.version = store.version ?? 0;
    this.#articles = new Set(store.getObjects(null, nif.sourceUrl, DEFAULT_GRAPH).map((t) => t.value));
    this.#articleOrder = new Map([...this.#articles].map((a, i) => [a, i]));
  }

  /**
   * The view of `store` as it is now, taking over the name index of `before` (a view of the
   * same store at an earlier version) by the changes between them, so that a change costs
   * what it changes rather than a pass over every label. `before` must not be used again.
   */
  static after(before: GraphView | undefined, store: Store & { version?: number }, changesSince: (version: number) => Changes | undefined): GraphView {
    const view = new GraphView(store);
    const names = before?.store === store ? before.#names : undefined;
    const changes = names && changesSince(before!.version);
    if (names && changes) {
      before!.#names = undefined;
      view.#names = names;
      for (const q of changes.removed) if (isName(q)) view.#unindex(q.object.value, q.subject.value);
      for (const q of changes.added) if (isName(q)) index(names, q.object.value, q.subject.value);
    }
    return view;
  }

  #nameIndex(): Map<string, Set<string>> {
    if (!this.#names) {
      const names = new Map<string, Set<string>>();
      for (const p of NAME_PREDICATES)
        for (const q of this.store.readQuads(null, p, null, DEFAULT_GRAPH))
          if (q.subject.termType === 'NamedNode') index(names, q.object.value, q.subject.value);
      this.#names = names;
    }
    return this.#names;
  }

  /** Drops a node from a key unless another of its labels or names (the store as it is now) still has that key. */
  #unindex(key: string, iri: string) {
    const k = key.toLowerCase();
    const node = namedNode(iri);
    for (const p of NAME_PREDICATES) for (const o of this.store.getObjects(node, p, DEFAULT_GRAPH)) if (o.value.toLowerCase() === k) return;
    const set = this.#names!.get(k);
    set?.delete(iri);
    if (set?.size === 0) this.#names!.delete(k);
  }

  /** IRIs of the loaded articles. */
  articleIris(): string[] {
    return [...this.#articles];
  }

  has(iri: string): boolean {
    const n = namedNode(iri);
    // The default graph first: a lookup in every graph costs one probe per named graph.
    if (this.store.countQuads(n, null, null, DEFAULT_GRAPH) > 0 || this.store.countQuads(null, null, n, DEFAULT_GRAPH) > 0) return true;
    return this.store.countQuads(n, null, null, null) > 0 || this.store.countQuads(null, null, n, null) > 0;
  }

  /**
   * Nodes of the default graph whose kind is one of `kinds`, each once. Reads only
   * the classes that map to those kinds, not every typed node.
   */
  ofKinds(kinds: readonly Kind[]): string[] {
    const wanted = new Set(kinds);
    const classes = new Set(KIND_BY_CLASS.filter(([, k]) => wanted.has(k)).map(([cls]) => cls));
    const found = new Set<string>();
    for (const cls of classes) for (const s of this.store.getSubjects(rdf.type, namedNode(cls), DEFAULT_GRAPH)) found.add(s.value);
    return [...found].filter((s) => wanted.has(this.kind(s)));
  }

  /**
   * The IRI a user means: a full IRI, a prefixed name (`id:donald-trump`), a short id
   * (`donald-trump`, `trump-tomahawks/considered-supply`, or `considered-supply` when
   * unique), a label or a name (case-insensitive). Unknown input throws with the closest names.
   */
  resolve(input: string | Term, what = 'entity'): string {
    if (typeof input !== 'string') {
      if (!isNamedNode(input)) throw new InvalidArgumentError(`Expected an IRI, id or label for the ${what}, got ${describe(input)}.`);
      input = input.value;
    }
    if (typeof input !== 'string' || !input.trim())
      throw new InvalidArgumentError(`Expected an IRI, id or label for the ${what}, got ${JSON.stringify(input)}.`);
    const found = this.#candidates(input.trim());
    if (found.length === 1) return found[0]!;
    if (found.length > 1) {
      throw new InvalidArgumentError(
        `"${input}" names ${found.length} nodes (${found.map((f) => this.shortId(f)).join(', ')}); pass one of these ids instead.`,
      );
    }
    throw new UnknownEntityError(input, this.suggest(input), what);
  }

  #candidates(input: string): string[] {
    const direct = [input, expand(input), PREFIXES.id + input, `${BASE}article/${input}`];
    for (const iri of direct) if (/^[a-z][\w+.-]*:/i.test(iri) && this.has(iri)) return [iri];
    // <article>/<local> and bare <local> for claims, quotations and notes.
    const slash = input.indexOf('/');
    const locals =
      slash > 0
        ? [[input.slice(0, slash), input.slice(slash + 1)] as const]
        : this.articleIris().map((a) => [a.slice(`${BASE}article/`.length), input] as const);
    const hits = new Set<string>();
    for (const [slug, local] of locals) {
      for (const part of ['claim', 'quote', 'note']) {
        const iri = `${BASE}article/${slug}/${part}/${local}`;
        if (this.has(iri)) hits.add(iri);
      }
    }
    if (hits.size) return [...hits];
    return [...(this.#nameIndex().get(input.toLowerCase()) ?? [])];
  }

  /** Up to three known names closest to the input. */
  suggest(input: string): string[] {
    const target = input.toLowerCase();
    const scored: [number, string][] = [];
    const names = this.#nameIndex();
    for (const key of names.keys()) scored.push([distance(target, key) - (key.includes(target) || target.includes(key) ? 3 : 0), key]);
    scored.sort((a, b) => a[0] - b[0]);
    const out: string[] = [];
    for (const [, key] of scored) {
      for (const iri of names.get(key)!) {
        const label = this.label(iri);
        if (!out.includes(label)) out.push(label);
      }
      if (out.length >= 3) break;
    }
    return out.slice(0, 3);
  }

  // Labels and types are asked for the same nodes again and again (speakers, articles,
  // entities named in many statements); the view is for one version of the store, so
  // remembering them is safe.
  readonly #labels = new Map<string, string>();
  readonly #types = new Map<string, string[]>();

  label(iri: string): string {
    let label = this.#labels.get(iri);
    if (label === undefined) {
      label = this.store.getObjects(namedNode(iri), rdfs.label, DEFAULT_GRAPH)[0]?.value ?? this.shortId(iri);
      this.#labels.set(iri, label);
    }
    return label;
  }

  /** `donald-trump`, `trump-tomahawks/considered-supply`, `cg:Reportedly`, or the IRI. */
  shortId(iri: string): string {
    if (iri.startsWith(PREFIXES.id)) return iri.slice(PREFIXES.id.length);
    const art = `${BASE}article/`;
    if (iri.startsWith(art)) return iri.slice(art.length).replace(/\/(claim|quote|note)\//, '/');
    return compact(iri);
  }

  ref(iri: string): Ref {
    return { id: this.shortId(iri), iri, label: this.label(iri) };
  }

  types(iri: string): string[] {
    let types = this.#types.get(iri);
    if (!types) {
      types = this.store.getObjects(namedNode(iri), rdf.type, DEFAULT_GRAPH).map((t) => t.value);
      this.#types.set(iri, types);
    }
    return [...types];
  }

  kind(iri: string): Kind {
    if (this.#articles.has(iri)) return 'article';
    this.types(iri);
    const types = this.#types.get(iri)!;
    for (const [cls, kind] of KIND_BY_CLASS) if (types.includes(cls)) return kind;
    return 'other';
  }

  /**
   * A node's default-graph objects by predicate IRI, from one read of the store. A statement
   * record asks some thirty properties of its node, most of them absent; each lookup costs
   * a call and its garbage even when empty, one read only the entries present.
   * Objects come in the order `objects()` gives them.
   */
  props(iri: string): Props {
    const store = this.store as Store & Partial<Pick<VersionedStore, 'objectsBySubject'>>;
    if (store.objectsBySubject) return store.objectsBySubject(namedNode(iri), DEFAULT_GRAPH, this.#terms);
    const props = new Map<string, Term[]>();
    for (const q of this.store.readQuads(namedNode(iri), null, null, DEFAULT_GRAPH)) {
      const list = props.get(q.predicate.value);
      if (list) list.push(q.object);
      else props.set(q.predicate.value, [q.object]);
    }
    return props;
  }

  /** Term objects by the store's ids, shared by `props` (one version of the store: ids never change meaning). */
  readonly #terms = new Map<number, Term>();

  readonly #inverse = new Map<string, Map<string, string[]>>();

  /**
   * `subjects(predicate, object)` from one pass over the predicate per view, for predicates
   * asked of every record (cg:opposes, cg:sameClaimAs) that few quads use.
   */
  subjectsOf(predicate: Term, object: string): readonly string[] {
    let index = this.#inverse.get(predicate.value);
    if (!index) {
      index = new Map();
      for (const q of this.store.readQuads(null, predicate as never, null, DEFAULT_GRAPH)) {
        if (q.object.termType !== 'NamedNode') continue;
        const list = index.get(q.object.value);
        if (list) list.push(q.subject.value);
        else index.set(q.object.value, [q.subject.value]);
      }
      this.#inverse.set(predicate.value, index);
    }
    return index.get(object) ?? NONE;
  }

  /** Whether a node has a class in the default graph (remembered like `types`). */
  isA(iri: string, cls: Term): boolean {
    if (!this.#types.has(iri)) this.types(iri);
    return this.#types.get(iri)!.includes(cls.value);
  }

  /** Objects of (subject, predicate) in the default graph. */
  objects(iri: string, predicate: Term): Term[] {
    return this.store.getObjects(namedNode(iri), predicate as never, DEFAULT_GRAPH);
  }

  object(iri: string, predicate: Term): Term | undefined {
    return this.objects(iri, predicate)[0];
  }

  subjects(predicate: Term, object: Term | string): string[] {
    const o = typeof object === 'string' ? namedNode(object) : object;
    return this.store.getSubjects(predicate as never, o as never, DEFAULT_GRAPH).map((t) => t.value);
  }

  /** Every node of a class in the default graph. */
  ofType(cls: Term): string[] {
    return this.subjects(rdf.type, cls);
  }

  isArticle(iri: string): boolean {
    return this.#articles.has(iri);
  }

  /** The article a statement or note belongs to. */
  articleOf(iri: string): string | undefined {
    const direct = this.object(iri, schema.isPartOf)?.value;
    if (direct && this.#articles.has(direct)) return direct;
    // The first loaded article whose IRI and a slash begin the node's: only the node's own
    // prefixes are looked up, not every article (a corpus has hundreds, a record asks once).
    let first: string | undefined;
    let at = Infinity;
    for (let slash = iri.indexOf('/'); slash > 0; slash = iri.indexOf('/', slash + 1)) {
      const order = this.#articleOrder.get(iri.slice(0, slash));
      if (order !== undefined && order < at) (first = iri.slice(0, slash)), (at = order);
    }
    return first;
  }

  /** The article IRI a filter names, or undefined for all articles. */
  articleFilter(article: string | undefined): string | undefined {
    if (article === undefined) return undefined;
    const iri = this.resolve(article, 'article');
    if (!this.#articles.has(iri)) throw new InvalidArgumentError(`"${article}" is not a loaded article; kg.articles() lists them.`);
    return iri;
  }

  #named?: { defaultAt: number; position: Map<string, number>; bySubject: Map<string, string[]>; asserted: Set<string> };

  /** Per named graph, its subjects; built once per view (asking the store probes every graph). */
  #namedIndex() {
    if (!this.#named) {
      const bySubject = new Map<string, string[]>();
      const position = new Map<string, number>();
      let defaultAt = -1;
      for (const g of this.store.getGraphs(null, null, null)) {
        if (g.termType === 'DefaultGraph') {
          defaultAt = position.size;
          continue;
        }
        position.set(g.value, position.size);
        for (const s of this.store.getSubjects(null, null, g)) {
          const key = s.termType === 'BlankNode' ? `_:${s.value}` : s.value;
          let list = bySubject.get(key);
          if (!list) bySubject.set(key, (list = []));
          list.push(g.value);
        }
      }
      const asserted = new Set(this.store.getObjects(null, cg.content, DEFAULT_GRAPH).map((t) => t.value));
      this.#named = { defaultAt, position, bySubject, asserted };
    }
    return this.#named;
  }

  /** The graphs (default first when it has the node, else in the store's order) in which an IRI is a subject. */
  #graphsWithSubject(iri: string): Quad_Graph[] {
    const { defaultAt, position, bySubject } = this.#namedIndex();
    const named = bySubject.get(iri) ?? []; // already in the store's order
    const graphs: Quad_Graph[] = named.map((g) => namedNode(g));
    if (this.store.countQuads(namedNode(iri), null, null, DEFAULT_GRAPH) > 0) {
      const at = named.findIndex((g) => position.get(g)! >= defaultAt);
      graphs.splice(at < 0 ? graphs.length : at, 0, DEFAULT_GRAPH);
    }
    return graphs;
  }

  /** Objects of (subject, predicate) in any graph, each once: `store.getObjects(s, p, null)` without probing every graph. */
  objectsInAnyGraph(iri: string, predicate: Term): Term[] {
    const s = namedNode(iri);
    const seen = new Set<string>();
    const out: Term[] = [];
    for (const g of this.#graphsWithSubject(iri)) {
      for (const o of this.store.getObjects(s, predicate as never, g)) {
        const key = `${o.termType}|${o.value}|${o.termType === 'Literal' ? `${o.language}|${o.datatype.value}` : ''}`;
        if (!seen.has(key)) seen.add(key), out.push(o);
      }
    }
    return out;
  }

  /** The claim content graphs (objects of np:hasAssertion) in which a node is a subject, in the store's order of graphs. */
  contentGraphsWithSubject(node: string): string[] {
    const { asserted } = this.#namedIndex();
    return (this.#namedIndex().bySubject.get(node) ?? []).filter((g) => asserted.has(g));
  }

  /** The content graph of a statement, if it has one. */
  contentGraph(iri: string): string | undefined {
    return this.object(iri, cg.content)?.value;
  }
}

const NAME_PREDICATES = [rdfs.label, schema.alternateName];
const NAME_IRIS = new Set(NAME_PREDICATES.map((p) => p.value));
const isName = (q: Quad) => q.graph.termType === 'DefaultGraph' && q.subject.termType === 'NamedNode' && NAME_IRIS.has(q.predicate.value);

function index(names: Map<string, Set<string>>, key: string, iri: string) {
  const k = key.toLowerCase();
  let set = names.get(k);
  if (!set) names.set(k, (set = new Set()));
  set.add(iri);
}

function isNamedNode(x: unknown): x is Term {
  return typeof x === 'object' && x !== null && (x as Term).termType === 'NamedNode' && typeof (x as Term).value === 'string';
}

/** A value as an error message names it: `a BlankNode`, `null`, `the number 3`, `an array`. */
export function describe(x: unknown): string {
  if (x === null || x === undefined) return String(x);
  if (Array.isArray(x)) return 'an array';
  if (typeof x === 'object') return typeof (x as Term).termType === 'string' ? `a ${(x as Term).termType}` : 'an object';
  if (typeof x === 'string') return JSON.stringify(x);
  return `the ${typeof x} ${typeof x === 'symbol' || typeof x === 'function' ? '' : String(x)}`.trim();
}

/** Keys of helper filters that name a node (an id, IRI or label, or a NamedNode); the others take strings. */
const NODE_KEYS = new Set(['article', 'speaker', 'about']);

/**
 * A helper's filter, checked: undefined for none, else a plain object whose values are strings
 * (or NamedNodes where a node is named). Anything else is an InvalidArgumentError naming the call.
 */
export function filterArg<T extends object>(filter: T | undefined, call: string): T {
  if (filter === undefined) return {} as T;
  if (filter === null || typeof filter !== 'object' || Array.isArray(filter) || 'termType' in filter) {
    throw new InvalidArgumentError(`kg.${call}() takes a filter object such as { article: 'trump-tomahawks' }, or nothing; got ${describe(filter)}.`);
  }
  for (const [key, value] of Object.entries(filter)) {
    if (value === undefined || typeof value === 'string' || (NODE_KEYS.has(key) && isNamedNode(value))) continue;
    throw new InvalidArgumentError(
      `The "${key}" of a kg.${call}() filter must be a string${NODE_KEYS.has(key) ? ' (an id, IRI or label)' : ''}; got ${describe(value)}.`,
    );
  }
  return filter;
}
