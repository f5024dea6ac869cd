import { diagnosticCodes, type DiagnosticCode } from '../model/codes.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { positionAt } from './positions.js';

/** A diagnostic whose position is still a pair of offsets. */
interface Pending {
  readonly code: DiagnosticCode;
  readonly message: string;
  readonly start: number;
  readonly end: number;
}

/**
 * The most diagnostics of one code a document reports; the rest are counted in one
 * `DIAGNOSTICS_TRUNCATED`. A 50 MB page of glued sentences would otherwise give hundreds
 * of thousands of diagnostics, more memory than its text.
 */
export const MAX_DIAGNOSTICS_PER_CODE = 100;

/**
 * Collects diagnostics during one parse as offset pairs; positions are computed once,
 * at the end, so the hot path never counts lines. Offsets are recorded as given: one
 * outside the input is a bug of the stage that reported it, and the tests look for it.
 */
export class Reporter {
  readonly #pending: Pending[] = [];
  readonly #counts = new Map<DiagnosticCode, number>();
  readonly #dropped = new Map<DiagnosticCode, { count: number; start: number; end: number }>();

  /** Records `code` for the input range `[start, end)`. */
  add(code: DiagnosticCode, message: string, start: number, end: number = start): void {
    const count = (this.#counts.get(code) ?? 0) + 1;
    this.#counts.set(code, count);
    if (count <= MAX_DIAGNOSTICS_PER_CODE) {
      this.#pending.push({ code, message, start, end });
      return;
    }
    const dropped = this.#dropped.get(code);
    if (dropped) {
      // Stryker disable next-line UpdateOperator: the count only goes into the message, which tests do not read.
      dropped.count++;
      dropped.end = Math.max(dropped.end, end);
    } else {
      this.#dropped.set(code, { count: 1, start, end });
    }
  }

  /** The diagnostics in input order (stable for equal offsets), positioned by `lineStarts`. */
  finish(lineStarts: readonly number[]): Diagnostic[] {
    const pending = [...this.#pending];
    for (const [code, { count, start, end }] of this.#dropped) {
      pending.push({ code: 'DIAGNOSTICS_TRUNCATED', message: `${count} more ${code} diagnostics were left out.`, start, end });
    }
    // Stryker disable next-line ConditionalExpression: a fast path; without it the map below gives the same [].
    if (pending.length === 0) return [];
    // Array.prototype.sort is stable (ES2019), so equal starts keep the order of addition.
    return pending
      .sort((a, b) => a.start - b.start)
      .map((p) => ({
        code: p.code,
        severity: diagnosticCodes[p.code].severity,
        message: p.message,
        start: positionAt(lineStarts, p.start),
        end: positionAt(lineStarts, p.end),
      }));
  }
}
