import type { DedupOptions, DedupRecord, Deduper } from '../src/dedup/index.js';

/** A base of the suite: one distinct fixture body, as it is or continued to 300–900 words. */
export interface SuiteBase {
  readonly name: string;
  readonly title: string | null;
  readonly body: string;
  readonly urlKey: string;
}

/** One row of the suite's table. */
export interface SuiteRow {
  readonly length: 'fixture' | 'long';
  readonly kind: string;
  readonly cases: number;
  /** Near duplicates found to duplicate their base, or unrelated pairs found to be duplicates. */
  readonly duplicates: number;
  readonly rate: number;
  /** The duplicates by the test that found them. */
  readonly by: { readonly [reason: string]: number };
}

export const BOILERPLATE: readonly string[];
export function suiteBases(options?: { readonly length?: 'fixture' | 'long'; readonly fixtures?: string }): SuiteBase[];
export function nearDuplicates(base: SuiteBase, i: number): { kind: string; record: DedupRecord }[];
export function baseRecord(base: SuiteBase): DedupRecord;
export function unrelatedPairs(bases: readonly SuiteBase[], options?: { readonly sameTitle?: boolean; readonly partners?: number }): [DedupRecord, DedupRecord][];
export function runSuite(createDeduper: (options?: DedupOptions) => Deduper, options?: { readonly lengths?: readonly ('fixture' | 'long')[]; readonly options?: DedupOptions }): SuiteRow[];
export function formatTable(rows: readonly SuiteRow[]): string;
