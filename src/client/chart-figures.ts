/**
 * Brings the build-time dependency charts to life: tooltips on hover and keyboard focus, one
 * material highlighted across every chart, and a switch between years that re-draws the chart with
 * the same function the build used. Without this script every chart, value and source is still there.
 */
import { LAYOUTS, renderChart } from '../charts/render-chart';
import { fillTip, tipLeft } from './tooltip';
import type { FigureData } from '../charts/_shared/model';

const figures = [...document.querySelectorAll<HTMLElement>('[data-chart-figure]')];

function highlight(material: string | null): void {
  for (const f of figures) {
    f.classList.toggle('has-highlight', !!material);
    for (const el of f.querySelectorAll<Element>('[data-material]')) {
      el.classList.toggle('is-highlighted', el.getAttribute('data-material') === material);
    }
  }
}

/** Moves each mark's <title> (the native tooltip) into an accessible label, so only ours shows. */
function enhanceMarks(fig: HTMLElement): void {
  for (const mark of fig.querySelectorAll<SVGElement>('.chart-mark')) {
    const title = mark.querySelector('title');
    if (!title) continue;
    mark.dataset.tip = title.textContent ?? '';
    mark.setAttribute('aria-label', (title.textContent ?? '').replace(/\n/g, '. '));
    mark.setAttribute('aria-describedby', `${fig.id}-tooltip`);
    title.remove();
  }
}

function showTip(fig: HTMLElement, mark: SVGElement): void {
  const tip = fig.querySelector<HTMLElement>('.chart-tooltip');
  if (!tip || !mark.dataset.tip) return;
  fillTip(tip, mark.dataset.tip.split('\n'));
  tip.hidden = false;
  const box = fig.getBoundingClientRect();
  const r = mark.getBoundingClientRect();
  tip.style.setProperty('--tip-x', `${tipLeft(tip, r, box)}px`);
  // Below the mark, unless that runs past the bottom of the window and there is room above.
  const below = r.bottom + 8 + tip.offsetHeight <= innerHeight || r.top - 8 - tip.offsetHeight < 0;
  tip.style.setProperty('--tip-y', `${below ? r.bottom - box.top + 8 : r.top - box.top - 8 - tip.offsetHeight}px`);
  highlight(mark.getAttribute('data-material'));
}

function hideTip(fig: HTMLElement): void {
  const tip = fig.querySelector<HTMLElement>('.chart-tooltip');
  if (tip) tip.hidden = true;
  delete fig.dataset.tapped;
  highlight(null);
}

let cache: Record<string, Promise<FigureData>> = {};

async function showView(fig: HTMLElement, key: string): Promise<void> {
  const src = fig.dataset.src;
  if (!src) return;
  cache[src] ??= fetch(src).then((r) => r.json() as Promise<FigureData>);
  const data = await cache[src];
  const view = data.views.find((v) => v.view.key === key);
  const canvas = fig.querySelector<HTMLElement>('[data-chart-canvas]');
  if (!view || !canvas) return;
  const title = fig.querySelector('svg title')?.textContent ?? data.title;
  for (const l of LAYOUTS) {
    const slot = canvas.querySelector<HTMLElement>(`[data-layout="${l.name}"]`);
    if (slot) slot.innerHTML = renderChart(view, { width: l.width, idPrefix: `${fig.id}-${l.name}`, title });
  }
  canvas.dataset.view = key;
  enhanceMarks(fig);
  for (const b of fig.querySelectorAll<HTMLButtonElement>('[data-view]')) {
    if (b.tagName === 'BUTTON') b.setAttribute('aria-pressed', String(b.dataset.view === key));
  }
}

for (const fig of figures) {
  enhanceMarks(fig);
  fig.addEventListener('pointerover', (e) => {
    const mark = (e.target as Element).closest<SVGElement>('.chart-mark');
    if (mark) showTip(fig, mark);
  });
  // A finger has no hover: the first tap on a mark shows its tooltip, a second tap follows its link
  // to the source; a tap anywhere else closes it. (The tooltip would otherwise close as the finger lifts.)
  // `data-tapped` names the mark tapped once; hiding the tooltip forgets it.
  let touch = false;
  fig.addEventListener('pointerdown', (e) => { touch = e.pointerType === 'touch'; });
  fig.addEventListener('pointerout', (e) => {
    const mark = (e.target as Element).closest('.chart-mark');
    if (mark && !mark.contains(e.relatedTarget as Node) && e.pointerType !== 'touch') hideTip(fig);
  });
  fig.addEventListener('click', (e) => {
    const mark = (e.target as Element).closest<SVGElement>('.chart-mark');
    if (!touch) return;
    if (!mark) { hideTip(fig); return; }
    if (fig.dataset.tapped === mark.getAttribute('data-record')) return;
    e.preventDefault();
    fig.dataset.tapped = mark.getAttribute('data-record') ?? '';
    showTip(fig, mark);
  });
  fig.addEventListener('focusin', (e) => {
    const mark = (e.target as Element).closest<SVGElement>('.chart-mark');
    if (mark) showTip(fig, mark);
  });
  fig.addEventListener('focusout', () => hideTip(fig));
  fig.addEventListener('keydown', (e) => { if (e.key === 'Escape') hideTip(fig); });
  const views = fig.querySelector<HTMLElement>('[data-chart-views]');
  if (views) {
    views.hidden = false;
    views.addEventListener('click', (e) => {
      const b = (e.target as Element).closest<HTMLButtonElement>('button[data-view]');
      if (b?.dataset.view) void showView(fig, b.dataset.view);
    });
  }
}
