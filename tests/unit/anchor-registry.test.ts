import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import {
  checkRegistry, collectIds, formatProblems, insertAliasAnchors, newIds, updatedRegistry,
} from '../../src/lib/anchor-registry';
import { anchorRegistry } from '../../src/integrations/anchor-registry';

const page = readFileSync('tests/fixtures/anchors/page.html', 'utf8');
const published = collectIds(page);

describe('collecting ids', () => {
  test('finds chapters, sections, paragraphs, figures, tables and events, not SVG internals', () => {
    expect(published).toEqual([
      'main', 'the-meeting', 'the-meeting-title', 'what-was-agreed', 'what-was-agreed-p1', 'fig-us-exposure',
      'tab-accounts', 'row-rare-earths', 'event-2025-10-09-rare-earth-rules',
    ]);
  });

  test('leaves out hidden elements such as tooltips, which no link can land on', () => {
    expect(collectIds('<figure id="fig-a"><div class="chart-tooltip" role="tooltip" id="fig-a-tooltip" hidden></div><p id="x" hidden>t</p></figure>')).toEqual(['fig-a']);
  });

  test('keeps an id on the <svg> element itself', () => {
    expect(collectIds('<svg id="fig-map" viewBox="0 0 1 1"><g id="inner"></g></svg>')).toEqual(['fig-map']);
  });
});

describe('the registry check', () => {
  test('passes when every published id is still on the page', () => {
    expect(checkRegistry(published, collectIds(page), {})).toEqual([]);
  });

  test("removing a heading's id fails, with a message naming it", () => {
    const edited = page.replace('<h3 id="what-was-agreed">', '<h3>');
    const problems = checkRegistry(published, collectIds(edited), {});
    expect(problems.map((p) => p.id)).toEqual(['what-was-agreed']);
    expect(formatProblems(problems)).toMatch(/#what-was-agreed was published but is no longer on the page/);
    expect(formatProblems(problems)).toContain('content/anchor-aliases.json');
  });

  test('a renamed id passes once it is declared an alias of its new home', () => {
    const edited = page.replaceAll('what-was-agreed', 'the-agreement');
    expect(checkRegistry(published, collectIds(edited), {}).map((p) => p.id)).toEqual(['what-was-agreed', 'what-was-agreed-p1']);
    const aliases = { 'what-was-agreed': 'the-agreement', 'what-was-agreed-p1': 'the-agreement-p1' };
    expect(checkRegistry(published, collectIds(edited), aliases)).toEqual([]);
  });

  test('an alias must point to an id on the page', () => {
    const edited = page.replace('<h3 id="what-was-agreed">', '<h3>');
    const problems = checkRegistry(published, collectIds(edited), { 'what-was-agreed': 'no-such-section' });
    expect(formatProblems(problems)).toContain('#what-was-agreed is an alias of "no-such-section", which is not on the page');
  });

  test('an alias whose old id is still on the page is a conflict', () => {
    const problems = checkRegistry(published, collectIds(page), { 'fig-us-exposure': 'tab-accounts' });
    expect(problems.map((p) => p.problem).join()).toMatch(/still on the page/);
  });

  test('a duplicated id is reported, since a link to it would be ambiguous', () => {
    const edited = page.replace('<figcaption>', '<figcaption id="what-was-agreed">');
    expect(checkRegistry(published, collectIds(edited), {})).toEqual([
      { id: 'what-was-agreed', problem: expect.stringMatching(/more than once/) },
    ]);
  });
});

describe('alias anchors', () => {
  const edited = page.replaceAll('what-was-agreed', 'the-agreement');
  const aliases = { 'what-was-agreed': 'the-agreement', 'what-was-agreed-p1': 'the-agreement-p1', 'old-table': 'tab-accounts', 'old-event': 'event-2025-10-09-rare-earth-rules' };
  const html = insertAliasAnchors(edited, aliases);

  test('are written inside the element that now carries the id, so old links land there without JavaScript', () => {
    expect(html).toContain('<h3 id="the-agreement"><span id="what-was-agreed" class="anchor-alias" aria-hidden="true"></span>What was agreed');
    expect(html).toContain('<p id="the-agreement-p1" class="para"><span id="what-was-agreed-p1" class="anchor-alias" aria-hidden="true"></span>Both sides');
    expect(html).toContain('<li id="event-2025-10-09-rare-earth-rules"><span id="old-event"');
  });

  test('never break figure markup: the caption stays the figure\'s first child, so they go inside it', () => {
    const fig = '<figure id="fig-timeline" class="timeline-figure">\n  <figcaption class="tl-caption"><p>Figure 4</p></figcaption><div>chart</div></figure>';
    expect(insertAliasAnchors(fig, { 'tl-filter-actor': 'fig-timeline' })).toBe(
      '<figure id="fig-timeline" class="timeline-figure">\n  <figcaption class="tl-caption"><span id="tl-filter-actor" class="anchor-alias" aria-hidden="true"></span><p>Figure 4</p></figcaption><div>chart</div></figure>');
  });

  test('never break table markup: in a table they go into the first cell', () => {
    expect(html).toMatch(/<table id="tab-accounts"><tbody><tr id="row-rare-earths"><td><span id="old-table" class="anchor-alias"/);
  });

  test('are not counted as page ids and are not duplicated when the build runs twice', () => {
    expect(insertAliasAnchors(html, aliases)).toBe(html);
    expect(collectIds(html)).toEqual(collectIds(edited));
  });
});

describe('updating the registry', () => {
  test('adds new ids in sorted order and never drops a published one', () => {
    const next = page.replace('</ol>', '<li id="event-2025-10-30-busan">30 October 2025</li></ol>').replace('<h3 id="what-was-agreed">', '<h3>');
    expect(newIds(published, collectIds(next))).toEqual(['event-2025-10-30-busan']);
    const updated = updatedRegistry(published, collectIds(next));
    expect(updated).toContain('what-was-agreed');
    expect(updated).toEqual([...updated].sort());
  });
});

describe('the build step', () => {
  async function build(html: string, aliases: Record<string, string>) {
    const dir = mkdtempSync(join(tmpdir(), 'anchors-'));
    writeFileSync(join(dir, 'index.html'), html);
    writeFileSync(join(dir, 'lock.json'), JSON.stringify(published));
    writeFileSync(join(dir, 'aliases.json'), JSON.stringify(aliases));
    const hook = anchorRegistry({ registryFile: join(dir, 'lock.json'), aliasesFile: join(dir, 'aliases.json') }).hooks['astro:build:done']!;
    const logger = { info() {}, warn() {}, error() {}, debug() {}, fork() { return logger; }, label: 'test', options: {} };
    await (hook as (o: unknown) => Promise<void> | void)({ dir: pathToFileURL(`${dir}/`), logger });
    return readFileSync(join(dir, 'index.html'), 'utf8');
  }

  test('fails the build, naming the id, when a heading loses its id', async () => {
    await expect(build(page.replace('<h3 id="what-was-agreed">', '<h3>'), {})).rejects.toThrow(/#what-was-agreed was published/);
  });

  test('writes the alias anchors into the built page', async () => {
    const out = await build(page.replace('<h3 id="what-was-agreed">', '<h3 id="the-agreement">'), { 'what-was-agreed': 'the-agreement' });
    expect(out).toContain('<h3 id="the-agreement"><span id="what-was-agreed" class="anchor-alias"');
  });
});
