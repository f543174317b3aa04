// The service worker that keeps the report readable offline after a first visit. Built as a route
// so its cache name carries this build's id: a new build installs a new worker, which deletes the
// previous build's cache. Pages are fetched network-first (never stale while online); Vite's
// content-hashed files under _astro/ never change, so they are served from the cache first.
import type { APIRoute } from 'astro';

const build = Date.now().toString(36);
const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

const worker = `const CACHE = 'truce-${build}';
const BASE = ${JSON.stringify(base)};
const IMMUTABLE = BASE + '_astro/';

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((c) => c.add(BASE)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('truce-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

// The page tells the worker what its first load fetched before the worker was in control.
self.addEventListener('message', (event) => {
  if (event.data?.type !== 'cache-urls') return;
  const urls = event.data.urls.filter((u) => new URL(u).origin === location.origin);
  event.waitUntil(caches.open(CACHE).then((c) => Promise.all(urls.map((u) => c.match(u).then((hit) => hit || c.add(u).catch(() => {})))))
    .then(() => event.source?.postMessage({ type: 'cached', count: urls.length })));
});

const store = (request, response) => {
  if (response.ok && response.type === 'basic') {
    const copy = response.clone();
    caches.open(CACHE).then((c) => c.put(request, copy));
  }
  return response;
};

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== location.origin) return;
  if (url.pathname.startsWith(IMMUTABLE)) {
    // ignoreVary: a host's Vary (Origin, Accept-Encoding) would make the cached copy miss for a font or
    // module request, which carries an Origin header the cached request did not.
    event.respondWith(caches.match(request, { ignoreVary: true }).then((hit) => hit || fetch(request).then((r) => store(request, r))));
    return;
  }
  event.respondWith(
    fetch(request)
      .then((r) => store(request, r))
      .catch(() => caches.match(request, { ignoreSearch: true, ignoreVary: true })
        .then((hit) => hit || (request.mode === 'navigate' ? caches.match(BASE) : Response.error()))),
  );
});
`;

export const GET: APIRoute = () => new Response(worker, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
