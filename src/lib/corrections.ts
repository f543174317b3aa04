/**
 * The corrections log in the order a reader wants it, newest version first, checked against the
 * report's own version: an entry for a version the report has not reached would misdate a correction
 * (two entries for one version are already refused when the file is read, by its `version` field).
 */
import { ContentError } from './content-error';
import type { Correction } from './schemas';

const FILE = 'content/corrections.json';

/** 1.10.0 is newer than 1.9.2: versions compare part by part, as numbers. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d) return d;
  }
  return 0;
}

export function orderedCorrections(log: readonly Correction[], reportVersion: string): Correction[] {
  for (const c of log) {
    if (compareVersions(c.version, reportVersion) > 0) {
      throw new ContentError(FILE, c.version, 'version', `newer than the report's version ${reportVersion} (content/report.json)`);
    }
  }
  return [...log].sort((a, b) => compareVersions(b.version, a.version));
}

/** The anchor of one version's entry: `corrections-1-1-0`. */
export const correctionAnchor = (v: string) => `corrections-${v.replaceAll('.', '-')}`;

/**
 * What a correction's link leads to, for its words ("Go to the passage"): the whole item as a link
 * underlined paragraphs of text, so only these few words link now.
 */
export function correctionTargetName(target: string, chapterIds: ReadonlySet<string>): string {
  if (chapterIds.has(target)) return 'the chapter';
  if (target.startsWith('event-')) return 'the timeline entry';
  if (target.startsWith('fig-')) return 'the figure';
  if (target === 'bibliography') return 'the bibliography';
  if (target === 'tab-accounts-key') return 'the table’s key';
  if (target.startsWith('tab-')) return 'the table';
  if (target.startsWith('source-')) return 'the source';
  if (/-p\d+$/.test(target)) return 'the passage';
  return 'the section';
}
