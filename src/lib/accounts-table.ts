/**
 * The point-by-point table of the two governments' accounts: accounts.json gives the facts and
 * sources, accounts-wording.json our published wording. The two files must name the same
 * accounts, or the table would silently lose a row or show text for a topic that no longer exists.
 */
import { ContentError } from './content-error';
import type { Account, AccountWording } from './schemas';

export const ACCOUNTS_FILE = 'content/data/accounts.json';
export const ACCOUNTS_WORDING_FILE = 'content/data/accounts-wording.json';

export type AgreementKey = 'yes' | 'partly' | 'no';
/** Said in words, never by colour alone; the mark is decoration for sighted readers. */
export const AGREEMENT: Record<AgreementKey, { label: string; mark: string; meaning: string }> = {
  yes: { label: 'Yes', mark: '●', meaning: 'both accounts describe the same step' },
  partly: { label: 'Partly', mark: '◐', meaning: 'both touch on it, but differ on what was agreed' },
  no: { label: 'No', mark: '○', meaning: 'only one government records the commitment' },
};

export function agreementKey(consistent: Account['consistent']): AgreementKey {
  if (consistent === true) return 'yes';
  if (consistent === 'partial') return 'partly';
  return 'no';
}

export interface AccountCell { text: string; sources: string[] }
export interface AccountRow {
  id: string;
  topic: string;
  us: AccountCell;
  cn: AccountCell;
  agreement: AgreementKey;
  outcome: AccountCell;
}

/** Throws a ContentError naming the wording file, the account and the field when the files disagree. */
export function checkAccountsWording(
  accounts: readonly Pick<Account, 'id'>[],
  wording: readonly Pick<AccountWording, 'id'>[],
  file = ACCOUNTS_WORDING_FILE,
): void {
  const accountIds = new Set(accounts.map((a) => a.id));
  const worded = new Set(wording.map((w) => w.id));
  const unknown = wording.find((w) => !accountIds.has(w.id));
  if (unknown) throw new ContentError(file, unknown.id, 'id', `unknown account id "${unknown.id}" (not in ${ACCOUNTS_FILE})`);
  const missing = accounts.find((a) => !worded.has(a.id));
  if (missing) throw new ContentError(file, missing.id, 'id', `no wording for this account of ${ACCOUNTS_FILE}: add a record with id, topic, us, cn and outcome`);
}

/** Sources once each, in the order given (the fact base repeats a source when it quotes two snippets). */
const unique = (ids: readonly string[]) => [...new Set(ids)];

/** One row per account, in the order of accounts.json. */
export function accountRows(accounts: readonly Account[], wording: readonly AccountWording[]): AccountRow[] {
  checkAccountsWording(accounts, wording);
  const byId = new Map(wording.map((w) => [w.id, w]));
  return accounts.map((a) => {
    const w = byId.get(a.id)!;
    return {
      id: a.id,
      topic: w.topic,
      us: { text: w.us, sources: unique(a.us_account.sources) },
      cn: { text: w.cn, sources: unique(a.cn_account.sources) },
      agreement: agreementKey(a.consistent),
      outcome: { text: w.outcome, sources: unique(a.implementation_outcome?.sources ?? []) },
    };
  });
}

/** Numbers the table's sources 1, 2, 3… in reading order (row by row, left to right). */
export function numberSources(rows: readonly AccountRow[]): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const r of rows) {
    for (const id of [...r.us.sources, ...r.cn.sources, ...r.outcome.sources]) {
      if (!numbers.has(id)) numbers.set(id, numbers.size + 1);
    }
  }
  return numbers;
}
