/**
 * Readers–writer lock: queries read together; a load waits until the queries in
 * flight have finished and holds new ones back, so every query sees the graph
 * wholly before or wholly after a load, never a mix.
 */
export class ReadWriteLock {
  #readers = 0;
  #writing = false;
  #waiting: (() => void)[] = [];
  #writersWaiting = 0;

  async read<T>(work: () => Promise<T>): Promise<T> {
    while (this.#writing || this.#writersWaiting > 0) await this.#wait();
    this.#readers++;
    try {
      return await work();
    } finally {
      this.#readers--;
      this.#wake();
    }
  }

  async write<T>(work: () => T | Promise<T>): Promise<T> {
    this.#writersWaiting++;
    try {
      while (this.#writing || this.#readers > 0) await this.#wait();
    } finally {
      this.#writersWaiting--;
    }
    this.#writing = true;
    try {
      return await work();
    } finally {
      this.#writing = false;
      this.#wake();
    }
  }

  #wait(): Promise<void> {
    return new Promise((resolve) => this.#waiting.push(resolve));
  }

  #wake(): void {
    const waiting = this.#waiting;
    this.#waiting = [];
    for (const resolve of waiting) resolve();
  }
}
