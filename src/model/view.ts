/**
 * GraphView: lookups over the store's own indexes for one version of it.
 * Resolves what users type (IRI, short id, label, name) to nodes, and turns
 * nodes into references and kinds. Rebuilt whenever the store changes.
 */
import type { Quad_Graph, Term } from '@rdfjs/types';
import { DataFactory, type Store } from 'n3';
import { distance } from 'fastest-levenshtein';
import { InvalidArgumentError, UnknownEntityError } from '../errors.js';
import { BASE, PREFIXES, cg, compact, expand, nif, np, rdf, rdfs, schema } from '../vocab.js';
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
  [PREFIXES.prov + 'Agent', 'voice'],
];

export const DEFAULT_GRAPH: Quad_Graph = defaultGraph();

export class GraphView {
  readonly version: number;
  readonly #byKey = new Map<string, Set<string>>();
  readonly #articles: Set<string>;

  constructor(readonly store: Store & { version?: number }) {
    this.version = store.version ?? 0;
    for (const q of store.getQuads(null, rdfs.label, null, DEFAULT_GRAPH)) this.#index(q.object.value, q.subject.value);
    for (const q of store.getQuads(null, schema.alternateName, null, DEFAULT_GRAPH)) this.#index(q.object.value, q.subject.value);
    this.#articles = new Set(store.getObjects(null, nif.sourceUrl, DEFAULT_GRAPH).map((t) => t.value));
  }

  #index(key: string, iri: string) {
    const k = key.toLowerCase();
    let set = this.#byKey.get(k);
    if (!set) this.#byKey.set(k, (set = new Set()));
    set.add(iri);
  }

  /** IRIs of the loaded articles. */
  articleIris(): string[] {
    return [...this.#articles];
  }

  has(iri: string): boolean {
    const n = namedNode(iri);
    return this.store.countQuads(n, null, null, null) > 0 || this.store.countQuads(null, null, n, null) > 0;
  }

  /**
   * The IRI a user means: a full IRI, a prefixed name (`id:donald-trump`), a short id
   * (`donald-trump`, `trump-tomahawks/considered-supply`, or `considered-supply` when
   * unique), a label or a name (case-insensitive). Unknown input throws with the closest names.
   */
  resolve(input: string | Term, what = 'entity'): string {
    if (typeof input !== 'string') {
      if (input.termType !== 'NamedNode') throw new InvalidArgumentError(`Expected an IRI, id or label for the ${what}, got a ${input.termType}.`);
      input = input.value;
    }
    if (typeof input !== 'string' || !input.trim()) throw new InvalidArgumentError(`Expected an IRI, id or label for the ${what}, got ${JSON.stringify(input)}.`);
    const found = this.#candidates(input.trim());
    if (found.length === 1) return found[0]!;
    if (found.length > 1) {
      throw new InvalidArgumentError(`"${input}" names ${found.length} nodes (${found.map((f) => this.shortId(f)).join(', ')}); pass one of these ids instead.`);
    }
    throw new UnknownEntityError(input, this.suggest(input), what);
  }

  #candidates(input: string): string[] {
    const direct = [input, expand(input), PREFIXES.id + input, `${BASE}article/${input}`];
    for (const iri of direct) if (/^[a-z][\w+.-]*:/i.test(iri) && this.has(iri)) return [iri];
    // <article>/<local> and bare <local> for claims, quotations and notes.
    const slash = input.indexOf('/');
    const locals = slash > 0 ? [[input.slice(0, slash), input.slice(slash + 1)] as const] : this.articleIris().map((a) => [a.slice(`${BASE}article/`.length), input] as const);
    const hits = new Set<string>();
    for (const [slug, local] of locals) {
      for (const part of ['claim', 'quote', 'note']) {
        const iri = `${BASE}article/${slug}/${part}/${local}`;
        if (this.has(iri)) hits.add(iri);
      }
    }
    if (hits.size) return [...hits];
    return [...(this.#byKey.get(input.toLowerCase()) ?? [])];
  }

  /** Up to three known names closest to the input. */
  suggest(input: string): string[] {
    const target = input.toLowerCase();
    const scored: [number, string][] = [];
    for (const key of this.#byKey.keys()) scored.push([distance(target, key) - (key.includes(target) || target.includes(key) ? 3 : 0), key]);
    scored.sort((a, b) => a[0] - b[0]);
    const out: string[] = [];
    for (const [, key] of scored) {
      for (const iri of this.#byKey.get(key)!) {
        const label = this.label(iri);
        if (!out.includes(label)) out.push(label);
      }
      if (out.length >= 3) break;
    }
    return out.slice(0, 3);
  }

  label(iri: string): string {
    return this.store.getObjects(namedNode(iri), rdfs.label, DEFAULT_GRAPH)[0]?.value ?? this.shortId(iri);
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
    return this.store.getObjects(namedNode(iri), rdf.type, DEFAULT_GRAPH).map((t) => t.value);
  }

  kind(iri: string): Kind {
    if (this.#articles.has(iri)) return 'article';
    const types = new Set(this.types(iri));
    for (const [cls, kind] of KIND_BY_CLASS) if (types.has(cls)) return kind;
    return 'other';
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

  /** The article a statement or note belongs to. */
  articleOf(iri: string): string | undefined {
    const direct = this.object(iri, schema.isPartOf)?.value;
    if (direct && this.#articles.has(direct)) return direct;
    return this.articleIris().find((a) => iri.startsWith(`${a}/`));
  }

  /** The article IRI a filter names, or undefined for all articles. */
  articleFilter(article: string | undefined): string | undefined {
    if (article === undefined) return undefined;
    const iri = this.resolve(article, 'article');
    if (!this.#articles.has(iri)) throw new InvalidArgumentError(`"${article}" is not a loaded article; kg.articles() lists them.`);
    return iri;
  }

  /** The content graph of a statement, if it has one. */
  contentGraph(iri: string): string | undefined {
    return this.object(iri, np.hasAssertion)?.value;
  }
}
