// The script of every page. Every page works without it; with it, materials upload by drag-and-drop or file picker
// with a progress bar, the unread count follows new notices live, and print buttons print. An inspection's checklist
// has its own, checklist.js, for work without signal.
(function () {
  'use strict';

  function upload(form, file) {
    var progress = form.querySelector('progress');
    var problem = form.querySelector('.problem');
    var data = new FormData();
    data.append('type', form.querySelector('input[name=type]').value);
    data.append('file', file, file.name);
    var request = new XMLHttpRequest();
    request.open('POST', form.action);
    request.setRequestHeader('Accept', 'application/json');
    request.upload.addEventListener('progress', function (event) {
      if (event.lengthComputable) {
        progress.value = Math.round(100 * event.loaded / event.total);
      }
    });
    request.addEventListener('load', function () {
      if (request.status < 300) {
        progress.value = 100;
        window.location.reload();
        return;
      }
      progress.hidden = true;
      var message = '';
      try { message = JSON.parse(request.responseText).message; } catch (unreadable) { message = request.statusText; }
      problem.textContent = message;
    });
    request.addEventListener('error', function () {
      progress.hidden = true;
      problem.textContent = form.dataset.failed || request.statusText;
    });
    problem.textContent = '';
    progress.value = 0;
    progress.hidden = false;
    form.setAttribute('aria-busy', 'true');
    request.send(data);
  }

  document.querySelectorAll('form[data-upload]').forEach(function (form) {
    var input = form.querySelector('input[type=file]');
    form.querySelector('.drop-hint').hidden = false;
    form.querySelector('button[type=submit]').hidden = true;
    input.addEventListener('change', function () {
      if (input.files.length > 0) {
        upload(form, input.files[0]);
      }
    });
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      if (input.files.length > 0) {
        upload(form, input.files[0]);
      }
    });
    ['dragenter', 'dragover'].forEach(function (name) {
      form.addEventListener(name, function (event) {
        event.preventDefault();
        form.classList.add('dragging');
      });
    });
    ['dragleave', 'drop'].forEach(function (name) {
      form.addEventListener(name, function () { form.classList.remove('dragging'); });
    });
    form.addEventListener('drop', function (event) {
      event.preventDefault();
      if (event.dataTransfer.files.length > 0) {
        upload(form, event.dataTransfer.files[0]);
      }
    });
  });

  // a form sent back with problems: the first field named is where the reader goes on
  var invalid = document.querySelector('[aria-invalid=true]');
  if (invalid) {
    invalid.focus();
  }

  // pages kept on the phone for work without signal (checklist-worker.js) are the signed-in person's: gone on signing out
  document.querySelectorAll('a[href="/sign-out"]').forEach(function (link) {
    link.addEventListener('click', function () {
      if (window.caches) {
        caches['delete']('inspections');
      }
    });
  });

  document.querySelectorAll('[data-print]').forEach(function (button) {
    button.addEventListener('click', function () { window.print(); });
  });

  var count = document.querySelector('[data-unread]');
  var announcer = document.getElementById('live-notice');
  if (count && announcer && window.EventSource) {
    var notices = follow();
    // a page left frees its stream at once (the browser holds six connections to the portal at most), and follows
    // again when it is shown from the back-forward cache
    window.addEventListener('pagehide', function () {
      notices.close();
    });
    window.addEventListener('pageshow', function (event) {
      if (event.persisted) {
        notices = follow();
      }
    });
  }

  function follow() {
    var notices = new EventSource('/notices/stream');
    notices.addEventListener('notification', function (event) {
      var unread = parseInt(count.textContent, 10) + 1;
      count.textContent = String(unread);
      count.setAttribute('aria-label', count.getAttribute('aria-label').replace(/\d+/, String(unread)));
      count.hidden = false;
      var notice = JSON.parse(event.data);
      announcer.textContent = announcer.dataset.prefix + notice.subject;
      refreshLive();
    });
    return notices;
  }

  /** A page that follows what happens (the coordinators' board) takes its fresh content when a notice arrives. */
  function refreshLive() {
    var live = document.querySelector('[data-live-reload]');
    if (!live || !window.fetch || !window.DOMParser) {
      return;
    }
    fetch(window.location.href, { credentials: 'same-origin' }).then(function (answer) {
      return answer.ok ? answer.text() : null;
    }).then(function (html) {
      var fresh = html && new DOMParser().parseFromString(html, 'text/html').querySelector('[data-live-reload]');
      if (fresh) {
        live.replaceWith(fresh);
      }
    });
  }
})();
