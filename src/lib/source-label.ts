import type { Source } from './schemas';
import { formatSourceDate } from './dates';

/** "Reuters, 9 October 2025." — the compact form used in side notes and chart source lines. */
export function sourceShortLabel(s: Source): string {
  const date = s.published ? `, ${formatSourceDate(s.published)}` : '';
  return `${s.publisher}${date}.`;
}
