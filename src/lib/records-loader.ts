import type { Loader } from 'astro/loaders';
import type { z } from 'astro/zod';
import { readRecords } from './records';

/**
 * An Astro loader for a JSON file of records (or one object), validated by `readRecords` so that a
 * bad record stops the build with file, record and field rather than Astro's generic message.
 */
export function jsonRecords<S extends z.ZodType>(file: string, schema: S, { singletonId, idField = 'id' }: { singletonId?: string; idField?: string } = {}): Loader {
  return {
    name: 'json-records',
    load: async ({ store, watcher, generateDigest }) => {
      const sync = () => {
        const records = readRecords(file, schema, idField) as Record<string, unknown>[];
        store.clear();
        for (const data of records) {
          const id = singletonId ?? String(data[idField]);
          store.set({ id, data, digest: generateDigest(data) });
        }
      };
      sync();
      watcher?.add(file);
      watcher?.on('change', (changed) => {
        if (changed.endsWith(file)) sync();
      });
    },
  };
}
