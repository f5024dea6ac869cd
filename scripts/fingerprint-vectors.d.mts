import type { Fingerprint, FingerprintOptions } from '../src/index.js';

/** One input of the vectors and what it shows. */
export interface VectorInput {
  readonly shows: string;
  readonly text: string;
}

/** One published vector: the input and its fingerprints, MinHash included. */
export interface Vector extends VectorInput, Fingerprint {}

export const VECTOR_INPUTS: readonly VectorInput[];

/** The vectors, computed with `fingerprint` (from src/ or the build). */
export function vectors(fingerprint: (text: string, options?: FingerprintOptions) => Fingerprint): Vector[];
