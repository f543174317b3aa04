import { describe, expect, it } from 'vitest';
import { bindNumbers, curlyQuotes, softHyphens } from '../../src/lib/typography';

const NBSP = '\u00a0';

describe('bindNumbers: a number never ends a line without its sign', () => {
  it('keeps a percentage together, whatever the number looks like', () => {
    expect(bindNumbers('tariffs of 10 % and 0.1 % and 69–74 %')).toBe(`tariffs of 10${NBSP}% and 0.1${NBSP}% and 69–74${NBSP}%`);
  });

  it('keeps "per cent" and file sizes with their number', () => {
    expect(bindNumbers('stayed at 10 per cent; 1.1 MB or 980 kB')).toBe(`stayed at 10${NBSP}per cent; 1.1${NBSP}MB or 980${NBSP}kB`);
  });

  it('keeps "No." with the announcement number', () => {
    expect(bindNumbers('Announcement No. 70 of 7 November')).toBe(`Announcement No.${NBSP}70 of 7${NBSP}November`);
  });

  it('keeps a day with its month, and lets the year go to the next line', () => {
    expect(bindNumbers('On 30 October 2025, and from 1–3 May')).toBe(`On 30${NBSP}October 2025, and from 1–3${NBSP}May`);
  });

  it('leaves other spaces alone', () => {
    const text = 'November 7, No. of licences, 100% and a % sign, percentages, 3 MBps, in 2025 May rose, 12 Mayors';
    expect(bindNumbers(text)).toBe(text);
  });
});

describe('softHyphens: long words in narrow columns break where a dictionary would', () => {
  const SHY = '\u00ad';
  it('marks the break points and keeps the capitals', () => {
    expect(softHyphens('Countermeasures and countermeasure')).toBe(`Counter${SHY}meas${SHY}ures and counter${SHY}meas${SHY}ure`);
    expect(softHyphens('Corresponding investigations')).toBe(`Cor${SHY}re${SHY}spond${SHY}ing in${SHY}ves${SHY}ti${SHY}ga${SHY}tions`);
  });

  it('leaves other words, and words merely containing a listed one, alone', () => {
    const text = 'counters, measures, announcementsX';
    expect(softHyphens(text)).toBe(text);
  });
});

describe('curlyQuotes: typed quotes come out as the typographer\'s', () => {
  it('turns apostrophes and single quotes round', () => {
    expect(curlyQuotes("People's Daily: 'done' (China's)")).toBe('People’s Daily: ‘done’ (China’s)');
    expect(curlyQuotes('“Trump says deal \'done\'”')).toBe('“Trump says deal ‘done’”');
  });
});
