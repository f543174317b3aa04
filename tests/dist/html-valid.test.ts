import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertBuilt, dist, htmlFiles } from './built-site';

// The Nu HTML Checker (the W3C validator) run once over every built page: one Java start-up.
const vnu: string = createRequire(import.meta.url)('vnu-jar');

interface VnuMessage { type: string; subType?: string; url: string; lastLine?: number; message: string; extract?: string }

describe('every built page is valid HTML (Nu HTML Checker)', () => {
  assertBuilt();
  const files = htmlFiles();

  it('finds the pages to check', () => {
    expect(files).toContain('index.html');
  });

  it('reports zero errors', () => {
    const out = execFileSync('java', ['-jar', vnu, '--format', 'json', '--exit-zero-always', '--stdout', ...files.map((f) => join(dist, f))], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    const { messages } = JSON.parse(out) as { messages: VnuMessage[] };
    // Not the inlined stylesheet (astro.config.mjs): the checker's CSS parser predates Tailwind 4's
    // at-rules (@property, margin-trim) and calls them errors. The CSS was never checked here: before
    // it was inlined it was a file, which the checker does not read.
    const errors = messages
      .filter((m) => m.type === 'error' || m.type === 'non-document-error')
      .filter((m) => !m.message.startsWith('CSS: '))
      .map((m) => `${m.url.replace(/^.*\/dist\//, 'dist/')}:${m.lastLine ?? '?'} ${m.message}${m.extract ? ` — ${m.extract.trim().slice(0, 120)}` : ''}`);
    expect(errors).toEqual([]);
  });
});
