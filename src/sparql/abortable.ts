/**
 * Stopping a running Comunica query for real. Destroying the result stream is not
 * enough: aggregates keep draining their input, and joins keep combining inputs
 * they have already read into memory, so a cartesian COUNT(*) burns a core for
 * hours after its caller gave up. Two things together stop it:
 *  - the store is wrapped as a source whose match streams go silent once the
 *    signal fires (no more data, no end: ending early would let joins race on);
 *  - every task Comunica's iterators schedule (asynciterator's task scheduler) is
 *    tagged, through AsyncLocalStorage, with the signal of the query that
 *    scheduled it, and dropped once that signal has fired. The query's iterators
 *    then never run again and are garbage collected.
 */
import type { Quad, Term } from '@rdfjs/types';
import { AsyncLocalStorage } from 'node:async_hooks';
import type { EventEmitter } from 'node:events';
import { createRequire } from 'node:module';
import { Readable } from 'node:stream';
import type { Store } from 'n3';

type Pattern = (Term | null | undefined)[];

export function abortableSource(store: Store, signal: AbortSignal) {
  const read = store.readQuads as unknown as (...pattern: Pattern) => Iterator<Quad>;
  const count = store.countQuads as unknown as (...pattern: Pattern) => number;
  return {
    match(s?: Term | null, p?: Term | null, o?: Term | null, g?: Term | null): Readable {
      const quads = read.call(store, s, p, o, g);
      return new Readable({
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
    },
    countQuads(s?: Term | null, p?: Term | null, o?: Term | null, g?: Term | null): number {
      return count.call(store, s, p, o, g);
    },
    // An update writes through the same object it reads from: Comunica renames the blank nodes a
    // source gives (bc_0_…) and gives them back their own names only when they are written to that
    // source, so with the bare store as destination DELETE missed matched blank nodes and INSERT
    // copied them as new ones.
    import: (stream: EventEmitter) => store.import(stream as never),
    remove: (stream: EventEmitter) => store.remove(stream as never),
    removeMatches: (s?: Term | null, p?: Term | null, o?: Term | null, g?: Term | null) => store.removeMatches(s as never, p as never, o as never, g as never),
    deleteGraph: (g: Term | string) => store.deleteGraph(g as never),
  };
}

const running = new AsyncLocalStorage<AbortSignal>();
let gated = false;

/** Installs the gate on the asynciterator instance Comunica uses (its CommonJS build). */
function installGate(): void {
  if (gated) return;
  gated = true;
  // Resolved from Comunica's own location so the gate lands on the copy it loads.
  const require = createRequire(createRequire(import.meta.url).resolve('@comunica/query-sparql-rdfjs-lite'));
  const ai = require('asynciterator') as { getTaskScheduler(): (task: () => void) => void; setTaskScheduler(s: (task: () => void) => void): void };
  const schedule = ai.getTaskScheduler();
  // The scheduler batches tasks and runs them later from a macrotask, in whatever context queued
  // that one; so each task re-enters its own query's context (or none) when it runs.
  ai.setTaskScheduler((task) => {
    const signal = running.getStore();
    if (!signal) return schedule(() => running.exit(task));
    if (signal.aborted) return;
    schedule(() => {
      if (!signal.aborted) running.run(signal, task);
    });
  });
}

/** Runs `work` so that everything it schedules through Comunica's iterators stops when `signal` fires. */
export function stoppable<T>(signal: AbortSignal, work: () => Promise<T>): Promise<T> {
  installGate();
  return running.run(signal, work);
}
