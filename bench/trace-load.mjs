// `npm run bench:trace [-- --dir=path] [--width=412] [--cold]`: loads the built page once in Chromium
// with a performance trace and prints what the main thread did: every task over 8 ms with what filled
// it, each style and layout pass with how many elements and boxes it touched, and any style or layout
// forced by a script (with the script and column). This is how the <select>s that made Chromium lay out
// a skipped chapter, and a checkVisibility() call that forced a whole-page layout, were found.
// A phone by default (412 px, as Lighthouse's mobile preset); the first load warms the cache unless --cold.
import { chromium } from '@playwright/test';
import { join } from 'node:path';
import { chromiumArgs, chromiumPath } from '../scripts/chromium-path.mjs';
import { serve } from './static-server.mjs';

const arg = (name, fallback) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const dir = arg('dir', join(import.meta.dirname, '..', 'dist'));
const width = Number(arg('width', 412));
const server = await serve(dir, 0);
const url = `http://127.0.0.1:${server.address().port}/`;
const executablePath = chromiumPath() ?? undefined;
const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: chromiumArgs });
try {
  const page = await browser.newPage({ viewport: { width, height: 823 }, deviceScaleFactor: width < 800 ? 1.75 : 1, isMobile: width < 800 });
  if (!process.argv.includes('--cold')) await page.goto(url);
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'loading', 'toplevel', 'blink.user_timing'] });
  await page.goto(`${url}?trace`, { waitUntil: 'load' });
  await page.waitForTimeout(1500);
  const events = JSON.parse((await browser.stopTracing()).toString()).traceEvents;

  const threadName = new Map(events.filter((e) => e.name === 'thread_name').map((e) => [`${e.pid}:${e.tid}`, e.args.name]));
  const onMain = (e) => threadName.get(`${e.pid}:${e.tid}`) === 'CrRendererMain';
  const start = events.find((e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL?.includes('?trace'))?.ts ?? 0;
  const at = (e) => `${String(Math.round((e.ts - start) / 1000)).padStart(5)} ms`;
  const ms = (us) => `${(us / 1000).toFixed(1)} ms`;

  console.log(`Main-thread tasks over 8 ms (${width} px, ${process.argv.includes('--cold') ? 'cold' : 'warm'} cache):`);
  for (const task of events.filter((e) => onMain(e) && e.name === 'RunTask' && e.dur > 8000 && e.ts >= start)) {
    const inner = {};
    for (const e of events) {
      if (e.ph !== 'X' || e.tid !== task.tid || e.pid !== task.pid || e === task || e.ts < task.ts || e.ts >= task.ts + task.dur) continue;
      if (['ParseHTML', 'UpdateLayoutTree', 'Layout', 'Paint', 'PrePaint', 'v8.evaluateModule', 'EvaluateScript', 'FunctionCall', 'MajorGC', 'MinorGC'].includes(e.name)) inner[e.name] = (inner[e.name] ?? 0) + e.dur;
    }
    console.log(`  ${at(task)}  ${ms(task.dur).padStart(8)}  ${Object.entries(inner).map(([k, v]) => `${k} ${ms(v)}`).join(', ')}`);
  }
  console.log('\nStyle and layout passes over 2 ms:');
  for (const e of events.filter((x) => onMain(x) && (x.name === 'UpdateLayoutTree' || x.name === 'Layout') && x.dur > 2000 && x.ts >= start)) {
    const d = e.args.beginData ?? {};
    const what = e.name === 'Layout' ? `${d.dirtyObjects} of ${d.totalObjects} boxes` : `${e.args.elementCount ?? '?'} elements`;
    const forced = d.stackTrace?.[0] ? `  FORCED by ${d.stackTrace[0].url.split('/').pop()}:${d.stackTrace[0].columnNumber} (${d.stackTrace[0].functionName || 'anonymous'})` : '';
    console.log(`  ${at(e)}  ${e.name.padEnd(16)} ${ms(e.dur).padStart(8)}  ${what}${forced}`);
  }
  const fcp = events.find((e) => e.name === 'firstContentfulPaint' && e.ts >= start);
  if (fcp) console.log(`\nFirst contentful paint at ${at(fcp).trim()}.`);
} finally {
  await browser.close();
  server.close();
}
