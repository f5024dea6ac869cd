/**
 * newsdoc/dedup: near-duplicate detection over a stream of records, by URL key, SimHash,
 * MinHash LSH and story key, in memory that grows with the groups found, not with the
 * texts. Its own entry, so that the core stays small for those who only parse; it has no
 * Node import and runs wherever the core does. `newsdoc dedup` is the same on the command line.
 *
 * @packageDocumentation
 */
export { createDeduper, dedup, type DedupOptions, type DedupRecord, type DedupResult, type DedupVerdict, type Deduper, type DuplicateReason } from './dedup.js';
