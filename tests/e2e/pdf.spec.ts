// The generated PDFs (no browser needed), read back the way a reader's PDF viewer would (poppler's pdfinfo/pdftotext/
// pdftohtml, and pdf-lib for link annotations). `npm test` builds before the e2e tests, and the
// build writes the PDFs; a missing PDF is a failure here, never a skip.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { expect, test } from '../support/test';
import { PDFArray, PDFDict, PDFDocument, PDFName } from 'pdf-lib';

const report = JSON.parse(readFileSync('content/report.json', 'utf8'));
const chapters = readdirSync('content/chapters')
  .filter((f) => f.endsWith('.mdx') && !f.startsWith('_'))
  .map((f) => {
    const fm = readFileSync(`content/chapters/${f}`, 'utf8').split('---')[1] ?? '';
    const field = (k: string) => new RegExp(`^${k}:\\s*"?(.*?)"?\\s*$`, 'm').exec(fm)?.[1] ?? '';
    return { id: field('id'), title: field('title'), order: Number(field('order')) };
  })
  .sort((a, b) => a.order - b.order);

const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 << 20 });
const squash = (s: string) => s.replace(/\u00ad/g, '').replace(/-\n/g, '-').replace(/\s+/g, ' ').trim();

interface Pdf { file: string; pages: number; text: string; pageTexts: string[]; dests: Map<string, number>; info: Record<string, string> }

function readPdf(file: string): Pdf {
  if (!existsSync(file)) throw new Error(`${file} is missing: \`npm run build\` (or \`npm run pdf\`) writes it; is Chromium installed?`);
  const info = Object.fromEntries(
    run('pdfinfo', ['-enc', 'UTF-8', file]).split('\n').filter((l) => l.includes(':'))
      .map((l) => [l.slice(0, l.indexOf(':')).trim(), l.slice(l.indexOf(':') + 1).trim()]),
  );
  const pages = Number(info.Pages);
  const text = run('pdftotext', ['-enc', 'UTF-8', file, '-']);
  const pageTexts = text.split('\f').slice(0, pages);
  const dests = new Map<string, number>();
  for (const line of run('pdfinfo', ['-dests', file]).split('\n')) {
    const m = /^\s*(\d+)\s+\[.*\]\s+"(.*)"\s*$/.exec(line);
    if (m) dests.set(m[2]!, Number(m[1]));
  }
  return { file, pages, text, pageTexts, dests, info };
}

/** Every annotation on every page of a PDF, as a reader's viewer finds them. */
async function linkAnnotations(file: string): Promise<PDFDict[]> {
  const doc = await PDFDocument.load(readFileSync(file), { updateMetadata: false });
  return doc.getPages().flatMap((page) => {
    const annots = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
    return Array.from({ length: annots?.size() ?? 0 }, (_, i) => annots!.lookup(i, PDFDict));
  });
}

let a4: Pdf;
let letter: Pdf;
test.beforeAll(() => {
  a4 = readPdf('dist/report.pdf');
  letter = readPdf('dist/report-letter.pdf');
});

test.describe('dist/report.pdf (A4) and dist/report-letter.pdf', () => {
  test('come in A4 and US Letter', () => {
    expect(a4.info['Page size']).toMatch(/\(A4\)/);
    expect(letter.info['Page size']).toMatch(/\(letter\)/i);
  });

  test('carry the report metadata from content/report.json', () => {
    for (const pdf of [a4, letter]) {
      expect(pdf.info.Title).toBe(`${report.title}: ${report.subtitle}`);
      expect(pdf.info.Author).toBe(report.authors.map((a: { name: string }) => a.name).join(', '));
      expect(pdf.info.Subject).toBe(report.description);
      expect(pdf.info.Keywords).toContain(report.keywords[0]);
      expect(pdf.info.Tagged).toBe('yes');
      // XMP too, which accessibility checkers and catalogues read.
      const xmp = run('pdfinfo', ['-meta', pdf.file]);
      expect(xmp).toContain(`<rdf:li xml:lang="x-default">${report.title}: ${report.subtitle}</rdf:li>`);
      for (const a of report.authors) expect(xmp).toContain(`<rdf:li>${a.name}</rdf:li>`);
    }
  });

  test('embed every font they use', () => {
    for (const pdf of [a4, letter]) {
      const rows = run('pdffonts', [pdf.file]).split('\n').slice(2).filter((l) => l.trim());
      expect(rows.length).toBeGreaterThan(0);
      // Columns: name, type, encoding, emb, sub, uni, object, generation; read from the right.
      for (const row of rows) expect(row.trim().split(/\s+/).at(-5), `${pdf.file}: ${row}`).toBe('yes');
      // Real fonts, not Type 3 glyph drawings (what Chromium writes for a variable font): those render
      // poorly in some viewers and fail print preflight.
      expect(rows.filter((r) => /Type 3/.test(r)), pdf.file).toEqual([]);
      // The report's own serif, not a system fallback: on screen the faces are `optional`, and only
      // the print rules (styles/fonts.css) make the PDF wait for them.
      const names = rows.map((r) => r.trim().split(/\s+/)[0]!.replace(/^[A-Z]{6}\+/, ''));
      for (const face of ['SourceSerif4-Regular', 'SourceSerif4-SemiBold', 'SourceSerif4-Italic']) expect(names, `${pdf.file}: ${face}`).toContain(face);
    }
  });

  test('have a sensible number of pages, none blank', () => {
    for (const pdf of [a4, letter]) {
      expect(pdf.pages).toBeGreaterThanOrEqual(chapters.length + 2); // title page, contents, a page per chapter
      expect(pdf.pages).toBeLessThanOrEqual(250);
      expect(pdf.pageTexts).toHaveLength(pdf.pages);
      // The body area only (inside the page margins), so running heads and footers do not count as content.
      const [w, h] = (/([\d.]+) x ([\d.]+)/.exec(pdf.info['Page size']!) ?? []).slice(1).map(Number);
      const bodies = run('pdftotext', ['-enc', 'UTF-8', '-x', '0', '-y', '62', '-W', `${Math.floor(w!)}`, '-H', `${Math.floor(h! - 62 - 66)}`, pdf.file, '-']).split('\f');
      for (let n = 1; n <= pdf.pages; n++) {
        expect(bodies[n - 1]!.trim().length, `${pdf.file} page ${n} has no text in its body`).toBeGreaterThan(20);
      }
    }
  });

  test('print the report’s own references under “How to cite”, not the screen’s code blocks', () => {
    for (const pdf of [a4, letter]) {
      const cite = squash(pdf.text).split('How to cite this report').at(-1)!; // the section, not the contents line
      expect(cite).toMatch(/APA 7 .*\(Version \d+\.\d+\.\d+\)/);
      expect(cite).toMatch(/Chicago \(author-date\) .*MLA 9 .*Harvard /);
      expect(cite).not.toMatch(/@\w+\{|TY {2}- /); // BibTeX and RIS are downloads, not print
    }
  });

  test('contain every chapter title and every figure and table title', async ({ page }) => {
    const text = squash(a4.text);
    for (const c of chapters) expect(text).toContain(squash(c.title));
    await page.goto('/');
    const titled = await page.locator('main figure[id^="fig-"], main table[id^="tab-"]').evaluateAll((els) => els.map((el) => ({
      id: el.id,
      title: (() => {
        // The title as printed: without the on-screen link mark and screen-reader-only words.
        const t = (el.querySelector('[data-figure-title]') ?? el.querySelector('.figure-title, .chart-title, figcaption > :first-child, figcaption, caption'))?.cloneNode(true) as Element | undefined;
        t?.querySelectorAll('.anchor-link, .sr-only').forEach((x) => x.remove());
        return t?.textContent ?? '';
      })(),
    })));
    expect(titled.length).toBeGreaterThan(0);
    for (const { id, title } of titled) {
      expect(title.trim(), `${id} has a title on the page`).not.toBe('');
      expect(text, `${id}'s title is in the PDF`).toContain(squash(title));
    }
  });

  test('open at each chapter by its web id (named destinations), the chapter title on that page', () => {
    for (const pdf of [a4, letter]) {
      for (const c of chapters) {
        const page = pdf.dests.get(c.id);
        expect(page, `${pdf.file}#${c.id}`).toBeDefined();
        expect(squash(pdf.pageTexts[page! - 1]!)).toContain(squash(c.title));
      }
    }
  });

  test('open at each figure and table by its web id, from the list of figures in the contents', async ({ page }) => {
    await page.goto('/');
    const ids = await page.locator('main figure[id^="fig-"], main table[id^="tab-"]').evaluateAll((els) => els.map((e) => e.id));
    expect(ids.length).toBeGreaterThan(0);
    for (const pdf of [a4, letter]) {
      for (const id of ids) expect(pdf.dests.get(id), `${pdf.file}#${id}`).toBeDefined();
      // In reading order: a later figure never lands on an earlier page.
      const pages = ids.map((id) => pdf.dests.get(id)!);
      expect([...pages].sort((x, y) => x - y)).toEqual(pages);
    }
  });

  test('has a bookmark per chapter, in order, with its sections beneath', () => {
    const xml = run('pdftohtml', ['-xml', '-i', '-stdout', '-q', '-f', '1', '-l', '1', a4.file]);
    const outline = xml.slice(xml.indexOf('<outline>'), xml.lastIndexOf('</outline>'));
    const items = [...outline.matchAll(/<item page="(\d+)">([^<]*)<\/item>/g)].map((m) => ({ page: Number(m[1]), title: m[2]! }));
    const decode = (s: string) => s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'");
    const positions = chapters.map((c) => items.findIndex((i) => squash(decode(i.title)) === squash(c.title)));
    expect(positions.every((p) => p >= 0), `bookmarks: ${items.map((i) => i.title).join(' | ')}`).toBe(true);
    expect([...positions].sort((x, y) => x - y)).toEqual(positions);
    for (const [k, c] of chapters.entries()) expect(items[positions[k]!]!.page).toBe(a4.dests.get(c.id));
    // Sections are nested: the outline has more than one level.
    expect((outline.match(/<outline>/g) ?? []).length).toBeGreaterThan(chapters.length / 2);
  });

  test('links inside the document work: the contents and cross-references are link annotations to named destinations', async () => {
    const targets: string[] = [];
    for (const a of await linkAnnotations(a4.file)) {
      if (a.get(PDFName.of('Subtype'))?.toString() !== '/Link') continue;
      const dest = a.get(PDFName.of('Dest')) ?? a.lookupMaybe(PDFName.of('A'), PDFDict)?.get(PDFName.of('D'));
      if (dest) targets.push(dest.toString().replace(/^\/|^\(|\)$/g, ''));
    }
    for (const c of chapters) expect(targets, `a link to #${c.id}`).toContain(c.id);
    // Every internal link lands somewhere real.
    for (const t of new Set(targets)) expect(a4.dests.has(t), `destination ${t}`).toBe(true);
  });

  test('links out of the document go to the published web: every source address, never the machine that made the PDF', async () => {
    const sources = JSON.parse(readFileSync('content/sources.json', 'utf8')) as { url: string | null }[];
    for (const pdf of [a4, letter]) {
      const uris = new Set<string>();
      for (const a of await linkAnnotations(pdf.file)) {
        const uri = a.lookupMaybe(PDFName.of('A'), PDFDict)?.get(PDFName.of('URI'));
        if (uri) uris.add((uri as unknown as { decodeText(): string }).decodeText());
      }
      const local = [...uris].filter((u) => !u.startsWith('https://') || /\/\/(127\.|localhost)/.test(u));
      expect(local, `${pdf.file}: links to a local server or not https`).toEqual([]);
      // The figures' data files and the citation files, at the report's own address.
      expect([...uris].filter((u) => u.startsWith(new URL('data/', report.canonicalUrl).href)).length, pdf.file).toBeGreaterThan(0);
      // The bibliography prints each address as its link: a reader of the PDF can follow every source.
      const cited = sources.filter((s) => s.url && pdf.text.includes(new URL(s.url).hostname.replace(/^www\./, '')));
      expect(cited.length, `${pdf.file}: sources found in the text`).toBeGreaterThan(100);
      const unlinked = cited.filter((s) => !uris.has(s.url!) && !uris.has(new URL(s.url!).href)).map((s) => s.url);
      expect(unlinked, `${pdf.file}: bibliography addresses without a link`).toEqual([]);
    }
  });

  test('the list of figures gives a wrapped title\'s page number after its last words, not on its first line', () => {
    for (const pdf of [a4, letter]) {
      // The page that holds the list, up to its footer ("3 / 65").
      const page = run('pdftotext', ['-layout', '-f', '1', '-l', '5', '-enc', 'UTF-8', pdf.file, '-']).split('\f').find((p) => /^\s*Figures and tables\s*$/m.test(p))!;
      expect(page, pdf.file).toBeDefined();
      const lines = page.split('\n');
      const start = lines.findIndex((l) => /^\s*Figures and tables\s*$/.test(l));
      const entries = lines.slice(start + 1).filter((l) => l.trim()).filter((l) => !/\d+ \/ \d+\s*$/.test(l));
      const label = (l: string) => /^\s*(Table|Figure) \d+\s/.test(l);
      let wrapped = 0;
      const continues = (l: string | undefined) => l !== undefined && !label(l) && /^ {4,}\S/.test(l);
      for (let i = 0; i < entries.length && (label(entries[i]!) || continues(entries[i])); i++) {
        const next = entries[i + 1];
        if (!label(entries[i]!) || !continues(next)) continue;
        wrapped++;
        expect(entries[i], `${pdf.file}: no page number on a title's first line`).not.toMatch(/\s\d+\s*$/);
        expect(next, `${pdf.file}: the page number follows the title's last words`).toMatch(/\S\s.*\d+\s*$/);
      }
      expect(wrapped, `${pdf.file}: Table 1's long title wraps`).toBeGreaterThan(0);
    }
  });

  test('leave no full stop alone on a line (after a bibliography address that wrapped, say)', () => {
    for (const pdf of [a4, letter]) {
      const lines = run('pdftotext', ['-layout', '-enc', 'UTF-8', pdf.file, '-']).split('\n');
      expect(lines.filter((l) => /^\s*\.\s*$/.test(l)).length, pdf.file).toBe(0);
    }
  });

  test('number every page "n / total" and print the chapter’s web address at its foot', () => {
    const host = report.canonicalUrl.replace(/^https?:\/\//, '').replace(/\/$/, '');
    const starts = chapters.map((c) => ({ ...c, page: a4.dests.get(c.id)! }));
    for (let n = starts[0]!.page; n <= a4.pages; n++) {
      const text = squash(a4.pageTexts[n - 1]!);
      expect(text, `page ${n}`).toContain(`${n} / ${a4.pages}`);
      const chapter = starts.filter((c) => c.page <= n).at(-1)!;
      expect(text, `page ${n} belongs to #${chapter.id}`).toContain(`${host}/#${chapter.id}`);
    }
  });

  test('cross-references give the page they point to, never the page they are printed on', () => {
    // A timeline event's title links to the event itself: "(p. 30)" on page 30 told the reader nothing.
    let refs = 0;
    const self: string[] = [];
    a4.pageTexts.forEach((text, i) => {
      for (const m of squash(text).matchAll(/.{0,40}\(p\.\s?(\d+)\)/g)) {
        refs++;
        if (Number(m[1]) === i + 1) self.push(`page ${i + 1}: ${m[0]}`);
      }
    });
    expect(refs, 'the text has page references').toBeGreaterThan(10);
    expect(self).toEqual([]);
  });

  test('the contents give the page each chapter starts on', () => {
    // The contents run from page 2 to the page before the first chapter.
    const last = a4.dests.get(chapters[0]!.id)! - 1;
    const contents = squash(run('pdftotext', ['-enc', 'UTF-8', '-layout', '-f', '2', '-l', `${last}`, a4.file, '-']));
    expect(contents).toMatch(/^.*Contents/);
    for (const c of chapters) expect(contents).toMatch(new RegExp(`${squash(c.title).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} ${a4.dests.get(c.id)}\\b`));
  });

  test('the page offers both files with their sizes, and citation_pdf_url points to the A4 one', async ({ page }) => {
    await page.goto('/');
    const offer = page.locator('[data-pdf-download]');
    await expect(offer).toBeVisible();
    await expect(offer.getByRole('link', { name: 'Download PDF' })).toHaveAttribute('href', /\/report\.pdf$/);
    for (const f of ['report.pdf', 'report-letter.pdf']) {
      const size = statSync(`dist/${f}`).size;
      const [, n, unit] = /([\d.]+)[ \u00a0](kB|MB)/.exec(await offer.locator(`[data-pdf-size="${f}"]`).innerText()) ?? [];
      const shown = Number(n) * (unit === 'MB' ? 1e6 : 1e3);
      expect(Math.abs(shown - size) / size, `${f}: shown ${n} ${unit}, file ${size} bytes`).toBeLessThan(0.1);
      const response = await page.request.get(f);
      expect(response.headers()['content-length'] ?? String((await response.body()).length)).toBe(String(size));
    }
    await expect(page.locator('meta[name="citation_pdf_url"]')).toHaveAttribute('content', /\/report\.pdf$/);
  });
});
