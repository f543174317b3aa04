/**
 * The page's module scripts, started after its first contentful paint instead of with the HTML.
 * The report reads fully without them (charts and text are in the HTML); they only add interaction.
 * Fetched with the page, they counted towards the first paint in Lighthouse's simulated slow phone
 * (every request that ends before the paint does), and their work ran before the text showed.
 */
const MODULE_SCRIPT = /<script type="module" src="([^"]+)"><\/script>\s*/g;

/**
 * The loader that replaces them: one inline module that imports each script once the browser reports
 * the first contentful paint (or at `load`, where paint timing is not supported), then marks
 * <html data-scripts="loaded"> (or "failed") so the PDF printer and the tests know the behaviours are in.
 */
export function loaderScript(srcs: readonly string[]): string {
  const list = JSON.stringify(srcs);
  return `<script type="module">const s=${list},go=()=>setTimeout(()=>Promise.allSettled(s.map((u)=>import(u))).then((r)=>{document.documentElement.dataset.scripts=r.every((x)=>x.status==='fulfilled')?'loaded':'failed'}));`
    + `PerformanceObserver.supportedEntryTypes?.includes('paint')?new PerformanceObserver((l,o)=>{if(l.getEntriesByName('first-contentful-paint').length){o.disconnect();go()}}).observe({type:'paint',buffered:true}):addEventListener('load',go,{once:true});</script>`;
}

/** The page with its `<script type="module" src>` tags replaced by one loader before </body>. */
export function deferModuleScripts(html: string): { html: string; scripts: string[] } {
  const scripts = [...html.matchAll(MODULE_SCRIPT)].map((m) => m[1]!);
  if (scripts.length === 0) return { html, scripts };
  const at = html.lastIndexOf('</body>');
  if (at < 0) throw new Error('deferModuleScripts: the page has module scripts but no </body>');
  const stripped = html.slice(0, at).replace(MODULE_SCRIPT, '');
  return { html: stripped + loaderScript(scripts) + html.slice(at), scripts };
}
