/**
 * The store as a query source whose match streams end when a signal fires.
 * Destroying a result stream does not stop Comunica's aggregates from draining
 * their inputs; ending the inputs does.
 */
import type { Term } from '@rdfjs/types';
import type { Store } from 'n3';

export function abortableSource(store: Store, signal: AbortSignal, reason: () => Error) {
  return {
    match(s?: Term | null, p?: Term | null, o?: Term | null, g?: Term | null) {
      const stream = (store.match as (...a: unknown[]) => unknown)(s, p, o, g) as unknown as NodeJS.ReadableStream & { destroy(e?: Error): void };
      if (signal.aborted) {
        queueMicrotask(() => stream.destroy(reason()));
        return stream;
      }
      const stop = () => stream.destroy(reason());
      signal.addEventListener('abort', stop, { once: true });
      const release = () => signal.removeEventListener('abort', stop);
      stream.on('end', release);
      stream.on('close', release);
      stream.on('error', release);
      return stream;
    },
    countQuads(s?: Term | null, p?: Term | null, o?: Term | null, g?: Term | null) {
      return (store.countQuads as (...a: unknown[]) => number)(s, p, o, g);
    },
  };
}
