import { existsSync, readFileSync } from 'node:fs';

/** A JSON file's contents, or `fallback` when the file does not exist yet (a first build). */
export const readJson = <T>(file: string, fallback: T): T => (existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as T) : fallback);
