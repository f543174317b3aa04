// Paper cannot be clicked: before printing, open every closed <details> (data tables, timeline
// entries, notes) so its content prints, and close them again afterwards. scripts/pdf.mjs
// dispatches `beforeprint` itself, since rendering a PDF does not fire it.
const opened: HTMLDetailsElement[] = [];
addEventListener('beforeprint', () => {
  document.querySelectorAll<HTMLDetailsElement>('details:not([open]):not([data-interactive])').forEach((d) => {
    d.open = true;
    opened.push(d);
  });
});
addEventListener('afterprint', () => {
  opened.splice(0).forEach((d) => (d.open = false));
});
