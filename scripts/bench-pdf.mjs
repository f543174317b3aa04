// Benchmark: how long `node scripts/pdf.mjs` takes to render both PDFs of the built report (the
// budget is 30 s on a 2-core machine). Run after `astro build`: `npm run bench:pdf [runs]`.
// Timings live here, not in the tests.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { cpus } from 'node:os';

const BUDGET_S = 30;
const runs = Number(process.argv[2] ?? 3);
if (!existsSync('dist/index.html')) {
  console.error('bench:pdf: dist/index.html is missing; run `npm run build` first.');
  process.exit(1);
}
const times = [];
for (let i = 0; i < runs; i++) {
  const t = performance.now();
  const out = execFileSync(process.execPath, ['scripts/pdf.mjs'], { encoding: 'utf8' });
  if (out.includes('PDF skipped')) { console.error(out.trim()); process.exit(1); }
  times.push((performance.now() - t) / 1000);
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)];
const result = { task: 'pdf', runs, cores: cpus().length, medianSeconds: +median.toFixed(2), maxSeconds: +times.at(-1).toFixed(2), budgetSeconds: BUDGET_S };
mkdirSync('bench/tmp', { recursive: true });
writeFileSync('bench/tmp/pdf.json', `${JSON.stringify(result, null, 2)}\n`);
console.log(`bench:pdf: median ${result.medianSeconds} s, max ${result.maxSeconds} s over ${runs} runs on ${result.cores} cores (budget ${BUDGET_S} s)`);
if (median > BUDGET_S) process.exit(1);
