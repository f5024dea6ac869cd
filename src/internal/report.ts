import { diagnosticCodes, type DiagnosticCode } from '../model/codes.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { LineIndex } from './text.js';

/** A diagnostic whose position is still a pair of offsets. */
interface Pending {
  readonly code: DiagnosticCode;
  readonly message: string;
  readonly start: number;
  readonly end: number;
}

/**
 * Collects diagnostics during one parse as offset pairs; positions are computed once,
 * at the end, so the hot path never counts lines.
 */
export class Reporter {
  readonly #pending: Pending[] = [];
  readonly #input: string;

  constructor(input: string) {
    this.#input = input;
  }

  /** Records `code` for the input range `[start, end)`. */
  add(code: DiagnosticCode, message: string, start: number, end: number = start): void {
    const n = this.#input.length;
    const s = Math.max(0, Math.min(start, n));
    this.#pending.push({ code, message, start: s, end: Math.max(s, Math.min(end, n)) });
  }

  /** Whether `code` was recorded. */
  has(code: DiagnosticCode): boolean {
    return this.#pending.some((p) => p.code === code);
  }

  /** The diagnostics in input order (stable for equal offsets). */
  finish(): Diagnostic[] {
    if (this.#pending.length === 0) return [];
    const index = new LineIndex(this.#input);
    return this.#pending
      .map((p, i) => ({ p, i }))
      .sort((a, b) => a.p.start - b.p.start || a.i - b.i)
      .map(({ p }) => ({
        code: p.code,
        severity: diagnosticCodes[p.code].severity,
        message: p.message,
        start: index.position(p.start),
        end: index.position(p.end),
      }));
  }
}
