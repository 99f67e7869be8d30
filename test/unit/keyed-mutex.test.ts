import { describe, expect, it } from 'vitest';
import { KeyedMutex, mutexFor } from '../../src/internal/keyed-mutex.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('KeyedMutex', () => {
  it('runs operations on one key one at a time, in call order', async () => {
    const mutex = new KeyedMutex();
    const events: string[] = [];
    const op = (name: string, ms: number) => async () => {
      events.push(`start ${name}`);
      await sleep(ms);
      events.push(`end ${name}`);
      return name;
    };
    const results = await Promise.all([mutex.run('k', op('a', 20)), mutex.run('k', op('b', 1)), mutex.run('k', op('c', 5))]);
    expect(results).toEqual(['a', 'b', 'c']);
    expect(events).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c']);
  });

  it('lets different keys run concurrently', async () => {
    const mutex = new KeyedMutex();
    const events: string[] = [];
    await Promise.all([
      mutex.run('x', async () => {
        events.push('x start');
        await sleep(20);
        events.push('x end');
      }),
      mutex.run('y', async () => {
        events.push('y start');
        events.push('y end');
      }),
    ]);
    expect(events.indexOf('y end')).toBeLessThan(events.indexOf('x end'));
  });

  it('keeps going after a failed operation and forgets drained keys', async () => {
    const mutex = new KeyedMutex();
    await expect(mutex.run('k', async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(mutex.run('k', async () => 'next')).resolves.toBe('next');
    await sleep(0);
    expect(mutex.size).toBe(0);
  });

  it('is shared per owner object and separate between owners', () => {
    const a = {};
    const b = {};
    expect(mutexFor(a)).toBe(mutexFor(a));
    expect(mutexFor(a)).not.toBe(mutexFor(b));
  });
});
