export function chromiumPath(): string | undefined | null;
export const chromiumArgs: string[];
export const HOW_TO_GET_CHROMIUM: string;
