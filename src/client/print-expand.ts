// Paper cannot be clicked. Before printing, open the closed <details> that hold reading matter
// (notes, timeline entries, long lists) and close them again afterwards. Details inside a figure
// (its values table, say) stay closed, since the chart already shows them, unless they ask with
// data-print="open"; any details can stay closed with data-print="closed". Closed details do not
// print at all (src/styles/print.css). scripts/pdf.mjs dispatches `beforeprint` itself, since
// rendering a PDF does not fire it.
const opened: HTMLDetailsElement[] = [];
const shouldOpen = (d: HTMLDetailsElement) =>
  d.dataset.print === 'open' ||
  (d.dataset.print !== 'closed' && !d.closest('figure, [data-interactive], .no-print'));

addEventListener('beforeprint', () => {
  document.querySelectorAll<HTMLDetailsElement>('details:not([open])').forEach((d) => {
    if (!shouldOpen(d)) return;
    d.open = true;
    opened.push(d);
  });
});
addEventListener('afterprint', () => {
  opened.splice(0).forEach((d) => (d.open = false));
});
