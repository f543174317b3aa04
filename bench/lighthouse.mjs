// The Lighthouse CLI that `npm run bench` installs into bench/tmp/tools, run against Debian's
// Chromium (or CHROMIUM_PATH) on a page served by bench/static-server.mjs. Shared by the bench and
// `npm run bench:tbt`.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { chromiumPath } from '../scripts/chromium-path.mjs';

export const LIGHTHOUSE_DIR = join(import.meta.dirname, 'tmp/tools/node_modules/lighthouse');

/** The host compresses once per encoding, on first request; Lighthouse should not time that. */
export async function warmEncodings(url) {
  for (const encoding of ['br', 'gzip']) await (await fetch(url, { headers: { 'accept-encoding': encoding } })).arrayBuffer();
}

/** Runs the CLI on `url` with `args` (output, categories, preset…); resolves to its exit status. */
export function runLighthouse(url, args, { env = process.env, timeout } = {}) {
  return new Promise((resolve) => {
    spawn(process.execPath, [join(LIGHTHOUSE_DIR, 'cli/index.js'), url, '--quiet', ...args,
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage'],
    { env: { ...env, CHROME_PATH: chromiumPath() ?? '' }, stdio: ['ignore', 'ignore', 'inherit'], ...(timeout ? { timeout } : {}) })
      .on('close', resolve);
  });
}
