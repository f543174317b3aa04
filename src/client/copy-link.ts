/**
 * Link marks and citations, enhanced: clicking a "#" or "¶" mark copies the full URL of that anchor
 * and puts it in the address bar; "Copy" buttons in Cite panels copy one citation. Both are announced
 * through one aria-live region. Arriving at any #id briefly highlights the target (CSS skips the
 * animation under prefers-reduced-motion). Without JavaScript the marks are plain links.
 */
const liveRegion = document.createElement('div');
liveRegion.className = 'copy-status';
liveRegion.setAttribute('role', 'status');
liveRegion.setAttribute('aria-live', 'polite');
document.body.append(liveRegion);
let hideTimer: number | undefined;

function announce(message: string) {
  // Clearing first makes screen readers repeat an identical message ("Link copied" twice in a row).
  liveRegion.textContent = '';
  requestAnimationFrame(() => {
    liveRegion.textContent = message;
    liveRegion.classList.add('is-visible');
    clearTimeout(hideTimer);
    hideTimer = window.setTimeout(() => liveRegion.classList.remove('is-visible'), 2200);
  });
}

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** An alias anchor stands for the element it sits in; highlight that element instead. */
function targetOf(id: string): HTMLElement | null {
  const el = document.getElementById(id);
  return el?.classList.contains('anchor-alias') ? (el.parentElement ?? el) : el;
}

function highlight(id: string) {
  const el = targetOf(id);
  if (!el) return;
  el.classList.remove('is-target');
  void el.offsetWidth; // restart the animation when the same target is chosen again
  el.classList.add('is-target');
  el.addEventListener('animationend', () => el.classList.remove('is-target'), { once: true });
}

document.addEventListener('click', async (event) => {
  const target = event.target as Element;
  const mark = target.closest<HTMLAnchorElement>('a.anchor-link, a.para-link');
  if (mark && !(event as MouseEvent).metaKey && !(event as MouseEvent).ctrlKey && !(event as MouseEvent).shiftKey) {
    const url = new URL(mark.getAttribute('href')!, location.href);
    event.preventDefault();
    history.replaceState(history.state, '', url.hash);
    highlight(decodeURIComponent(url.hash.slice(1)));
    announce((await copy(url.href)) ? 'Link copied' : `Link: ${url.href}`);
    return;
  }
  const button = target.closest<HTMLButtonElement>('button.cite-copy');
  if (button) {
    const text = button.closest('dt')?.nextElementSibling?.textContent?.trim() ?? '';
    const ok = await copy(text);
    button.dataset.copied = '';
    button.textContent = ok ? 'Copied' : 'Select and copy';
    setTimeout(() => { button.textContent = 'Copy'; delete button.dataset.copied; }, 2000);
    announce(ok ? `${button.dataset.label} citation copied` : 'Copying failed: select the citation and copy it');
  }
});

// Copy buttons only work with this script, so it makes them: for the report's open panel now, for
// a chapter's or section's panel the first time it opens. `toggle` does not bubble; listening in the
// capture phase catches it for every popover.
function addCopyButtons(panel: HTMLElement) {
  if (panel.dataset.copyButtons !== undefined) return;
  panel.dataset.copyButtons = '';
  for (const dt of panel.querySelectorAll('dt')) {
    const label = dt.textContent!.trim();
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'cite-copy';
    b.dataset.label = label;
    b.textContent = 'Copy';
    b.setAttribute('aria-label', `Copy the ${label} citation`);
    dt.append(b);
  }
}
document.querySelectorAll<HTMLElement>('.cite-panel.cite-open').forEach(addCopyButtons);
document.addEventListener('toggle', (ev) => {
  const panel = ev.target as HTMLElement;
  if ((ev as ToggleEvent).newState === 'open' && panel.matches?.('.cite-panel')) addCopyButtons(panel);
}, true);

const arrive = () => { if (location.hash.length > 1) highlight(decodeURIComponent(location.hash.slice(1))); };
window.addEventListener('hashchange', arrive);
arrive();
