/**
 * Reads and validates a JSON content file record by record. Used by the Astro loader at build time
 * and by the tests directly, so both fail with the same ContentError naming file, record and field.
 */
import { readFileSync } from 'node:fs';
import type { z } from 'astro/zod';
import { ContentError, fieldPath } from './content-error';

export function parseRecords<S extends z.ZodType>(file: string, text: string, schema: S, idField = 'id'): z.output<S>[] {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new ContentError(file, '(file)', '(json)', `not valid JSON: ${(e as Error).message}`);
  }
  const list = Array.isArray(raw) ? raw : [raw];
  const seen = new Set<string>();
  return list.map((record, index) => {
    const rawId = (record as Record<string, unknown> | null)?.[idField];
    const name = typeof rawId === 'string' && rawId ? rawId : `#${index + 1}`;
    const parsed = schema.safeParse(record);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new ContentError(file, name, fieldPath(issue.path), issue.message);
    }
    if (typeof rawId === 'string') {
      if (seen.has(rawId)) throw new ContentError(file, name, idField, `duplicate id "${rawId}"`);
      seen.add(rawId);
    }
    return parsed.data;
  });
}

export function readRecords<S extends z.ZodType>(file: string, schema: S, idField = 'id'): z.output<S>[] {
  return parseRecords(file, readFileSync(file, 'utf8'), schema, idField);
}
