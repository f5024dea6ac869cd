export function fixtureMode(name: string): { corpus: boolean; options: { repair?: 'safe'; maxDocumentSize?: number } | undefined };
export function parseFixture(api: Record<string, unknown>, name: string, text: string): unknown;
