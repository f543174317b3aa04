/**
 * A tiny UTC day scale and month ticks for the timeline. Written out rather than taken from
 * d3-scale because scaleUtc pulls d3-time-format and d3-interpolate into the browser bundle,
 * and all the timeline needs is a straight line from days to pixels.
 */
const DAY = 86_400_000;

/** Days since 1970-01-01 for an ISO date (YYYY-MM-DD). */
export function isoDay(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / DAY;
}

export function dayIso(day: number): string {
  return new Date(day * DAY).toISOString().slice(0, 10);
}

export interface DayScale {
  (iso: string): number;
  domain: [string, string];
  range: [number, number];
}

export function dayScale(domain: [string, string], range: [number, number]): DayScale {
  const [d0, d1] = domain.map(isoDay) as [number, number];
  const [r0, r1] = range;
  const k = (r1 - r0) / (d1 - d0 || 1);
  const f = ((iso: string) => r0 + (isoDay(iso) - d0) * k) as DayScale;
  f.domain = domain;
  f.range = range;
  return f;
}

const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export interface MonthTick {
  iso: string;
  /** Empty for a minor tick. */
  label: string;
  major: boolean;
}

/**
 * First-of-month ticks inside the domain. Over long spans only years are labelled and quarters
 * ticked; over short spans every month is labelled, with the year on January and on the first tick.
 */
export function monthTicks(domain: [string, string]): MonthTick[] {
  const [start, end] = domain;
  let [y, m] = start.split('-').map(Number) as [number, number];
  if (!start.endsWith('-01')) m += 1;
  const months = (Number(end.slice(0, 4)) - y) * 12 + Number(end.slice(5, 7)) - m;
  const long = months > 20;
  const ticks: MonthTick[] = [];
  for (;;) {
    if (m > 12) { m -= 12; y += 1; }
    const iso = `${y}-${String(m).padStart(2, '0')}-01`;
    if (iso > end) break;
    const first = ticks.length === 0;
    if (long) {
      if (m % 3 === 1) ticks.push({ iso, label: m === 1 ? String(y) : '', major: m === 1 });
    } else {
      ticks.push({ iso, label: m === 1 || first ? `${SHORT_MONTHS[m - 1]} ${y}` : SHORT_MONTHS[m - 1]!, major: m === 1 });
    }
    m += 1;
  }
  return ticks;
}
