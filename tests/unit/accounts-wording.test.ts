// The point-by-point table prints our wording of each account, never the fact base's working notes,
// and the wording file must name exactly the accounts that accounts.json holds.
import { describe, expect, it } from 'vitest';
import { parseRecords, readRecords } from '../../src/lib/records';
import { accountSchema, accountWordingSchema } from '../../src/lib/schemas';
import {
  ACCOUNTS_WORDING_FILE, AGREEMENT, accountRows, checkAccountsWording, numberSources,
} from '../../src/lib/accounts-table';
import { readFileSync } from 'node:fs';

const accounts = readRecords('content/data/accounts.json', accountSchema);
const wording = readRecords(ACCOUNTS_WORDING_FILE, accountWordingSchema);
const fixture = (name: string) => `tests/fixtures/content/${name}`;
const parseFixture = (name: string) =>
  parseRecords(fixture(name), readFileSync(fixture(name), 'utf8'), accountWordingSchema);

describe('the published wording', () => {
  it('gives every account one row, in the order of accounts.json', () => {
    const rows = accountRows(accounts, wording);
    expect(rows).toHaveLength(13);
    expect(rows.map((r) => r.id)).toEqual(accounts.map((a) => a.id));
  });

  it('says whether the accounts agree in words', () => {
    const rows = accountRows(accounts, wording);
    const said = (id: string) => AGREEMENT[rows.find((r) => r.id === id)!.agreement].label;
    expect(said('us-affiliates-rule-07')).toBe('Yes');
    expect(said('controls-imposed-since-02')).toBe('Partly');
    expect(said('chinese-antitrust-anti-11')).toBe('No');
    expect(rows.map((r) => AGREEMENT[r.agreement].label).filter((l) => l === 'Yes')).toHaveLength(4);
  });

  it('is our own: no run of eight words copied from the fact base’s summaries or notes', () => {
    const words = (s: string) => s.toLowerCase().replace(/[^a-z0-9% ]+/g, ' ').split(/\s+/).filter(Boolean);
    const runs = (s: string) => {
      const w = words(s);
      return w.slice(0, Math.max(0, w.length - 7)).map((_, i) => w.slice(i, i + 8).join(' '));
    };
    const copied = accounts.flatMap((a) => {
      const notes = [a.us_account.summary, a.cn_account.summary, a.implementation_outcome?.summary ?? '', a.notes ?? ''];
      const w = wording.find((x) => x.id === a.id)!;
      // Quoting an official text is allowed; paraphrasing the researchers' notes word for word is not.
      const unquoted = [w.topic, w.us, w.cn, w.outcome].join(' ').replace(/“[^”]*”|"[^"]*"/g, ' ');
      const ours = ` ${words(unquoted).join(' ')} `;
      return notes.flatMap(runs).filter((run) => ours.includes(` ${run} `)).map((run) => `${a.id}: ${run}`);
    });
    expect(copied).toEqual([]);
  });

  it('numbers each source once, in reading order', () => {
    const rows = accountRows(accounts, wording);
    const numbers = numberSources(rows);
    const first = rows[0]!;
    expect(numbers.get(first.us.sources[0]!)).toBe(1);
    expect([...numbers.values()]).toEqual([...numbers.values()].map((_, i) => i + 1));
    // The fact base quotes Xinhua twice for the chip-probe outcome; the table cites it once.
    expect(accounts.find((a) => a.id === 'chinese-antitrust-anti-11')!.implementation_outcome!.sources
      .filter((s) => s === 'xinhua-2025-09-13')).toHaveLength(2);
    const probes = rows.find((r) => r.id === 'chinese-antitrust-anti-11')!;
    expect(probes.outcome.sources.filter((s) => s === 'xinhua-2025-09-13')).toHaveLength(1);
  });
});

describe('a wording file that does not match accounts.json stops the build', () => {
  it('names the unknown account', () => {
    const unknown = parseFixture('accounts-wording-unknown-id.json');
    expect(() => checkAccountsWording(accounts, unknown, fixture('accounts-wording-unknown-id.json'))).toThrow(
      'tests/fixtures/content/accounts-wording-unknown-id.json › record "rare-earth-controls-99" › field "id": unknown account id "rare-earth-controls-99" (not in content/data/accounts.json)',
    );
  });

  it('names the account that has no wording', () => {
    const one = parseFixture('accounts-wording-one-record.json');
    expect(() => checkAccountsWording(accounts, one, fixture('accounts-wording-one-record.json'))).toThrow(
      'tests/fixtures/content/accounts-wording-one-record.json › record "rare-earth-and-01" › field "id": no wording for this account of content/data/accounts.json',
    );
  });

  it('names a missing field', () => {
    expect(() => parseFixture('accounts-wording-missing-field.json')).toThrow(
      'tests/fixtures/content/accounts-wording-missing-field.json › record "us-affiliates-rule-07" › field "cn"',
    );
  });

  it('names an empty field', () => {
    expect(() => parseFixture('accounts-wording-empty-field.json')).toThrow(
      'accounts-wording-empty-field.json › record "us-affiliates-rule-07" › field "outcome": the wording is empty',
    );
  });

  it('rejects a field the table would not print, such as a working note', () => {
    expect(() => parseFixture('accounts-wording-stray-field.json')).toThrow(
      /accounts-wording-stray-field\.json › record "us-affiliates-rule-07" › field ".*": .*notes/,
    );
  });
});
