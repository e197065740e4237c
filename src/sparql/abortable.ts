/**
 * The store as a query source whose match streams go silent when a signal fires.
 * Destroying a result stream does not stop Comunica's aggregates from draining
 * their inputs, and ending the inputs early lets joins race through every
 * remaining combination; inputs that stop delivering (no data, no end, no error
 * event that nobody listens to) stall the whole pipeline, which is then dropped.
 */
import type { Quad, Term } from '@rdfjs/types';
import { Readable } from 'node:stream';
import type { Store } from 'n3';

type Pattern = (Term | null | undefined)[];

export function abortableSource(store: Store, signal: AbortSignal) {
  const read = store.readQuads as unknown as (...pattern: Pattern) => Iterator<Quad>;
  return {
    match(s?: Term | null, p?: Term | null, o?: Term | null, g?: Term | null): Readable {
      const quads = read.call(store, s, p, o, g);
      const stream = new Readable({
        objectMode: true,
        highWaterMark: 256,
        read(size) {
          for (let i = 0; i < size; i++) {
            if (signal.aborted) return; // silent: the consumer waits, and is dropped with the query
            const next = quads.next();
            if (next.done) return void this.push(null);
            if (!this.push(next.value)) return;
          }
        },
      });
      return stream;
    },
    countQuads(s?: Term | null, p?: Term | null, o?: Term | null, g?: Term | null): number {
      return (store.countQuads as unknown as (...pattern: Pattern) => number)(s, p, o, g);
    },
  };
}
