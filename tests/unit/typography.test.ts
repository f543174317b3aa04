import { describe, expect, it } from 'vitest';
import { bindNumbers } from '../../src/lib/typography';

const NBSP = '\u00a0';

describe('bindNumbers: a number never ends a line without its sign', () => {
  it('keeps a percentage together, whatever the number looks like', () => {
    expect(bindNumbers('tariffs of 10 % and 0.1 % and 69–74 %')).toBe(`tariffs of 10${NBSP}% and 0.1${NBSP}% and 69–74${NBSP}%`);
  });

  it('keeps "No." with the announcement number', () => {
    expect(bindNumbers('Announcement No. 70 of 7 November')).toBe(`Announcement No.${NBSP}70 of 7 November`);
  });

  it('leaves other spaces alone', () => {
    const text = '10 per cent, 7 November, No. of licences, 100% and a % sign';
    expect(bindNumbers(text)).toBe(text);
  });
});
