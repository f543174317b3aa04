/**
 * Enhances the build-time timeline: filters, zoom presets, selection with arrow keys, and the
 * address bar following the selected event. It redraws the SVG with the same pure function the
 * build used, and only when the reader changes a filter or the time range.
 */
import { BUILT_WIDTH, DEFAULT_DOMAIN, renderTimeline, type TimelineMark } from '../charts/timeline';
import { matchesFilter, type TimelineFilter } from '../charts/timeline-filter';
import { KEY_MOMENTS } from '../charts/timeline-moments';
import { fillTip, tipLeft } from './tooltip';

export function enhanceTimeline(root: HTMLElement): void {
  // The list follows the figure in the document (it prints and is cited on its own).
  const list = (root.querySelector<HTMLOListElement>('[data-tl-list]') ?? document.querySelector<HTMLOListElement>('[data-tl-list]'))!;
  const items = [...list.querySelectorAll<HTMLLIElement>('li.tl-item')];
  const byId = new Map(items.map((li) => [eventId(li.id), li]));
  // The mark's accessible label is the item's date, actor, category and title, as the build wrote it.
  const text = (li: HTMLLIElement, sel: string) => li.querySelector(sel)?.textContent?.trim() ?? '';
  const events: TimelineMark[] = items.map((li) => ({
    id: eventId(li.id), date: li.dataset.date!, end_date: li.dataset.end || undefined, actor: li.dataset.actor!,
    category: li.dataset.category!, materials: (li.dataset.materials ?? '').split(' ').filter(Boolean),
    label: `${text(li, 'time')}, ${text(li, '.tl-item-actor')}, ${text(li, '.tl-item-cat')}: ${text(li, '.tl-item-link')}`,
  }));
  const layouts = [...root.querySelectorAll<HTMLElement>('[data-tl-layout]')];
  const template = root.querySelector<HTMLTemplateElement>('template[data-tl-controls]')!;
  const controls = template.content.firstElementChild!.cloneNode(true) as HTMLElement;
  controls.dataset.tlControls = '';
  const status = controls.querySelector<HTMLElement>('[data-tl-status]')!;
  const detail = root.querySelector<HTMLElement>('[data-tl-detail]')!;
  const selects = [...controls.querySelectorAll<HTMLSelectElement>('[data-tl-filter]')];
  const zooms = [...controls.querySelectorAll<HTMLButtonElement>('[data-tl-zoom]')];
  // Near the reader: the controls go in, and the chart is redrawn for the width it really has.
  whenNear(root, () => {
    template.replaceWith(controls);
    redrawOnResize();
  });

  let filter: TimelineFilter = {};
  let domain: [string, string] = DEFAULT_DOMAIN;
  let selected: string | undefined;

  const visibleLayout = () => layouts.find((l) => l.offsetParent !== null || getComputedStyle(l).display !== 'none') ?? layouts[0]!;
  const shown = () => events.filter((e) => matchesFilter(e, filter) && e.date >= domain[0] && e.date <= domain[1]);

  function redraw() {
    // A reader on a mark keeps it: the marks are new elements after a redraw.
    const focused = eventOfMark(document.activeElement?.closest('[data-tl-layout] a.tl-event'));
    for (const l of layouts) {
      const layout = l.dataset.tlLayout as 'horizontal' | 'vertical';
      const width = printing && layout === 'horizontal' ? PRINT_WIDTH : fitWidth(l);
      l.innerHTML = renderTimeline(events, { layout, domain, filter, annotations: KEY_MOMENTS, labelledBy: 'fig-timeline-title', width });
    }
    for (const li of items) li.hidden = !matchesFilter(eventOf(li), filter);
    const n = shown().length;
    const total = events.filter((e) => matchesFilter(e, filter)).length;
    const inRange = domain === DEFAULT_DOMAIN ? '' : ' in this time range';
    // The time range narrows the chart only; the list (what prints and is cited) keeps every event
    // the filters leave, so the status says so rather than seem to contradict it.
    const inList = n < total ? `; the list below keeps all ${total}` : '';
    status.textContent = n === events.length
      ? `Showing all ${n} events. Use the arrow keys on the chart to step from event to event.`
      : total === events.length
        ? `Showing ${n} of ${events.length} events${inRange}${inList}.`
        : `Showing ${total} of ${events.length} events${n < total ? ` (${n} of them${inRange})` : ''}${inList}.`;
    // An empty chart and list look broken unless the reader is told which way leads back.
    if (total === 0) status.textContent += ' No event matches all of these filters: set one back to “All categories”, “All actors” or “All materials”.';
    if (selected && !shown().some((e) => e.id === selected)) selected = undefined;
    paintSelection();
    if (focused) markFor(visibleLayout(), focused)?.focus();
  }

  const eventOf = (li: HTMLLIElement) => events[items.indexOf(li)]!;

  function paintSelection() {
    const order = shown();
    const current = selected ?? order[0]?.id;
    for (const l of layouts) {
      for (const a of l.querySelectorAll<SVGAElement>('a.tl-event')) {
        const id = eventOfMark(a);
        a.classList.toggle('is-selected', id === selected);
        a.setAttribute('tabindex', id === current ? '0' : '-1');
        if (id === selected) a.setAttribute('aria-current', 'true'); else a.removeAttribute('aria-current');
      }
    }
    for (const li of items) li.classList.toggle('is-selected', eventId(li.id) === selected);
    if (!selected) { detail.hidden = true; return; }
    const li = byId.get(selected)!;
    detail.className = `tl-detail ${li.querySelector('.tl-item-actor')?.className.match(/tl-lane-\S+/)?.[0] ?? ''}`;
    detail.replaceChildren(...[...li.children].map((c) => c.cloneNode(true)));
    detail.hidden = false;
  }

  function select(id: string, focus: boolean) {
    selected = id;
    paintSelection();
    history.replaceState(null, '', `#event-${id}`);
    if (focus) markFor(visibleLayout(), id)?.focus();
  }

  root.querySelector('[data-tl-chart]')!.addEventListener('click', (ev) => {
    const id = eventOfMark((ev.target as Element).closest('a.tl-event'));
    if (!id) return;
    ev.preventDefault();
    select(id, true);
    // On a phone the chart runs down the page and the event's details open below it, a screen or
    // more from the tapped mark: bring them into view (only as far as needed; arrow keys do not).
    detail.scrollIntoView({ block: 'nearest' });
  });

  root.querySelector('[data-tl-chart]')!.addEventListener('keydown', (ev) => {
    const e = ev as KeyboardEvent;
    const order = shown().map((x) => x.id);
    if (!order.length) return;
    const at = order.indexOf(selected ?? '');
    let next: number | undefined;
    if (e.key === 'ArrowRight' || e.key === 'ArrowDown') next = at < 0 ? 0 : Math.min(order.length - 1, at + 1);
    else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') next = at < 0 ? 0 : Math.max(0, at - 1);
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = order.length - 1;
    else if (e.key === 'Enter' || e.key === ' ') {
      const id = eventOfMark((e.target as Element).closest('a.tl-event'));
      if (id) { e.preventDefault(); select(id, true); }
      return;
    }
    if (next === undefined) return;
    e.preventDefault();
    select(order[next]!, true);
  });

  for (const s of selects) {
    s.addEventListener('change', () => {
      filter = { ...filter, [s.dataset.tlFilter!]: s.value || undefined };
      redraw();
    });
  }
  for (const b of zooms) {
    b.addEventListener('click', () => {
      const [d0, d1] = b.dataset.tlZoom!.split('/') as [string, string];
      domain = d0 === DEFAULT_DOMAIN[0] && d1 === DEFAULT_DOMAIN[1] ? DEFAULT_DOMAIN : [d0, d1];
      zooms.forEach((z) => z.setAttribute('aria-pressed', String(z === b)));
      redraw();
    });
  }

  // The build draws the charts at fixed widths (BUILT_WIDTH: 960 across, 360 down the page) and they scale to
  // their column: at tablet widths (a 600-700 px column) the 11 px labels shrank to 7 px, on a phone
  // to 9.5. Drawn at the column's own width instead, they stay 11 px. Only redrawn when a width
  // really changes (not for a scrollbar's few pixels).
  const drawn = new Map<HTMLElement, number | undefined>();
  // Paper: drawn for the page's text width, so its labels print at about 8 pt instead of 5.
  let printing = false;
  addEventListener('beforeprint', () => { printing = true; redraw(); });
  addEventListener('afterprint', () => { printing = false; redraw(); });
  function redrawOnResize() {
    const observer = new ResizeObserver(() => {
      const moved = (l: HTMLElement) => {
        const now = fitWidth(l), was = drawn.get(l);
        return !(now === was || (now && was && Math.abs(now - was) < 16));
      };
      if (!layouts.some(moved)) return;
      for (const l of layouts) drawn.set(l, fitWidth(l));
      redraw();
    });
    for (const l of layouts) observer.observe(l);
  }

  // A mouse pointed at a mark names the event, as the other figures' tooltips do; a click opens it
  // below the chart. Fingers and keys get the details panel instead, which also speaks.
  const chart = root.querySelector<HTMLElement>('[data-tl-chart]')!;
  const tip = Object.assign(document.createElement('div'), { className: 'chart-tooltip tl-tip', hidden: true });
  tip.setAttribute('aria-hidden', 'true'); // the mark's own label already says all of it
  chart.append(tip);
  chart.addEventListener('pointerover', (ev) => {
    const a = (ev.target as Element).closest('a.tl-event');
    const li = byId.get(eventOfMark(a) ?? '');
    if (ev.pointerType !== 'mouse' || !a || !li) return;
    fillTip(tip, [text(li, '.tl-item-link'), `${text(li, 'time')} · ${text(li, '.tl-item-actor')}`]);
    tip.hidden = false;
    const mark = a.getBoundingClientRect(), frame = chart.getBoundingClientRect();
    const above = mark.top - frame.top - tip.offsetHeight - 6;
    tip.style.setProperty('--tip-x', `${Math.round(tipLeft(tip, mark, frame))}px`);
    tip.style.setProperty('--tip-y', `${Math.round(above >= 0 ? above : mark.bottom - frame.top + 6)}px`);
  });
  chart.addEventListener('pointerout', (ev) => {
    if ((ev.target as Element).closest('a.tl-event')) tip.hidden = true;
  });

  // Arriving at #event-… (on load, or from a chapter's link) selects that event in the chart too.
  function followHash() {
    const id = location.hash.match(/^#event-(.+)$/)?.[1];
    if (!id || !byId.has(id)) return;
    for (const li of items) li.classList.toggle('is-target', eventId(li.id) === id);
    selected = id;
    paintSelection();
  }
  window.addEventListener('hashchange', followHash);

  paintSelection();
  followHash();
}

// An event's id is in its anchor (#event-…): the list item's id and each mark's link carry it, so
// the page does not spell it out a third time in data attributes (~4 KB gzip of HTML).
const eventId = (anchor: string) => anchor.replace(/^#?event-/, '');
const eventOfMark = (a: Element | null | undefined) => (a ? eventId(a.getAttribute('href') ?? '') : undefined) || undefined;
const markFor = (layout: HTMLElement, id: string) => layout.querySelector<SVGAElement>(`a.tl-event[href="#event-${CSS.escape(id)}"]`);

/** The narrowest column each layout is redrawn for: below it the build's drawing is scaled down instead. */
const MIN_FIT_WIDTH = { horizontal: 560, vertical: 300 } as const;

/** The text width of an A4 or US Letter page at 18 mm side margins (styles/print.css), in CSS px. */
const PRINT_WIDTH = 660;

/**
 * The width to draw a layout at: its column's, when narrower than the build drew it (960 across,
 * 360 down the page) but wide enough for the layout; otherwise the build's (wider columns scale it up).
 * Below 300 the vertical chart runs out of room to keep its key-moment labels off the marks.
 */
function fitWidth(layout: HTMLElement): number | undefined {
  const w = Math.round(layout.clientWidth);
  const kind = layout.dataset.tlLayout === 'vertical' ? 'vertical' : 'horizontal';
  return w >= MIN_FIT_WIDTH[kind] && w < BUILT_WIDTH[kind] ? w : undefined;
}

/**
 * Runs `near` once, when the figure comes within a screen of the reader (the controls go in then). While a chapter is
 * off screen the browser skips its layout (content-visibility: auto), except that a <select> anywhere
 * in it, even hidden, made Chromium lay out the whole chapter on load: ~60 ms of blocking on a phone.
 * An IntersectionObserver is asked, not checkVisibility(): that call forces style and layout, and run
 * before the first frame it laid out the whole page (48 ms). No reader can reach the controls before
 * the figure is near, so nothing is lost by waiting.
 */
function whenNear(root: HTMLElement, near: () => void): void {
  const observer = new IntersectionObserver((entries) => {
    if (!entries.some((e) => e.isIntersecting)) return;
    observer.disconnect();
    near();
  }, { rootMargin: '100% 0px' });
  observer.observe(root);
}
