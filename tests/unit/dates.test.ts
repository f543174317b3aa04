import { describe, expect, it } from 'vitest';
import { formatDate, formatSourceDate } from '../../src/lib/dates';

describe('dates are written the British way', () => {
  it('writes a day, bound to its month', () => expect(formatDate('2025-10-09')).toBe('9\u00a0October 2025'));
  it('writes a month where the day is unknown', () => expect(formatDate('2025-10-01', 'month')).toBe('October 2025'));
  it('reads source dates of any precision', () => {
    expect(formatSourceDate('2025')).toBe('2025');
    expect(formatSourceDate('2025-06')).toBe('June 2025');
  });
});
