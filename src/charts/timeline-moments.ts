import type { TimelineAnnotation } from './timeline';

/** The moments the chapter turns on, written into the chart itself (build and browser alike). */
export const KEY_MOMENTS: TimelineAnnotation[] = [
  { date: '2025-10-09', label: '9 Oct 2025: rare-earth rules', anchor: 'end' },
  { date: '2025-10-30', label: '30 Oct: Busan', anchor: 'start' },
  { date: '2026-05-14', label: '14 May 2026: Beijing visit', anchor: 'start' },
  { date: '2026-11-10', label: 'Nov 2026: suspensions due to end', anchor: 'end' },
];
