import { bindNumbers } from './typography';

/** Dates are ISO in data and written out in British style in prose: "9 October 2025". */
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
  'October', 'November', 'December'];

export function formatDate(iso: string, precision: 'day' | 'month' | 'year' = 'day'): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number?, number?];
  if (precision === 'year' || !m) return String(y);
  if (precision === 'month' || !d) return `${MONTHS[m - 1]} ${y}`;
  // The day stays with its month on screen and paper: the same rule as the prose's dates.
  return bindNumbers(`${d} ${MONTHS[m - 1]} ${y}`);
}

/** Source dates may be a year, a month or a day. */
export function formatSourceDate(value: string): string {
  const parts = value.split('-').length;
  return formatDate(value, parts === 1 ? 'year' : parts === 2 ? 'month' : 'day');
}
