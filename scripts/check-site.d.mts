/** What the API site should show, read from the sources. */
export interface ExpectedShape {
  /** The README's headings (levels 1–3) as plain text: the site's front page shows them. */
  readonly readmeHeadings: readonly string[];
  /** The fields of `Article` in their order in src/model/article.ts. */
  readonly articleFields: readonly string[];
  /** The title (first `# ` heading) of every docs/*.md. */
  readonly guides: readonly string[];
}

/** Every broken link of the site in `site`: `file: link (why)`. */
export function brokenLinks(site: string): string[];
/** What the site should show, read from the repository at `root`. */
export function expectedShape(root?: string): ExpectedShape;
/** Where the site in `site` differs from `expected`. */
export function shapeProblems(site: string, expected: ExpectedShape): string[];
