/** Where the corpus stands beside the repository (`../shared/corpus/`). */
export const CORPUS_DIR: string;
/** Whether the corpus is there to compare with. */
export function hasCorpus(dir?: string): boolean;
/** Every piece of the corpus worth looking for, each with where it comes from. */
export function corpusPieces(dir?: string): Map<string, string>;
/** The pieces that `text` holds: `where "piece…"` each. */
export function piecesIn(text: string, pieces: Map<string, string>): string[];
