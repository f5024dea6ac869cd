/**
 * A multimap from 32-bit keys (SimHash blocks, LSH band hashes, story keys) to the groups
 * that have them, in typed arrays: a `Map` of small arrays costs about 80 bytes a key, and
 * a group has 18 keys; here a key costs 16 bytes and each of its groups 8.
 */

// The table of keys is grown when it is half full: linear probing stays short.
const MAX_LOAD = 0.5;
const INITIAL_SIZE = 64;

export class SlotIndex {
  /** Open-addressing table: the key at each position, and the first entry of its chain (-1: empty). */
  #keys = new Int32Array(INITIAL_SIZE);
  #heads = new Int32Array(INITIAL_SIZE).fill(-1);
  #used = 0;
  /** Entries, appended: a group's slot and the next entry of the same key (-1: the last). */
  #slots = new Int32Array(INITIAL_SIZE);
  #next = new Int32Array(INITIAL_SIZE);
  #entries = 0;

  /** The table position of `key`: where it is, or the empty position where it would go. */
  #position(key: number): number {
    const mask = this.#keys.length - 1;
    // Fibonacci hashing: the keys' low bits need not be mixed (a SimHash block is 16 bits).
    let p = Math.imul(key, 0x9e3779b1) & mask;
    while (this.#heads[p] !== -1 && this.#keys[p] !== key) p = (p + 1) & mask;
    return p;
  }

  /** Calls `visit` with each slot filed under `key`, the latest first. */
  forEach(key: number, visit: (slot: number) => void): void {
    for (let e = this.#heads[this.#position(key | 0)] as number; e !== -1; e = this.#next[e] as number) visit(this.#slots[e] as number);
  }

  /** Files `slot` under `key`. */
  add(key: number, slot: number): void {
    key |= 0;
    if (this.#entries === this.#slots.length) {
      this.#slots = grown(this.#slots, this.#slots.length * 2);
      this.#next = grown(this.#next, this.#next.length * 2);
    }
    let p = this.#position(key);
    if (this.#heads[p] === -1) {
      if (this.#used + 1 > this.#keys.length * MAX_LOAD) {
        this.#rehash();
        p = this.#position(key);
      }
      this.#used++;
      this.#keys[p] = key;
    }
    this.#slots[this.#entries] = slot;
    this.#next[this.#entries] = this.#heads[p] as number;
    this.#heads[p] = this.#entries++;
  }

  #rehash(): void {
    const keys = this.#keys;
    const heads = this.#heads;
    this.#keys = new Int32Array(keys.length * 2);
    this.#heads = new Int32Array(keys.length * 2).fill(-1);
    for (let p = 0; p < keys.length; p++) {
      if (heads[p] === -1) continue;
      const q = this.#position(keys[p] as number);
      this.#keys[q] = keys[p] as number;
      this.#heads[q] = heads[p] as number;
    }
  }
}

/** A copy of `array` with room for `length` values. */
export function grown<T extends Int32Array | Uint32Array>(array: T, length: number): T {
  const copy = new (array.constructor as new (length: number) => T)(length);
  copy.set(array);
  return copy;
}
