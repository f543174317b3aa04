import { describe, expect, it } from 'vitest';
import { loadBudgets, overBudget, pageWeight } from '../../bench/page-weight.mjs';
import { assertBuilt, base, dist } from './built-site';

describe('byte budgets of the built report page (bench/budgets.json)', () => {
  assertBuilt();
  const budgets = loadBudgets();
  const weight: { totals: Record<string, Record<string, number>>; files: string[]; external: string[] } = pageWeight(dist, 'index.html', base);
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

  for (const [kind, limits] of Object.entries(budgets.bytes as Record<string, Record<string, number>>)) {
    for (const [measure, max] of Object.entries(limits)) {
      it(`${kind} (${measure}) stays within ${kb(max)}`, () => {
        const got = weight.totals[kind]![measure]!;
        expect(got, `${kind} ${measure} is ${kb(got)} over ${weight.files.length} files: ${weight.files.join(', ')}`).toBeLessThanOrEqual(max);
      });
    }
  }

  it('loads nothing from another origin', () => {
    expect(weight.external).toEqual([]);
  });

  it('counts what the page really loads (the check measures something)', () => {
    expect(weight.totals['html']!['gzip']).toBeGreaterThan(1000);
    expect(weight.totals['css']!['raw']).toBeGreaterThan(1000);
    expect(overBudget(weight, budgets)).toEqual([]);
  });
});
