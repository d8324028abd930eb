import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';

type Generator = ReturnType<typeof xoroshiro128plus>;

/** A weighted choice: the value and how often it comes up relative to the others. */
export type Weighted<T> = readonly (readonly [T, number])[];

/**
 * Seeded random choices for the synthetic-portfolio generator. Every draw mutates one
 * xoroshiro128+ stream, so the same seed and the same sequence of calls give the same values on
 * every machine (no Math.random, no clock).
 */
export class Random {
  private readonly rng: Generator;

  constructor(seed: number) {
    this.rng = xoroshiro128plus(seed | 0);
  }

  /** A whole number from `min` to `max`, both included. */
  int(min: number, max: number): number {
    return uniformInt(this.rng, min, max);
  }

  /** True with the given probability (0 to 1). */
  chance(probability: number): boolean {
    return this.int(0, 999_999) < probability * 1_000_000;
  }

  /** One item of a non-empty list. */
  pick<T>(items: readonly T[]): T {
    const item = items[this.int(0, items.length - 1)];
    if (item === undefined) throw new Error('Cannot pick from an empty list');
    return item;
  }

  /** One value, each as likely as its weight. */
  weighted<T>(options: Weighted<T>): T {
    const total = options.reduce((sum, [, weight]) => sum + weight, 0);
    let ticket = this.int(1, total);
    for (const [value, weight] of options) {
      ticket -= weight;
      if (ticket <= 0) return value;
    }
    throw new Error('Cannot choose from an empty list of weights');
  }

  /** `count` distinct items of `items`, in the order they were drawn. */
  sample<T>(items: readonly T[], count: number): T[] {
    const pool = [...items];
    const chosen: T[] = [];
    while (chosen.length < count && pool.length > 0) {
      const [item] = pool.splice(this.int(0, pool.length - 1), 1);
      if (item !== undefined) chosen.push(item);
    }
    return chosen;
  }
}

/**
 * A seed for one part of the generator, mixed from the caller's seed and a label (FNV-1a), so
 * each part draws from its own stream: changing how contacts are drawn never shifts evidence.
 */
export function derivedSeed(seed: number, label: string): number {
  let hash = 0x811c9dc5 ^ (seed | 0);
  for (let i = 0; i < label.length; i += 1) {
    hash = Math.imul(hash ^ label.charCodeAt(i), 0x01000193);
  }
  return Math.imul(hash ^ (hash >>> 15), 0x2c1b3c6d) ^ (hash >>> 12);
}

/** A random stream for one labelled part of the generator. */
export function streamFor(seed: number, label: string): Random {
  return new Random(derivedSeed(seed, label));
}
