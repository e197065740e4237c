/** The n3 Store with a change counter, so derived views (indexes, projection) know when to rebuild. */
import type { Quad, Quad_Graph, Quad_Object, Quad_Predicate, Quad_Subject } from '@rdfjs/types';
import { Store } from 'n3';

export class VersionedStore extends Store {
  #version = 0;

  /** Grows by one for every quad added or removed, through any of the Store's methods. */
  get version(): number {
    return this.#version;
  }

  override addQuad(subject: Quad_Subject | Quad, predicate?: Quad_Predicate, object?: Quad_Object, graph?: Quad_Graph): boolean {
    const added = (super.addQuad as (...a: unknown[]) => boolean)(subject, predicate, object, graph);
    if (added) this.#version++;
    return added;
  }

  override removeQuad(subject: Quad_Subject | Quad, predicate?: Quad_Predicate, object?: Quad_Object, graph?: Quad_Graph): boolean {
    const removed = (super.removeQuad as (...a: unknown[]) => boolean)(subject, predicate, object, graph);
    if (removed) this.#version++;
    return removed;
  }
}
