import { describe, expect, it, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseRecords, readRecords } from '../../src/lib/records';
import { correctionSchema } from '../../src/lib/schemas';
import { compareVersions, correctionAnchor, correctionTargetName, orderedCorrections } from '../../src/lib/corrections';
import { ContentError } from '../../src/lib/content-error';

const entry = (version: string) => ({ version, date: '2026-11-29', items: [{ target: 'busan-meeting-p1', text: 'A date was wrong.' }] });

describe('the corrections log', () => {
  it('reads newest first, comparing versions as numbers', () => {
    expect(compareVersions('1.10.0', '1.9.2')).toBeGreaterThan(0);
    expect(compareVersions('1.1', '1.1.0')).toBe(0);
    expect(orderedCorrections([entry('1.1.0'), entry('1.10.0'), entry('1.2.0')], '1.10.0').map((c) => c.version)).toEqual(['1.10.0', '1.2.0', '1.1.0']);
  });

  it('refuses an entry for a version the report has not reached, naming file, record and field', () => {
    expect(() => orderedCorrections([entry('1.2.0')], '1.1.0')).toThrow(ContentError);
    expect(() => orderedCorrections([entry('1.2.0')], '1.1.0')).toThrow(/content\/corrections\.json › record "1\.2\.0" › field "version": newer than the report's version 1\.1\.0/);
  });

  it('refuses a version listed twice, and an item without a target anchor', () => {
    expect(() => parseRecords('content/corrections.json', JSON.stringify([entry('1.1.0'), entry('1.1.0')]), correctionSchema, 'version'))
      .toThrow(/record "1\.1\.0" › field "version": duplicate id "1\.1\.0"/);
    const bad = { ...entry('1.1.0'), items: [{ target: 'Busan Meeting', text: 'x' }] };
    expect(() => parseRecords('content/corrections.json', JSON.stringify([bad]), correctionSchema, 'version')).toThrow(/field "items\[0\]\.target"/);
  });

  it('as published: valid, no newer than the report, each version its own anchor', () => {
    const report = JSON.parse(readFileSync('content/report.json', 'utf8')) as { version: string };
    const log = orderedCorrections(readRecords('content/corrections.json', correctionSchema, 'version'), report.version);
    expect(log.length).toBeGreaterThan(0);
    expect(new Set(log.map((c) => correctionAnchor(c.version))).size).toBe(log.length);
  });
});

describe("a correction's link", () => {
  test('says what it leads to in a few words', () => {
    const chapters = new Set(['escalation-risk']);
    expect(correctionTargetName('escalation-risk', chapters)).toBe('the chapter');
    expect(correctionTargetName('mining-and-refining-p1', chapters)).toBe('the passage');
    expect(correctionTargetName('point-by-point', chapters)).toBe('the section');
    expect(correctionTargetName('event-2025-10-10-us-100pct-tariff-threat', chapters)).toBe('the timeline entry');
    expect(correctionTargetName('fig-eu-exposure', chapters)).toBe('the figure');
    expect(correctionTargetName('bibliography', chapters)).toBe('the bibliography');
    expect(correctionTargetName('tab-accounts-key', chapters)).toBe('the table’s key');
  });
});
