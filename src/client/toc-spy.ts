// Marks the chapter being read in the table of contents. Without JavaScript the TOC is a plain list.
const links = new Map<string, HTMLAnchorElement>();
document.querySelectorAll<HTMLAnchorElement>('[data-toc-link]').forEach((a) => links.set(a.dataset.tocLink!, a));

const visible = new Set<string>();
const observer = new IntersectionObserver(
  (entries) => {
    for (const e of entries) (e.isIntersecting ? visible.add(e.target.id) : visible.delete(e.target.id));
    const current = [...links.keys()].find((id) => visible.has(id));
    if (!current) return;
    links.forEach((a, id) => (id === current ? a.setAttribute('aria-current', 'true') : a.removeAttribute('aria-current')));
  },
  { rootMargin: '-20% 0px -70% 0px' },
);
links.forEach((_, id) => {
  const el = document.getElementById(id);
  if (el) observer.observe(el);
});
