// Keeps the inspections an inspector opened on the phone: each page of /inspections is fetched from the network when
// there is one and kept; without signal the page kept last is shown. Marks made meanwhile wait in checklist.js's queue.
'use strict';

var KEPT = 'inspections';
var SCRIPTS = ['/portal.css', '/portal.js', '/checklist.js'];

self.addEventListener('install', function (event) {
  event.waitUntil(caches.open(KEPT).then(function (kept) { return kept.addAll(SCRIPTS); }));
  self.skipWaiting();
});

self.addEventListener('activate', function (event) {
  event.waitUntil(self.clients.claim());
});

self.addEventListener('fetch', function (event) {
  var request = event.request;
  var url = new URL(request.url);
  var kept = url.pathname.indexOf('/inspections') === 0 || SCRIPTS.indexOf(url.pathname) >= 0;
  if (request.method !== 'GET' || url.origin !== self.location.origin || !kept) {
    return;
  }
  event.respondWith(fetch(request).then(function (answer) {
    // a page that sends the browser to sign in again, or an error, is not the inspection: keep the last good one
    if (answer.ok && !answer.redirected) {
      var copy = answer.clone();
      caches.open(KEPT).then(function (pages) { return pages.put(request, copy); });
    }
    return answer;
  }, function (noSignal) {
    return caches.open(KEPT).then(function (pages) { return pages.match(request); }).then(function (page) {
      return page || Promise.reject(noSignal);
    });
  }));
});
