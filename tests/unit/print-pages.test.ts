import { describe, expect, test } from 'vitest';
import { cssString, printPagesCss } from '../../src/lib/print-pages';

describe('per-chapter print pages', () => {
  const css = printPagesCss(
    [{ id: 'europe', title: 'What the truce means for “Europe”' }, { id: 'about', title: 'A "quoted" \\ title' }],
    'https://example.org/truce/',
    'A Fragile Truce',
  );

  test('each chapter runs on its own named page, headed by its title, with its web address at the foot', () => {
    expect(css).toContain('.chapter#europe { page: ch-europe; }');
    expect(css).toMatch(/@page ch-europe \{[^]*@top-right \{ content: "What the truce means for “Europe”"; \}[^]*@bottom-left \{ content: "example\.org\/truce\/#europe"; \}/);
    expect(css).toMatch(/@page ch-about \{[^]*@top-left \{ content: "A Fragile Truce"; \}/);
  });

  test('titles cannot break out of their CSS string', () => {
    expect(cssString('A "quoted" \\ title')).toBe('"A \\"quoted\\" \\\\ title"');
    expect(css).toContain('content: "A \\"quoted\\" \\\\ title";');
  });

  test('the title page has no running head', () => {
    expect(css).toMatch(/@page front:first \{ @top-left \{ content: none; \} \}/);
  });
});
