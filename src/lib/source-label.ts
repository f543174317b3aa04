import type { Source } from './schemas';
import { formatSourceDate } from './dates';

/** "Reuters, 9 October 2025." — the compact form used in side notes and chart source lines. */
export function sourceShortLabel(s: Source): string {
  return `${shortName(s)}.`;
}

const shortName = (s: Source) => `${s.publisher}${s.published ? `, ${formatSourceDate(s.published)}` : ''}`;

/**
 * The names of one note's sources, without full stops. Where two would read the same (two chapters of
 * the same USGS yearbook: "U.S. Geological Survey, February 2026" twice in one note), each adds the
 * part of its title that tells them apart: "U.S. Geological Survey, February 2026, “Antimony”".
 */
export function noteSourceNames(list: readonly Source[]): string[] {
  const names = list.map(shortName);
  return names.map((name, i) => (names.indexOf(name) === names.lastIndexOf(name) ? name : `${name}, “${titlePart(list[i]!)}”`));
}

const titlePart = (s: Source) => (s.title ?? s.id).split(' — ').pop()!.trim();
