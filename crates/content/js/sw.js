/*
 * The service worker. A template, not served as it is: finish.rs (write_service_worker) drops this
 * comment, fills in __CACHE__ (the cache name, from a hash of every file) and __FILES__ (the JSON
 * list of every file's URL to precache), and writes the result to dist/sw.js.
 */
// Generated at build time from the files in dist/. Do not edit.
const CACHE = "__CACHE__";
const FILES = __FILES__;
self.addEventListener("install", (e) => {
  e.waitUntil(caches.open(CACHE).then((c) => c.addAll(FILES)));
});
self.addEventListener("activate", (e) => {
  e.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith("mk-") && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim())
  );
});
self.addEventListener("message", (e) => {
  if (e.data === "skipWaiting") self.skipWaiting();
});
self.addEventListener("fetch", (e) => {
  const req = e.request;
  if (req.method !== "GET") return;
  const url = new URL(req.url);
  if (url.origin !== self.location.origin) return;
  if (req.mode === "navigate") {
    const page = url.pathname.replace(/\/?$/, "/") + "index.html";
    e.respondWith(
      caches.open(CACHE).then(async (c) => (await c.match(page)) || (await c.match("/app.html")) || fetch(req))
    );
    return;
  }
  e.respondWith(caches.open(CACHE).then(async (c) => (await c.match(req)) || fetch(req)));
});
