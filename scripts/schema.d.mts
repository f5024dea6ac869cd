export const SCHEMAS: readonly { readonly file: string; readonly type: string }[];
export function generateSchemas(): { file: string; text: string }[];
