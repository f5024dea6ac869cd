export function fixtureMode(name: string): { corpus: boolean; options: { repair?: 'safe'; maxDocumentSize?: number } | undefined };
export function parseFixture(api: Record<string, unknown>, name: string, text: string): unknown;
/** A result as its `.json` holds it: plain JSON, diagnostic messages left out. */
export function asExpected(result: unknown): unknown;

/** A path into an expected value: `['article', 'dateline', 'place']`, `[1, 'article', 'title']`. */
export type FieldPath = (string | number)[];

/** A value of an expected `.json` marked wrong by a contributor. */
export interface Mark {
  readonly path: FieldPath;
  /** What the parser gave when the field was marked. */
  readonly wrong: unknown;
  /** What a labeller reads there, when the contributor gave it (see `hasRight`). */
  readonly right: unknown;
  readonly hasRight: boolean;
}

export function isMark(value: unknown): boolean;
export function jsonEqual(a: unknown, b: unknown): boolean;
export function findMarks(value: unknown, path?: FieldPath): Mark[];
export function pathText(path: FieldPath): string;
export function fieldPath(expected: unknown, field: string): FieldPath;
export function markWrong(expected: unknown, path: FieldPath, options?: { right?: unknown }): unknown;
export function withRightValues(expected: unknown): unknown;
export function carryMarks(previous: unknown, next: unknown): { value: unknown; notes: string[] };
