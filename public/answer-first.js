// The answer form of /zelftest and /checklists?nieuw=<list> before the app runs (issue 26),
// inlined by scripts/prerender.mjs after the form src/answer_first.rs writes (CSP-hashed by
// scripts/pwa.mjs): keeps every field in localStorage as it is given (the app turns it into a
// record when it starts: model::kept, components::kept), puts it back after a reload, shows
// the chosen role's wording and the named list, moves between statements on a phone as the
// app does, and says so when the app cannot run here (no WebAssembly, or the loader's
// 'app-mislukt' event: its download failed). Listens on the document, so it keeps working
// while the app shows this same form. Tells the app 'vooraf' after an answer or "… starten";
// keeps the focus and the place on the screen at the app's 'vooraf-weg' and puts them back at
// its 'vooraf-terug' (the form moved, or the editor replaced it). No framework.
(function () {
  'use strict';
  var form = document.getElementById('vooraf');
  if (!form) return;
  var zelftest = form.getAttribute('data-kind') === 'zelftest';
  var all = function (selector, f) {
    Array.prototype.forEach.call(form.querySelectorAll(selector), f);
  };
  var one = function (selector) {
    return form.querySelector(selector);
  };
  var list = null;
  if (!zelftest) {
    var named = /[?&]nieuw=([a-z0-9-]+)(?:&|$)/.exec(location.search);
    list = named && named[1];
    if (!list || !one('div[data-lijst="' + list + '"]')) return;
    form.setAttribute('data-lijst', list);
    all('[data-lijst]', function (el) {
      el.hidden = el.getAttribute('data-lijst') !== list;
    });
    form.hidden = false;
  }
  var key = 'samenwerkingswijzer.vooraf.' + (zelftest ? 'zelftest' : 'checklist.' + list);
  // Kept as name=value&… (model::kept::fields reads it).
  var kept = {};
  try {
    new URLSearchParams(localStorage.getItem(key) || '').forEach(function (value, name) {
      kept[name] = value;
    });
  } catch (e) {
    kept = {};
  }
  var fields = form.elements;
  for (var i = 0; i < fields.length; i++) {
    var field = fields[i];
    if (!field.name || typeof kept[field.name] !== 'string') continue;
    if (field.type === 'radio') field.checked = field.value === kept[field.name];
    else field.value = kept[field.name];
  }
  if (!zelftest && !fields.datum.value) {
    var d = new Date();
    var two = function (n) {
      return (n < 10 ? '0' : '') + n;
    };
    fields.datum.value = d.getFullYear() + '-' + two(d.getMonth() + 1) + '-' + two(d.getDate());
  }
  var step = -1;
  var shown = [];

  // Which wording the chosen role reads (model::assessment::Assessment::reader).
  function reader() {
    var role = kept.rol;
    if (role === 'college') return 'college';
    if (role === 'ambtelijke-organisatie') return 'ambtelijk';
    if (role === 'samenleving' || (role === 'anders' && kept.perspectief === 'partner')) return 'partner';
    return 'wij';
  }

  function update() {
    all('label.choice', function (label) {
      var input = label.querySelector('input');
      label.classList.toggle('chosen', !!input && input.checked);
    });
    if (!zelftest) {
      var block = one('div[data-lijst="' + list + '"]');
      var states = ['gedaan', 'niet-gedaan', 'nvt'];
      var counts = [0, 0, 0];
      var items = block.querySelectorAll('.checklist-item');
      Array.prototype.forEach.call(items, function (item) {
        var state = states.indexOf(kept[item.querySelector('input').name]);
        if (state >= 0) counts[state]++;
        item.classList.toggle('done', state === 0);
      });
      var line = block.querySelector('[data-woorden]');
      var done = counts[0] + counts[1] + counts[2];
      line.previousSibling.value = done;
      line.textContent = done + ' van ' + items.length + ' ingevuld' + line.getAttribute('data-woorden').split('|').map(function (word, index) {
        return ' · ' + word + ': ' + counts[index];
      }).join('');
      return;
    }
    var role = kept.rol;
    var r = reader();
    one('.perspective-choice').hidden = role !== 'anders';
    var intro = one('.role-intro');
    intro.textContent = role ? intro.getAttribute('data-' + role + (role === 'anders' && kept.perspectief ? '-' + kept.perspectief : '')) || '' : '';
    one('.vooraf-stellingen').hidden = !role || (role === 'anders' && !kept.perspectief);
    all('[data-wij]', function (el) {
      el.textContent = el.getAttribute('data-' + r) || el.getAttribute('data-wij');
    });
    all('[data-voor]', function (el) {
      el.hidden = el.getAttribute('data-voor') !== r;
    });
    shown = [];
    var answered = 0;
    var first = -1;
    all('.statement', function (statement) {
      var skip = (' ' + (statement.getAttribute('data-skip') || '') + ' ').indexOf(' ' + r + ' ') >= 0;
      var answer = kept[statement.querySelector('input').name];
      statement.hidden = skip;
      statement.classList.toggle('answered', !!answer);
      if (skip) return;
      if (answer) answered++;
      else if (first < 0) first = shown.length;
      shown.push(statement);
    });
    var total = shown.length;
    // After a reload: at the first statement without an answer.
    if (step < 0) step = Math.max(first, 0);
    step = Math.min(step, total - 1);
    shown.forEach(function (statement, index) {
      statement.querySelector('.statement-number').textContent = 'Stelling ' + (index + 1) + ' van ' + total;
    });
    all('.statement', function (statement) {
      statement.classList.toggle('current', statement === shown[step]);
    });
    var progress = one('.sticky-progress');
    progress.firstChild.max = total;
    progress.firstChild.value = answered;
    progress.lastChild.textContent = answered + ' van ' + total + ' beantwoord';
    var nav = one('.statement-nav').children;
    nav[0].disabled = step === 0;
    nav[1].textContent = 'Stelling ' + (step + 1) + ' van ' + total;
    nav[2].disabled = step + 1 >= total;
    form.setAttribute('data-stap', step);
  }

  // On a phone, after "Vorige", "Volgende" or a swipe: the statement now shown at the top,
  // below the sticky header and progress line (the app's show_current_statement).
  function move(by) {
    step = Math.max(0, Math.min(step + by, shown.length - 1));
    update();
    if (!matchMedia('(max-width: 699px)').matches) return;
    var below = 0;
    [document.querySelector('.site-header'), one('.sticky-progress')].forEach(function (el) {
      if (el) below += el.getBoundingClientRect().height;
    });
    scrollBy(0, shown[step].getBoundingClientRect().top - below);
  }

  function keep(event) {
    var field = event.target;
    if (field.form !== form || !field.name || (field.type === 'radio' && !field.checked)) return;
    kept[field.name] = field.value;
    if (field.name === 'rol' || field.name === 'perspectief') {
      var error = one('.vooraf-fout');
      if (error) error.hidden = true;
    }
    save();
    update();
    if (field.type === 'radio') dispatchEvent(new Event('vooraf'));
    // On a phone an answer given by a tap moves on after a moment, as the app's does: to the
    // next statement, after the last one to the first still open.
    var item = zelftest && field.type === 'radio' && field.closest('.statement');
    var index = shown.indexOf(item);
    if (index >= 0 && Date.now() - tappedAt < 1500 && matchMedia('(max-width: 699px)').matches) {
      setTimeout(function () {
        if (step !== index) return;
        if (index + 1 < shown.length) return move(1);
        var open = shown.findIndex(function (statement) {
          return !kept[statement.querySelector('input').name];
        });
        if (open >= 0) move(open - step);
      }, 300);
    }
  }
  var tappedAt = -Infinity;
  form.addEventListener('pointerdown', function (event) {
    if (event.target.closest && event.target.closest('.likert')) tappedAt = Date.now();
  });

  function save() {
    if (list) kept.lijst = list;
    try {
      localStorage.setItem(key, Object.keys(kept).map(function (name) {
        return encodeURIComponent(name) + '=' + encodeURIComponent(kept[name]);
      }).join('&'));
    } catch (e) {
      // Storage full or blocked: the form still works, as the app's own would.
    }
  }
  document.addEventListener('change', keep);
  document.addEventListener('input', keep);
  // "Zelftest starten" / "Checklist starten": the app (listening on the window) opens the
  // record; without it, on to the first statement or item without an answer.
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var error = one('.vooraf-fout');
    var missing = zelftest && (!kept.rol ? 'rol' : kept.rol === 'anders' && !kept.perspectief ? 'perspectief' : '');
    if (error) {
      error.textContent = missing ? error.getAttribute('data-' + missing) : '';
      error.hidden = !missing;
    }
    if (missing) {
      event.stopPropagation();
      return;
    }
    kept.start = '1';
    save();
    dispatchEvent(new Event('vooraf'));
    var open = zelftest ? shown[step] : one('div[data-lijst="' + list + '"] .checklist-item:not(.done)');
    if (open && !document.documentElement.hasAttribute('data-app')) {
      open.scrollIntoView();
      open.querySelector('input').focus();
    }
  });
  if (zelftest) {
    form.addEventListener('click', function (event) {
      var by = event.target.getAttribute && event.target.getAttribute('data-stap');
      if (by) move(Number(by));
    });
    var list_ = one('.statements');
    var start = null;
    list_.addEventListener('touchstart', function (event) {
      var t = event.changedTouches[0];
      start = t ? [t.clientX, t.clientY] : null;
    }, { passive: true });
    list_.addEventListener('touchend', function (event) {
      var t = event.changedTouches[0];
      if (!start || !t) return;
      var dx = t.clientX - start[0];
      var dy = t.clientY - start[1];
      if (Math.abs(dx) > 60 && Math.abs(dx) > Math.abs(dy) * 2) move(dx < 0 ? 1 : -1);
    });
  }
  update();

  // Where the participant is: the focused control, and the statement or item it is in (else
  // the first one on the screen) with its top, found again in the app's editor by its name.
  var place = null;
  addEventListener('vooraf-weg', function () {
    var active = document.activeElement;
    var focus = active && form.contains(active) ? active : null;
    var item = focus && focus.closest('li');
    if (!item) {
      all(zelftest ? '.statement' : 'div[data-lijst="' + list + '"] .checklist-item', function (li) {
        var top = li.getBoundingClientRect().top;
        if (!item && li.offsetHeight && top >= 0) item = li;
      });
    }
    var input = item && item.querySelector('input');
    // The caret in a text field: focus() alone would put it elsewhere (WebKit selects the
    // whole field, so the next keystroke would replace what was typed).
    var caret = null;
    try {
      if (focus && typeof focus.selectionStart === 'number') caret = [focus.selectionStart, focus.selectionEnd, focus.selectionDirection];
    } catch (e) {
      // a field without a caret (a date)
    }
    place = {
      caret: caret,
      focus: focus && focus.id,
      name: input && input.name,
      top: item ? item.getBoundingClientRect().top : 0,
      y: scrollY,
    };
  });
  // After the app's rendering (microtasks queued before this one), else in the next frame;
  // either way before the page is painted.
  function back(late) {
    if (!place) return;
    var input = place.name && document.querySelector('input[name="' + place.name + '"]');
    // The start form's title and date are the editor's "titel" and "datum".
    var focus = place.focus && (document.getElementById(place.focus) || document.getElementById(place.focus.replace('checklist-', '')));
    if (!late && (!input || (place.focus && !focus))) return requestAnimationFrame(function () {
      back(true);
    });
    var item = input && input.closest('li');
    if (item) scrollBy(0, item.getBoundingClientRect().top - place.top);
    else scrollTo(0, place.y);
    if (focus) focus.focus({ preventScroll: true });
    if (focus && place.caret) {
      try {
        focus.setSelectionRange(place.caret[0], place.caret[1], place.caret[2]);
      } catch (e) {
        // the field the app shows has no caret
      }
    }
    place = null;
  }
  addEventListener('vooraf-terug', function () {
    queueMicrotask(back);
  });

  function failed() {
    one('.vooraf-melding').hidden = false;
  }
  if (typeof WebAssembly !== 'object') failed();
  addEventListener('app-mislukt', failed);
})();
