import type { DiagnosticCode } from '../codes.js';

/** STUB: the text helper replaces this file. */
export interface BodyIssue {
  readonly code: DiagnosticCode;
  readonly start: number;
  readonly end: number;
  readonly fix: { readonly start: number; readonly end: number; readonly replacement: string } | null;
}

/** STUB. */
export function findBodyIssues(input: string, from: number, to: number): BodyIssue[] {
  void input;
  void from;
  void to;
  return [];
}

/** STUB. */
export function applyFixes(input: string, from: number, to: number, issues: readonly BodyIssue[]): string {
  void issues;
  return input.slice(from, to);
}
