// `npm run bench:tbt [-- --dir=path --runs=5]`: where Lighthouse's Total Blocking Time comes from.
// Runs Lighthouse (mobile, gather only) on the built page, then replays its own Lantern simulation on
// each saved trace and prints, per run, TBT with its two estimates (optimistic/pessimistic; the score
// is their mean), FCP and LCP, and every main-thread task that counts: those of 40 ms or more once
// slowed 4× (10 ms real), by kind and real length; a `*` marks the tasks Lantern keeps in its
// first-paint graph, which end before the simulated first paint. Any other task over 12.5 ms real
// adds to TBT. Tasks vary by ±50 % between runs on this machine, so compare runs, not one.
// Needs the bench's tools (bench/tmp/tools: `npm run bench` installs them).
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LIGHTHOUSE_DIR as lighthouse, runLighthouse, warmEncodings } from './lighthouse.mjs';
import { serve } from './static-server.mjs';

const arg = (name, fallback) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const root = join(import.meta.dirname, '..');
const dir = arg('dir', join(root, 'dist'));
const runs = Number(arg('runs', 3));
if (!existsSync(lighthouse)) throw new Error('Lighthouse is not installed in bench/tmp/tools: run `npm run bench` once.');
const core = join(lighthouse, 'core');
const { loadArtifacts } = await import(join(core, 'lib/asset-saver.js'));
const { LanternTotalBlockingTime } = await import(join(core, 'computed/metrics/lantern-total-blocking-time.js'));
const { LanternFirstContentfulPaint } = await import(join(core, 'computed/metrics/lantern-first-contentful-paint.js'));
const { LanternLargestContentfulPaint } = await import(join(core, 'computed/metrics/lantern-largest-contentful-paint.js'));

const kind = (node) => {
  const names = new Set(node.childEvents.map((e) => e.name));
  if (names.has('Paint')) return 'frame';
  if (names.has('DocumentLoader::CommitNavigation')) return 'commit';
  if (names.has('DocumentLoader::BodyLoadingFinished')) return 'body-end';
  if (names.has('v8.evaluateModule')) return 'modules';
  if (names.has('RemoteFontLoaded')) return 'font';
  if (names.has('ParseHTML')) return 'parse';
  return [...names].filter((n) => !/RunTask|ThreadController/.test(n)).slice(0, 2).join('/') || 'task';
};

const out = mkdtempSync(join(tmpdir(), 'lantern-'));
const server = await serve(dir, 0);
const url = `http://127.0.0.1:${server.address().port}/`;
await warmEncodings(url);
const tbts = [];
try {
  for (let r = 0; r < runs; r++) {
    const artifacts = join(out, `run-${r}`);
    const status = await runLighthouse(url, [`-G=${artifacts}`, '--only-categories=performance']);
    if (status !== 0) throw new Error(`lighthouse exited ${status}`);
    const a = await loadArtifacts(artifacts);
    const context = { computedCache: new Map(), settings: a.settings };
    const data = { trace: a.Trace, devtoolsLog: a.DevtoolsLog, gatherContext: a.GatherContext, settings: a.settings, URL: a.URL, SourceMaps: a.SourceMaps ?? [], simulator: null, HostDPR: a.HostDPR };
    const fcp = await LanternFirstContentfulPaint.request(data, context);
    const lcp = await LanternLargestContentfulPaint.request(data, context);
    const tbt = await LanternTotalBlockingTime.request(data, context);
    tbts.push(Math.round(tbt.timing));
    const firstPaintGraph = new Set([...fcp.pessimisticEstimate.nodeTimings.keys()].map((n) => n.id));
    const tasks = [...tbt.pessimisticEstimate.nodeTimings.entries()].filter(([n]) => n.type === 'cpu')
      .sort((x, y) => x[1].startTime - y[1].startTime)
      .filter(([n, t]) => t.duration >= 40 || firstPaintGraph.has(n.id))
      .map(([n]) => `${firstPaintGraph.has(n.id) ? '*' : ''}${kind(n)} ${(n.duration / 1000).toFixed(0)}`);
    console.log(`run ${r + 1}: TBT ${Math.round(tbt.timing)} ms (${Math.round(tbt.optimisticEstimate.timeInMs)}/${Math.round(tbt.pessimisticEstimate.timeInMs)}), `
      + `FCP ${Math.round(fcp.timing)} ms, LCP ${Math.round(lcp.timing)} ms\n  tasks (ms, real): ${tasks.join(' · ')}`);
  }
  console.log(`TBT over ${runs} run(s): ${tbts.join(', ')} ms; median ${[...tbts].sort((x, y) => x - y)[Math.floor(tbts.length / 2)]} ms`);
} finally {
  server.close();
}
