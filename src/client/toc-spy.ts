// Marks the chapter being read in the table of contents. Without JavaScript the TOC is a plain list.
// On a desktop the contents stand beside the text in a column of the window's height, taller than
// the window once its sections are listed: the marked chapter is scrolled into that column's view,
// or from chapter 8 on it sat below the window's edge.
const column = document.querySelector<HTMLElement>('.toc-column');
const links = new Map<string, HTMLAnchorElement>();
document.querySelectorAll<HTMLAnchorElement>('[data-toc-link]').forEach((a) => links.set(a.dataset.tocLink!, a));

const visible = new Set<string>();
const observer = new IntersectionObserver(
  (entries) => {
    for (const e of entries) (e.isIntersecting ? visible.add(e.target.id) : visible.delete(e.target.id));
    const current = [...links.keys()].find((id) => visible.has(id));
    if (!current) return;
    links.forEach((a, id) => (id === current ? a.setAttribute('aria-current', 'true') : a.removeAttribute('aria-current')));
    keepInView(links.get(current)!);
  },
  { rootMargin: '-20% 0px -70% 0px' },
);
links.forEach((_, id) => {
  const el = document.getElementById(id);
  if (el) observer.observe(el);
});

/** Scrolls the contents column (not the page) so that the marked chapter shows, a third of the way down. */
function keepInView(link: HTMLElement) {
  if (!column || column.scrollHeight <= column.clientHeight) return;
  const box = column.getBoundingClientRect(), at = link.getBoundingClientRect();
  if (at.top >= box.top && at.bottom <= box.bottom) return;
  column.scrollTop += at.top - box.top - box.height / 3;
}
