// Where the browser for tests and the PDF lives. CHROMIUM_PATH overrides; otherwise Debian's
// /usr/bin/chromium; otherwise undefined, so Playwright uses its own downloaded browser (laptops).
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export function chromiumPath() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  for (const p of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) if (existsSync(p)) return p;
  try {
    const own = chromium.executablePath();
    if (own && existsSync(own)) return undefined;
  } catch {}
  return null; // none at all
}

/** Flags for a sandboxed, offline machine: no background requests, no GPU. */
export const chromiumArgs = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--disable-quic',
];

export const HOW_TO_GET_CHROMIUM =
  'No Chromium found. Install one: on Debian/Ubuntu `sudo apt-get install -y chromium`, or `npx playwright install chromium`, or set CHROMIUM_PATH=/path/to/chrome.';
