// Lets the report open offline after one visit (the worker is built from src/pages/sw.js.ts).
// Registered after load so it never competes with the page for bandwidth.
const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

async function register() {
  const registration = await navigator.serviceWorker.register(`${base}sw.js`, { scope: base });
  await navigator.serviceWorker.ready;
  const urls = [location.href.split('#')[0], ...performance.getEntriesByType('resource').map((e) => e.name)];
  (registration.active ?? navigator.serviceWorker.controller)?.postMessage({ type: 'cache-urls', urls });
}

// Not under `astro dev`: a worker there would outlive the dev server's modules.
if (import.meta.env.PROD && 'serviceWorker' in navigator && location.protocol !== 'file:') {
  if (document.readyState === 'complete') register().catch(() => {});
  else addEventListener('load', () => register().catch(() => {}), { once: true });
}
