// An inspection's checklist without signal. Each item saved and the result are put in a queue kept on the phone
// (IndexedDB) and sent in the order they were made, each removed only once the portal has it; without signal they
// wait, the page saying what is not sent yet, and are sent when the connection returns. Items passed or not
// applicable that wait one after another go in one request, a failure with its finding and photo alone. The result
// is the last of the queue, so it is sent only after every mark before it. Saving an item again or sending a photo
// again changes nothing at the department, so a send whose answer was lost is harmless to repeat.
(function () {
  'use strict';

  var outbox = document.getElementById('outbox');
  if (!outbox || !window.indexedDB || !window.fetch || !window.FormData) {
    return;
  }
  var inspection = outbox.dataset.inspection;
  // a send on a weak signal stays short
  var MARKS_AT_ONCE = 25;
  var sending = false;
  var retry = null;

  if (navigator.serviceWorker) {
    navigator.serviceWorker.register('/checklist-worker.js', { scope: '/inspections' });
  }

  function queue(mode) {
    return new Promise(function (resolve, reject) {
      var opening = indexedDB.open('checklist', 1);
      opening.onupgradeneeded = function () {
        opening.result.createObjectStore('queue', { keyPath: 'seq', autoIncrement: true });
      };
      opening.onsuccess = function () {
        resolve(opening.result.transaction('queue', mode).objectStore('queue'));
      };
      opening.onerror = function () { reject(opening.error); };
    });
  }

  function request(operation) {
    return new Promise(function (resolve, reject) {
      operation.onsuccess = function () { resolve(operation.result); };
      operation.onerror = function () { reject(operation.error); };
    });
  }

  /** What waits to be sent for this inspection, oldest first. */
  function waiting() {
    return queue('readonly').then(function (store) { return request(store.getAll()); }).then(function (all) {
      return all.filter(function (entry) { return entry.inspection === inspection; });
    });
  }

  function add(form) {
    var fields = [];
    new FormData(form).forEach(function (value, name) {
      if (!(value instanceof File) || value.size > 0) {
        fields.push([name, value]);
      }
    });
    var entry = { inspection: inspection, form: form.id, url: form.action, fields: fields,
      multipart: form.enctype === 'multipart/form-data' };
    return queue('readwrite').then(function (store) { return request(store.add(entry)); });
  }

  function remove(entries) {
    return queue('readwrite').then(function (store) {
      return Promise.all(entries.map(function (entry) { return request(store['delete'](entry.seq)); }));
    });
  }

  function field(entry, name) {
    var found = entry.fields.filter(function (each) { return each[0] === name; })[0];
    return found ? found[1] : '';
  }

  /** An item passed or not applicable, with no photo: it goes with the others beside it in one request. */
  function plain(entry) {
    var mark = field(entry, 'mark');
    return entry.form.indexOf('item-') === 0 && mark !== '' && mark !== 'FAIL'
        && !entry.fields.some(function (each) { return each[1] instanceof File; });
  }

  /** What is sent next: the plain marks at the head of the queue together, or the first entry alone. */
  function next(entries) {
    var together = [];
    while (together.length < Math.min(entries.length, MARKS_AT_ONCE) && plain(entries[together.length])) {
      together.push(entries[together.length]);
    }
    if (together.length < 2) {
      var entry = entries[0];
      var body = entry.multipart ? new FormData() : new URLSearchParams();
      entry.fields.forEach(function (each) { body.append(each[0], each[1]); });
      return { entries: [entry], url: entry.url, body: body };
    }
    var marks = new URLSearchParams();
    together.forEach(function (each) {
      marks.append('code', each.form.substring('item-'.length));
      marks.append('mark', field(each, 'mark'));
      marks.append('note', field(each, 'note'));
    });
    return { entries: together, url: together[0].url.replace(/\/[^\/]*$/, ''), body: marks };
  }

  /** The page says what is not sent yet: a count above, a badge on each item waiting. */
  function show(entries) {
    document.querySelectorAll('form.queued').forEach(function (form) {
      form.classList.remove('queued');
      var badge = form.querySelector('.queued-badge');
      if (badge) {
        badge.remove();
      }
    });
    entries.forEach(function (entry) {
      var form = document.getElementById(entry.form);
      if (!form) {
        return;
      }
      form.classList.add('queued');
      var mark = field(entry, 'mark');
      if (mark) {
        form.classList.remove('mark-pass', 'mark-fail', 'mark-not_applicable');
        form.classList.add('marked', 'mark-' + mark.toLowerCase());
        var radio = form.querySelector('input[name=mark][value=' + mark + ']');
        if (radio) {
          radio.checked = true;
        }
      }
      var badge = document.createElement('span');
      badge.className = 'badge queued-badge';
      badge.textContent = outbox.dataset.queued;
      (form.querySelector('legend') || form.querySelector('h2')).appendChild(badge);
    });
    var result = entries.some(function (entry) { return entry.form === 'result'; });
    outbox.textContent = entries.length === 0 ? '' : outbox.dataset.waiting.replace('%n', String(entries.length))
        + (result ? ' ' + outbox.dataset.result : '');
    outbox.hidden = entries.length === 0;
  }

  /** Puts the portal's fresh version of the forms (and the verdict) in place of those on the page. */
  function refresh(html, ids) {
    var fresh = new DOMParser().parseFromString(html, 'text/html');
    ids.concat(['verdict']).forEach(function (part) {
      var now = document.getElementById(part);
      var then = fresh.getElementById(part);
      if (now && then && !now.contains(document.activeElement)) {
        now.replaceWith(then);
      }
    });
    if (!fresh.getElementById('result')) {
      var result = document.getElementById('result');
      if (result) {
        result.remove();
      }
    }
  }

  function later() {
    clearTimeout(retry);
    retry = setTimeout(send, 5000);
  }

  /** Sends what waits, oldest first, until the queue is empty or the signal is gone. */
  function send() {
    if (sending) {
      return Promise.resolve();
    }
    sending = true;
    return waiting().then(function (entries) {
      show(entries);
      if (entries.length === 0) {
        return null;
      }
      var sent = next(entries);
      return fetch(sent.url, { method: 'POST', body: sent.body, credentials: 'same-origin' }).then(function (answer) {
        if (new URL(answer.url).origin !== window.location.origin) {
          outbox.textContent = outbox.dataset.signIn;
          return 'signed-out';
        }
        if (answer.status >= 500) {
          return 'again';
        }
        return answer.text().then(function (html) {
          refresh(html, sent.entries.map(function (entry) { return entry.form; }));
          return remove(sent.entries).then(function () { return 'next'; });
        });
      }, function () {
        return 'again';
      });
    }).then(function (next) {
      sending = false;
      if (next === 'next') {
        return send();
      }
      if (next === 'again') {
        later();
      }
      return waiting().then(show);
    }, function (failed) {
      sending = false;
      later();
      throw failed;
    });
  }

  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (!form.matches('form.item, form#result')) {
      return;
    }
    event.preventDefault();
    add(form).then(function () {
      var photo = form.querySelector('input[type=file]');
      if (photo) {
        photo.value = '';
      }
      return waiting().then(show);
    }).then(send);
  });
  window.addEventListener('online', send);
  send();
})();
