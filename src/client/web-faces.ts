// A first visit shows the system faces (styles/fonts.css); once the page is drawn, this fetches the
// web faces into the cache and remembers it, so the next visit can set them from its first layout
// (src/lib/web-faces.ts).
// document.fonts.load fetches a face without applying it: nothing on this page reflows.
import { FACES_KEY as KEY } from '../lib/web-faces';

const FACES = ['400 1em "Source Serif 4"', 'italic 400 1em "Source Serif 4"', '600 1em "Source Serif 4"', '400 1em "Inter Variable"'];

async function cacheFaces() {
  const loaded = await Promise.all(FACES.map((f) => document.fonts.load(f)));
  if (!loaded.every((faces) => faces.length > 0)) return;
  localStorage.setItem(KEY, 'web');
  // For offline reading the worker keeps what this visit fetched; on a first visit it may have taken
  // its list before these files came (src/client/offline.ts).
  if (import.meta.env.PROD && 'serviceWorker' in navigator) {
    const urls = performance.getEntriesByType('resource').map((e) => e.name).filter((u) => u.endsWith('.woff2'));
    (await navigator.serviceWorker.ready).active?.postMessage({ type: 'cache-urls', urls });
  }
}

try {
  if (localStorage.getItem(KEY) !== 'web') {
    const later = window.requestIdleCallback ?? ((f: () => void) => setTimeout(f, 200));
    later(() => cacheFaces().catch(() => {}));
  }
} catch {
  // No storage (a locked-down browser): the system faces stay, which is fine.
}
