/**
 * Serializes async operations per key, in call order. Entries are removed when their queue
 * drains, so memory does not grow with the number of operations.
 */
export class KeyedMutex {
  readonly #tails = new Map<string, Promise<unknown>>();

  run<T>(key: string, operation: () => Promise<T>): Promise<T> {
    const previous = this.#tails.get(key) ?? Promise.resolve();
    const result = previous.then(operation, operation);
    const tail = result.then(
      () => undefined,
      () => undefined,
    );
    this.#tails.set(key, tail);
    void tail.then(() => {
      if (this.#tails.get(key) === tail) this.#tails.delete(key);
    });
    return result;
  }

  /** Number of keys with operations queued or running (for tests and diagnostics). */
  get size(): number {
    return this.#tails.size;
  }
}

const mutexes = new WeakMap<object, KeyedMutex>();

/**
 * The mutex shared by every cipher that uses the same session store object, so two cipher
 * instances over one store cannot interleave on an address. Scoped to that store, never global.
 */
export function mutexFor(owner: object): KeyedMutex {
  let mutex = mutexes.get(owner);
  if (mutex === undefined) {
    mutex = new KeyedMutex();
    mutexes.set(owner, mutex);
  }
  return mutex;
}
