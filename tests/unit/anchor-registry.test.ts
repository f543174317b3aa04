import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import {
  assignNumberedIds, checkNumberedIds, checkRegistry, collectIds, formatProblems, insertAliasAnchors, newIds, numberedTexts,
  sameText, updatedTexts, updatedRegistry,
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

describe('what a published paragraph id names', () => {
  // A section of three paragraphs as the build writes them: notes, side notes and ¶ marks included.
  const para = (id: string, html: string) => `<p id="${id}" class="para">${html}<a class="para-link" href="#${id}" aria-label="Link to this paragraph">¶</a></p>`;
  const note = (n: number) => `<sup class="fn-ref"><a id="fnref-x-${n}" href="#fn-x-${n}" role="doc-noteref" aria-label="Note ${n}">${n}</a></sup>`
    + `<span class="sidenote" aria-hidden="true"><span class="sidenote-n">${n}</span> Reuters, 9 October 2025.</span>`;
  const first = 'On 9 October 2025 Beijing widened its rare-earth rules to foreign-made goods' + note(1) + ' and to the know-how.';
  const second = 'Washington answered with a threat of <a href="#event-x">100 per cent</a> tariffs from 1 November.';
  const third = 'Three weeks later, in Busan, both sides stepped back &amp; paused.';
  const section = (...ps: string[]) => ps.map((html, i) => para(`escalation-p${i + 1}`, html)).join('\n');
  const published = numberedTexts(section(first, second, third));

  test('records the opening words of each paragraph, without its notes or ¶ mark', () => {
    expect(published['escalation-p1']).toBe('on 9 october 2025 beijing widened its rare-earth rules to foreign-made goods');
    expect(published['escalation-p3']).toBe('three weeks later, in busan, both sides stepped back & paused.');
  });

  test('a reworded paragraph keeps its id without complaint', () => {
    const reworded = 'On 9 October 2025 China widened its rare-earth rules to foreign-made goods' + note(1) + '.';
    expect(checkNumberedIds(published, numberedTexts(section(reworded, second, third)))).toEqual([]);
  });

  test('a paragraph inserted above fails the build, naming each id that moved and where its paragraph went', () => {
    const inserted = 'A new paragraph about the port fees each side charged the other.';
    const problems = checkNumberedIds(published, numberedTexts(section(first, inserted, second, third)));
    expect(problems.map((p) => [p.id, p.moved])).toEqual([['escalation-p2', true], ['escalation-p3', true]]);
    expect(formatProblems(problems)).toContain('#escalation-p2 was published for the paragraph "washington answered with a threat of 100 per…", which is now #escalation-p3,');
    expect(formatProblems(problems)).toContain('{/* #escalation-p2 */}');
  });

  test('a paragraph removed hands its id to the next one, which is caught the same way', () => {
    const problems = checkNumberedIds(published, numberedTexts(section(first, third)));
    expect(problems.map((p) => [p.id, p.moved])).toEqual([['escalation-p2', true]]);
    expect(formatProblems(problems)).toContain('now names "three weeks later, in busan, both sides stepped…" (published as #escalation-p3)');
  });

  test('an update records new openings and keeps those of ids no longer on the page', () => {
    const next = updatedTexts(published, numberedTexts(section('Rewritten from scratch.', second)));
    expect(next['escalation-p1']).toBe('rewritten from scratch.');
    expect(next['escalation-p3']).toBe(published['escalation-p3']);
    expect(Object.keys(next)).toEqual(['escalation-p1', 'escalation-p2', 'escalation-p3']);
  });
});

describe('what a published note id names', () => {
  const li = (id: string, text: string) => `<li id="${id}"><cite><a href="#source-x">${text}</a>.</cite> <a href="#fnref-${id.slice(3)}" role="doc-backlink" aria-label="Back to note">↩</a></li>`;
  const notes = (...texts: string[]) => `<ol>${texts.map((t, i) => li(`fn-x-${i + 1}`, t)).join('')}</ol>`;
  const published = numberedTexts(notes('Reuters, “China widens rules”, 9 October 2025', 'Reuters, “Trump threatens tariffs”, 10 October 2025'));

  test('records each note whole, without its back-link', () => {
    expect(published['fn-x-1']).toBe('reuters, “china widens rules”, 9 october 2025.');
  });

  test('a note added above fails the build: two articles of one publisher are different notes', () => {
    const problems = checkNumberedIds(published, numberedTexts(notes('Reuters, “A new story”, 1 October 2025', 'Reuters, “China widens rules”, 9 October 2025', 'Reuters, “Trump threatens tariffs”, 10 October 2025')));
    expect(problems.map((p) => [p.id, p.moved])).toEqual([['fn-x-1', true], ['fn-x-2', true]]);
    expect(formatProblems(problems)).toContain('giving that note\'s <Fn> the attribute id="fn-x-1"');
  });

  test('of two notes that read the same, the second reworded is a rewording, not a move', () => {
    const twice = numberedTexts(notes('Perkins Coie', 'Perkins Coie'));
    const problems = checkNumberedIds(twice, numberedTexts(notes('Perkins Coie', 'Perkins Coie. Xinhua')));
    expect(problems.map((p) => [p.id, p.moved])).toEqual([['fn-x-2', false]]);
    // A real shift still shows: a different note inserted above both moves their text down.
    const shifted = checkNumberedIds(twice, numberedTexts(notes('Xinhua', 'Perkins Coie', 'Perkins Coie')));
    expect(shifted.map((p) => [p.id, p.moved])).toEqual([['fn-x-1', true]]);
  });
});

describe('numbered notes that read the same', () => {
  test('the second of two identical notes, reworded, keeps its own id', () => {
    const published = { 'fn-x-1': 'perkins coie.', 'fn-x-2': 'perkins coie.' };
    expect(assignNumberedIds([{ text: 'perkins coie.' }, { text: 'perkins coie. xinhua.' }], published, 'fn-x-')).toEqual(['fn-x-1', 'fn-x-2']);
  });
});

describe('numbered ids follow their published text', () => {
  const published = { 's-p1': 'alpha one', 's-p2': 'beta two', 's-p3': 'gamma three' };
  const ids = (...texts: (string | [string, string])[]) =>
    assignNumberedIds(texts.map((t) => (typeof t === 'string' ? { text: t } : { text: t[0], pin: t[1] })), published, 's-p');

  test('unchanged, each keeps its id', () => {
    expect(ids('alpha one', 'beta two', 'gamma three')).toEqual(['s-p1', 's-p2', 's-p3']);
  });
  test('one added above takes a number never published; the others keep theirs', () => {
    expect(ids('new text here', 'alpha one', 'beta two', 'gamma three')).toEqual(['s-p4', 's-p1', 's-p2', 's-p3']);
  });
  test('one removed leaves its id unused (the registry then asks for an alias); reordered ones keep theirs', () => {
    expect(ids('gamma three', 'alpha one')).toEqual(['s-p3', 's-p1']);
  });
  test('a retired id (removed, its links aliased elsewhere) is never handed out again, even at its old place', () => {
    // beta two was removed and s-p2 aliased; the paragraph now second is new, not a rewording of it.
    expect(ids('alpha one', 'new words entirely', 'gamma three')).toEqual(['s-p1', 's-p2', 's-p3']);
    const retired = assignNumberedIds([{ text: 'alpha one' }, { text: 'new words entirely' }, { text: 'gamma three' }], published, 's-p', new Set(['s-p2']));
    expect(retired).toEqual(['s-p1', 's-p4', 's-p3']);
  });
  test('a reworded one keeps its place’s id, for the check to ask about; a pin wins over everything', () => {
    expect(ids('alpha one', 'entirely different words', 'gamma three')).toEqual(['s-p1', 's-p2', 's-p3']);
    expect(ids(['beta two', 's-p1'], 'alpha one')).toEqual(['s-p1', 's-p4']);
  });
  test('repeated texts (two notes citing one source) are matched in order', () => {
    const notes = { 'fn-c-1': 'kbs.', 'fn-c-2': 'mint.', 'fn-c-3': 'kbs.' };
    expect(assignNumberedIds([{ text: 'new.' }, { text: 'kbs.' }, { text: 'mint.' }, { text: 'kbs.' }], notes, 'fn-c-')).toEqual(['fn-c-4', 'fn-c-1', 'fn-c-2', 'fn-c-3']);
  });
  test('another run’s ids are not this one’s (s-p1 is not s-p-extra-1, nor t-p1)', () => {
    expect(assignNumberedIds([{ text: 'x' }], { 's-p-extra-1': 'x', 't-p1': 'x' }, 's-p')).toEqual(['s-p1']);
  });
});

describe('the build step', () => {
  async function build(html: string, aliases: Record<string, string>, openings: Record<string, string> = {}) {
    const dir = mkdtempSync(join(tmpdir(), 'anchors-'));
    writeFileSync(join(dir, 'index.html'), html);
    writeFileSync(join(dir, 'lock.json'), JSON.stringify(published));
    writeFileSync(join(dir, 'aliases.json'), JSON.stringify(aliases));
    writeFileSync(join(dir, 'openings.json'), JSON.stringify(openings));
    const hook = anchorRegistry({
      registryFile: join(dir, 'lock.json'), aliasesFile: join(dir, 'aliases.json'), textsFile: join(dir, 'openings.json'), chaptersDir: 'tests/fixtures/anchors',
    }).hooks['astro:build:done']!;
    const logger = { info() {}, warn() {}, error() {}, debug() {}, fork() { return logger; }, label: 'test', options: {} };
    await (hook as (o: unknown) => Promise<void> | void)({ dir: pathToFileURL(`${dir}/`), logger });
    return readFileSync(join(dir, 'index.html'), 'utf8');
  }

  test('fails the build, naming the id, when a heading loses its id', async () => {
    await expect(build(page.replace('<h3 id="what-was-agreed">', '<h3>'), {})).rejects.toThrow(/#what-was-agreed was published/);
  });

  test('fails the build when a published paragraph id now names other text, naming the id and the chapter file', async () => {
    const openings = { 'what-was-agreed-p1': 'both sides paused.' };
    await expect(build(page, {}, openings)).resolves.toContain('Both sides paused.');
    const moved = page.replace('<p id="what-was-agreed-p1" class="para">Both sides paused.', '<p id="what-was-agreed-p1" class="para">A new first paragraph on the port fees.');
    await expect(build(moved, {}, openings)).rejects.toThrow(/#what-was-agreed-p1 was published for the paragraph "both sides paused\."[\s\S]*\(in tests\/fixtures\/anchors\/the-meeting\.mdx\)/);
  });

  test('anchors:update lets a reworded paragraph through to be recorded, never one whose id moved to another paragraph', async () => {
    const openings = { 'what-was-agreed-p1': 'both sides paused.', 'what-was-agreed-p2': 'then they went home.' };
    const twoParas = page.replace('</p>', '</p>\n<p id="what-was-agreed-p2" class="para">Then they went home.</p>');
    process.env.ANCHORS_UPDATE = '1';
    try {
      await expect(build(twoParas.replace('Both sides paused.', 'Both sides paused for good.'), {}, openings)).resolves.toBeTruthy();
      await expect(build(twoParas.replace('Both sides paused.', 'Then they went home.').replace('>Then they went home.</p>', '>Seoul was not told.</p>'), {}, openings))
        .rejects.toThrow(/#what-was-agreed-p1[\s\S]*\(published as #what-was-agreed-p2\)/);
    } finally {
      delete process.env.ANCHORS_UPDATE;
    }
  });

  test('writes the alias anchors into the built page', async () => {
    const out = await build(page.replace('<h3 id="what-was-agreed">', '<h3 id="the-agreement">'), { 'what-was-agreed': 'the-agreement' });
    expect(out).toContain('<h3 id="the-agreement"><span id="what-was-agreed" class="anchor-alias"');
  });
});

describe('sameText', () => {
  test('a curled apostrophe is the same word as a typed one, for notes and paragraphs', () => {
    expect(sameText('fn-x-1', "people's daily online, 1 november 2025.", 'people’s daily online, 1 november 2025.')).toBe(true);
    expect(sameText('x-p1', "china's share of the world's mining", 'china’s share of the world’s mining')).toBe(true);
    expect(sameText('fn-x-1', 'reuters, 1 november 2025.', 'reuters, 2 november 2025.')).toBe(false);
  });
});
