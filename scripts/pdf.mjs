// Renders the built report (dist/) to dist/report.pdf (A4) and dist/report-letter.pdf (US Letter)
// in Chromium, with bookmarks, tagged structure, named destinations for every chapter and section,
// page numbers in the contents, document metadata, and then offers the files on the page.
//
//   node scripts/pdf.mjs            (run by `npm run build` after `astro build`; also `npm run pdf`)
//
// Without Chromium it prints one line saying how to get one and exits 0, so the site still builds;
// the PDF tests fail in that case, since they read the files this script writes.
import { createServer } from 'node:http';
import { readFile, writeFile, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { bindNumbers } from '../src/lib/typography.ts';
import { performance } from 'node:perf_hooks';
import { chromiumArgs, chromiumPath, HOW_TO_GET_CHROMIUM } from './chromium-path.mjs';

const DIST = resolve('dist');
const BASE = normalizeBase(process.env.BASE ?? '/');
const started = performance.now();
// PDF_TIMINGS=1 prints how long each step takes (for the benchmark and for slow machines).
const lap = (what) => process.env.PDF_TIMINGS && console.log(`  ${((performance.now() - started) / 1000).toFixed(2)} s  ${what}`);

function normalizeBase(b) {
  const withLead = b.startsWith('/') ? b : `/${b}`;
  return withLead.endsWith('/') ? withLead : `${withLead}/`;
}

const executablePath = chromiumPath();
if (executablePath === null) {
  console.log(`PDF skipped: ${HOW_TO_GET_CHROMIUM} Then run \`npm run pdf\`.`);
  process.exit(0);
}
if (!existsSync(join(DIST, 'index.html'))) {
  console.error('PDF: dist/index.html is missing; run `npm run build` first.');
  process.exit(1);
}

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript',
  '.mjs': 'text/javascript', '.svg': 'image/svg+xml', '.woff2': 'font/woff2', '.woff': 'font/woff',
  '.json': 'application/json', '.csv': 'text/csv', '.png': 'image/png', '.jpg': 'image/jpeg',
  '.webp': 'image/webp', '.ico': 'image/x-icon', '.txt': 'text/plain', '.xml': 'application/xml',
};

/** A static server for dist/ under the site's base path, on a free port of the loopback only. */
function serveDist() {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let path = decodeURIComponent(url.pathname);
    if (!path.startsWith(BASE) && `${path}/` !== BASE) { res.writeHead(404).end(); return; }
    path = path.slice(BASE.length - 1) || '/';
    if (path.endsWith('/')) path += 'index.html';
    const file = normalize(join(DIST, path));
    if (!file.startsWith(DIST)) { res.writeHead(403).end(); return; }
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

const PAPERS = [
  { file: 'report.pdf', format: 'A4', label: 'A4' },
  { file: 'report-letter.pdf', format: 'Letter', label: 'US Letter' },
];

const { chromium } = await import('@playwright/test');
const { PDFDocument, PDFName, PDFDict, PDFNumber, PDFArray, PDFRef } = await import('pdf-lib');
const report = JSON.parse(await readFile('content/report.json', 'utf8'));

const server = await serveDist();
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: chromiumArgs });
const results = [];
try {
  const context = await browser.newContext({ colorScheme: 'light', reducedMotion: 'reduce' });
  // The PDF must be made from this build alone: nothing may leave the machine.
  await context.route((url) => !url.href.startsWith(origin), (route) => route.abort());
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${origin}${BASE}`, { waitUntil: 'load' });
  // The page's scripts start after its first paint (src/lib/deferred-scripts.ts); print expansion is one.
  const scripts = await (await page.waitForFunction(() => document.documentElement.dataset.scripts)).jsonValue();
  if (scripts !== 'loaded') throw new Error('the page\'s scripts failed to load');
  await page.emulateMedia({ media: 'print', colorScheme: 'light' });
  await page.evaluate(async () => {
    dispatchEvent(new Event('beforeprint'));
    await document.fonts.ready;
  });
  await listFigures(page);
  // Links to the site's own files (the figures' data, the citation files) would otherwise point at
  // this temporary server from inside the PDF: they take the published address instead.
  await page.evaluate(() => {
    const base = document.querySelector('link[rel="canonical"]')?.getAttribute('href');
    if (!base) throw new Error('the page has no canonical address to resolve its file links against');
    for (const a of document.querySelectorAll('a[href]')) {
      const href = a.getAttribute('href');
      if (!href.startsWith('#') && !/^[a-z][a-z0-9+.-]*:/i.test(href)) a.setAttribute('href', new URL(href, base).href);
    }
  });
  lap('page loaded');

  for (const paper of PAPERS) {
    const options = { format: paper.format, printBackground: true, outline: true, tagged: true, preferCSSPageSize: false };
    // The contents and cross-references give page numbers, which only a rendering can tell: render,
    // read where each destination landed, write the numbers in, render again, until nothing moves.
    await clearPageNumbers(page);
    lap(`${paper.label}: start`);
    let doc = await PDFDocument.load(await page.pdf(options), { updateMetadata: false });
    let pages = destinationPages(doc);
    lap(`${paper.label}: first rendering`);
    for (let pass = 0; pass < 3; pass++) {
      await fillPageNumbers(page, pages);
      doc = await PDFDocument.load(await page.pdf(options), { updateMetadata: false });
      const moved = Object.entries(destinationPages(doc)).filter(([id, n]) => pages[id] !== n);
      pages = destinationPages(doc);
      lap(`${paper.label}: rendering with page numbers (${moved.length} moved)`);
      if (!moved.length) break;
      if (pass === 2) console.warn(`PDF: page numbers still moving for ${moved.map(([id]) => id).join(', ')}`);
    }
    setMetadata(doc);
    foldOutline(doc);
    const bytes = await doc.save({ useObjectStreams: true });
    await writeFile(join(DIST, paper.file), bytes);
    lap(`${paper.label}: written`);
    results.push({ ...paper, bytes: bytes.length, pages: doc.getPageCount() });
  }
  if (errors.length) console.warn(`PDF: the page reported errors while printing:\n  ${errors.join('\n  ')}`);
} finally {
  await browser.close();
  server.close();
}

await offerOnPage(results);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`PDF: ${results.map((r) => `dist/${r.file} (${r.label}, ${r.pages} pages, ${formatSize(r.bytes)})`).join(', ')} in ${seconds} s`);

/** Page numbers (1-based) of every named destination, read from the catalogue's /Dests. */
function destinationPages(doc) {
  const pageIndex = new Map(doc.getPages().map((p, i) => [p.ref.toString(), i + 1]));
  const out = {};
  const dests = doc.catalog.lookupMaybe(PDFName.of('Dests'), PDFDict);
  if (dests) {
    for (const [name, value] of dests.entries()) {
      const arr = value instanceof PDFRef ? doc.context.lookup(value) : value;
      const target = arr instanceof PDFArray ? arr.get(0) : undefined;
      const n = target && pageIndex.get(target.toString());
      if (n) out[decodeName(name)] = n;
    }
  }
  return out;
}

function decodeName(name) {
  // PDF names escape bytes as #xx; ids are ASCII, but be exact.
  return name.asString().slice(1).replace(/#([0-9a-fA-F]{2})/g, (_, h) => String.fromCharCode(parseInt(h, 16)));
}

/**
 * The list of figures and tables in the printed contents. Their titles are drawn by their own
 * components, so they are read from the page: the element marked as title (`[data-figure-title]`,
 * `.chart-title`), else the caption, without on-screen link marks. A figure without id or title
 * is left out (and named, so it gets fixed).
 */
async function listFigures(page) {
  const untitled = await page.evaluate(() => {
    const slot = document.querySelector('[data-print-figures]');
    const list = slot?.querySelector('ol');
    if (!slot || !list) return [];
    const text = (el) => {
      if (!el) return '';
      const copy = el.cloneNode(true);
      copy.querySelectorAll('.anchor-link, .sr-only, [aria-hidden="true"]').forEach((x) => x.remove());
      return copy.textContent.replace(/\s+/g, ' ').trim();
    };
    const untitled = [];
    list.replaceChildren();
    let figures = 0;
    let tables = 0;
    for (const el of document.querySelectorAll('main figure[id^="fig-"], main table[id^="tab-"]')) {
      const isTable = el.matches('table');
      const n = isTable ? ++tables : ++figures; // reading order, as src/lib/figure-numbers.ts counts
      const label = text(el.querySelector('[data-figure-number], .chart-number')) || `${isTable ? 'Table' : 'Figure'} ${n}`;
      const title = text(el.querySelector('[data-figure-title], .figure-title, .chart-title'))
        || text(el.querySelector(':scope > figcaption, :scope > caption')).replace(/^(Figure|Table)\s+\d+[.:]?\s*/, '');
      if (!title) { untitled.push(el.id); continue; }
      const li = document.createElement('li');
      li.innerHTML = '<a class="print-toc-line"><span class="print-toc-n"></span><span class="print-toc-text"></span><span class="print-toc-page"></span></a>';
      li.querySelector('a').href = `#${el.id}`;
      li.querySelector('.print-toc-n').textContent = label;
      li.querySelector('.print-toc-text').textContent = title;
      li.querySelector('.print-toc-page').dataset.tocPage = el.id;
      list.append(li);
    }
    slot.hidden = list.children.length === 0;
    return untitled;
  });
  if (untitled.length) console.warn(`PDF: no title to list for ${untitled.join(', ')}`);
}

async function clearPageNumbers(page) {
  await page.evaluate(() => {
    document.querySelectorAll('[data-toc-page]').forEach((el) => (el.textContent = ''));
    document.querySelectorAll('[data-print-page]').forEach((el) => el.removeAttribute('data-print-page'));
  });
}

/**
 * Page numbers into the contents' slots, and onto cross-references in the text (links to a chapter,
 * section, figure, table, timeline event or paragraph, as the corrections' are; not notes, sources
 * or link marks).
 */
async function fillPageNumbers(page, pages) {
  const missing = await page.evaluate((pages) => {
    const missing = [];
    document.querySelectorAll('[data-toc-page]').forEach((el) => {
      const n = pages[el.dataset.tocPage];
      if (n) el.textContent = String(n);
      else missing.push(el.dataset.tocPage);
    });
    const xrefs = 'main a[href^="#"]:not(.anchor-link):not(.para-link):not([role="doc-backlink"]):not(.fn-ref a)';
    const targets = 'section.chapter, h3[id], h4[id], figure[id], table[id], [id^="event-"], p.para[id], p.table-key[id]';
    document.querySelectorAll(xrefs).forEach((a) => {
      const id = decodeURIComponent(a.getAttribute('href').slice(1));
      const target = document.getElementById(id);
      // A link inside what it points to (a timeline event's own title) would give the page it is on.
      if (!target?.matches(targets) || target.contains(a) || a.closest('.fn-ref, .footnotes, .print-toc')) return;
      if (pages[id]) a.dataset.printPage = String(pages[id]);
    });
    return missing;
  }, pages);
  if (missing.length) console.warn(`PDF: no destination for ${missing.join(', ')}`);
}

function setMetadata(doc) {
  const authors = report.authors.map((a) => a.name).join(', ');
  doc.setTitle(`${report.title}: ${report.subtitle}`, { showInWindowTitleBar: true });
  doc.setAuthor(authors);
  doc.setSubject(report.description);
  doc.setKeywords(report.keywords);
  doc.setLanguage(report.language);
  doc.setCreator(`${report.publisher}, version ${report.version}`);
  doc.setProducer('Chromium (Playwright) and pdf-lib');
  doc.setCreationDate(new Date(`${report.published}T00:00:00Z`));
  doc.setModificationDate(new Date(`${report.updated}T00:00:00Z`));
  // Open with the bookmarks showing: they are the report's contents.
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
  // The same in XMP, which PDF/UA readers and library catalogues read rather than the Info dictionary.
  const esc = (t) => String(t).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const alt = (t) => `<rdf:Alt><rdf:li xml:lang="x-default">${esc(t)}</rdf:li></rdf:Alt>`;
  const xmp = `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
<dc:format>application/pdf</dc:format>
<dc:title>${alt(`${report.title}: ${report.subtitle}`)}</dc:title>
<dc:creator><rdf:Seq>${report.authors.map((a) => `<rdf:li>${esc(a.name)}</rdf:li>`).join('')}</rdf:Seq></dc:creator>
<dc:description>${alt(report.description)}</dc:description>
<dc:subject><rdf:Bag>${report.keywords.map((k) => `<rdf:li>${esc(k)}</rdf:li>`).join('')}</rdf:Bag></dc:subject>
<dc:language><rdf:Bag><rdf:li>${esc(report.language)}</rdf:li></rdf:Bag></dc:language>
<dc:rights>${alt(report.licence.name)}</dc:rights>
<pdf:Keywords>${esc(report.keywords.join(', '))}</pdf:Keywords>
<pdf:Producer>Chromium (Playwright) and pdf-lib</pdf:Producer>
<xmp:CreateDate>${report.published}T00:00:00Z</xmp:CreateDate>
<xmp:ModifyDate>${report.updated}T00:00:00Z</xmp:ModifyDate>
</rdf:Description></rdf:RDF></x:xmpmeta>
<?xpacket end="w"?>`;
  const stream = doc.context.stream(new TextEncoder().encode(xmp), { Type: 'Metadata', Subtype: 'XML' });
  doc.catalog.set(PDFName.of('Metadata'), doc.context.register(stream));
}

/**
 * Chromium opens every bookmark. Fold the chapters so the panel first shows the report's title and
 * its chapters, each expandable to its sections (a negative /Count means closed).
 */
function foldOutline(doc) {
  const outlines = doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict);
  const children = (item) => {
    const out = [];
    for (let c = item?.lookupMaybe(PDFName.of('First'), PDFDict); c; c = c.lookupMaybe(PDFName.of('Next'), PDFDict)) out.push(c);
    return out;
  };
  const top = children(outlines);
  let visible = top.length;
  for (const title of top) {
    const chapters = children(title);
    for (const chapter of chapters) {
      const n = children(chapter).length;
      if (n) chapter.set(PDFName.of('Count'), PDFNumber.of(-n));
    }
    if (chapters.length) title.set(PDFName.of('Count'), PDFNumber.of(chapters.length));
    visible += chapters.length;
  }
  if (outlines) outlines.set(PDFName.of('Count'), PDFNumber.of(visible));
}

/** Unhide the "Download PDF" link with the files' sizes, and point citation_pdf_url at the A4 file. */
async function offerOnPage(files) {
  const indexFile = join(DIST, 'index.html');
  let html = await readFile(indexFile, 'utf8');
  for (const f of files) {
    html = html.replace(new RegExp(`(data-pdf-size="${f.file.replace('.', '\\.')}"[^>]*>)[^<]*(</span>)`), `$1${formatSize(f.bytes)}$2`);
  }
  html = html.replace(/(<p\b[^>]*\bdata-pdf-download\b[^>]*?)\s+hidden(?:="")?/, '$1');
  if (!/name="citation_pdf_url"/.test(html)) {
    // Beside the page's own canonical address, so SITE and BASE need no second source of truth.
    const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1] ?? report.canonicalUrl;
    const pdfUrl = new URL('report.pdf', canonical).href;
    html = html.replace('</head>', `<meta name="citation_pdf_url" content="${pdfUrl}"></head>`);
  }
  await writeFile(indexFile, html);
}

function formatSize(bytes) {
  return bindNumbers(bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1e3))} kB`);
}
