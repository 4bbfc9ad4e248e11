// The review report page's one script (toc report): the language switch, the
// diagram's views, toggles, zoom and pan, and the side panel. It reads the page's
// JSON data blocks and writes only text (textContent), never markup. On a live
// page (toc serve) it also takes new versions from the server and shows the
// errors of a broken one in the banner.
(function () {
  'use strict';
  var data = {};
  function readData() {
    data = {};
    document.querySelectorAll('script.toc-data').forEach(function (s) {
      data[s.getAttribute('data-lang')] = JSON.parse(s.textContent);
    });
  }
  readData();
  var panel = document.getElementById('panel');
  var current = document.querySelector('.report:not([hidden])');
  var lastFocus = null;

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = text;
    if (cls) e.className = cls;
    return e;
  }
  function titleOf(g) { var t = g.querySelector('title'); return t ? t.textContent : ''; }
  function reportOf(node) { return node.closest('.report'); }
  function dataOf(report) { return data[report.getAttribute('data-lang')]; }

  // --- per figure: names, classes for the toggles ---------------------------
  function prepare(report) {
    var d = dataOf(report);
    var byDot = {};
    d.elements.forEach(function (e, i) { byDot[e.dot] = i; });
    report.querySelectorAll('.figure').forEach(function (fig) {
      var svg = fig.querySelector('svg');
      if (!svg) return;
      svg.setAttribute('role', 'group');
      svg.setAttribute('aria-label', report.querySelector('.diagram h2').textContent);
      fig.tocView = svg.getAttribute('viewBox').split(/\s+/).map(Number);
      svg.querySelectorAll('g.node').forEach(function (g) {
        var name = titleOf(g);
        if (/^_a\d+$/.test(name)) g.classList.add('assumption');
        if (/^_m\d+$/.test(name)) g.classList.add('mechanism');
        var i = g.getAttribute('data-element');
        if (i === null) return;
        var e = d.elements[+i];
        if (e.kind_id === 'barrier') g.classList.add('barrier');
        g.setAttribute('tabindex', '0');
        g.setAttribute('role', 'button');
      });
      if (!fig.hidden) nameBoxes(fig);
      svg.querySelectorAll('g.edge').forEach(function (g) {
        var ends = titleOf(g).split('->');
        g.tocEnds = ends.map(function (n) { return n in byDot ? byDot[n] : n; });
        ends.forEach(function (n) {
          if (/^_a\d+$/.test(n)) g.classList.add('assumption');
          if (/^_m\d+$/.test(n)) g.classList.add('mechanism');
          if (n in byDot && d.elements[byDot[n]].kind_id === 'barrier') g.classList.add('barrier');
        });
        if (g.querySelector('text') && !g.classList.contains('assumption')) g.classList.add('has-label');
      });
    });
  }

  // The name a screen reader gives each box: the text it shows, its number
  // included (the drawing writes the numbers of the tables on the boxes:
  // model/numbering.hpp). Done when a figure is first shown.
  function nameBoxes(fig) {
    if (fig.tocNamed) return;
    fig.tocNamed = true;
    fig.querySelectorAll('g.node[data-element]').forEach(function (g) {
      g.setAttribute('aria-label', [].map.call(g.querySelectorAll('text'), function (x) { return x.textContent; }).join(' '));
    });
  }

  // --- pathways: everything upstream and downstream of an element -----------
  function pathway(d, start) {
    var prev = d.elements.map(function () { return []; });
    d.elements.forEach(function (e, i) { e.next.forEach(function (j) { prev[j].push(i); }); });
    var on = {};
    function walk(i, dir) {
      (dir ? d.elements[i].next : prev[i]).forEach(function (j) {
        var key = dir + ':' + j;
        if (on[key]) return;
        on[key] = true;
        on[j] = true;
        walk(j, dir);
      });
    }
    on[start] = true;
    walk(start, true);
    walk(start, false);
    return on;
  }

  function highlight(report, index) {
    var d = dataOf(report);
    var on = index === null ? null : pathway(d, index);
    report.querySelectorAll('.figure').forEach(function (fig) {
      fig.classList.toggle('selecting', on !== null);
      fig.querySelectorAll('g.node').forEach(function (g) {
        var i = g.getAttribute('data-element');
        g.classList.toggle('on', on !== null && i !== null && on[+i] === true);
        g.classList.toggle('selected', i !== null && +i === index);
      });
      fig.querySelectorAll('g.edge').forEach(function (g) {
        var a = g.tocEnds[0], b = g.tocEnds[1];
        var ia = typeof a === 'number', ib = typeof b === 'number';
        var lit = on !== null && ((ia && on[a] === true) || !ia) && ((ib && on[b] === true) || !ib) && (ia || ib);
        g.classList.toggle('on', lit);
      });
    });
  }

  // --- the side panel --------------------------------------------------------
  function openPanel(report, index) {
    var d = dataOf(report), e = d.elements[index], w = d.words;
    panel.textContent = '';
    panel.setAttribute('lang', d.lang);
    var close = el('button', w.close, 'close');
    close.type = 'button';
    close.addEventListener('click', closePanel);
    panel.appendChild(close);
    panel.appendChild(el('h2', e.n + ' ' + e.label));
    var dl = el('dl');
    function row(term, value) {
      if (value === '' || value === undefined || value === null) return;
      dl.appendChild(el('dt', term));
      if (typeof value === 'string') dl.appendChild(el('dd', value));
      else { var dd = el('dd'); dd.appendChild(value); dl.appendChild(dd); }
    }
    var labels = el('ul');
    Object.keys(e.labels).forEach(function (k) { labels.appendChild(el('li', (k === '-' ? '' : k + ': ') + e.labels[k])); });
    row(w.kind, e.kind);
    row('', labels);
    row(w.description, e.description);
    row(w.horizon, e.horizon);
    row(w.status, e.status);
    row(w.actors, e.actors);
    row(w.sites, e.sites);
    if (e.indicators.length) {
      var ul = el('ul', null, 'indicators');
      e.indicators.forEach(function (x) {
        ul.appendChild(el('li', x.label + (x.site ? ' (' + x.site + ')' : '') + ': ' + (x.baseline || w.none) + ' → ' +
                                 (x.target || w.none) + ' → ' + (x.latest || w.none) + ' · ' + x.status));
      });
      row(w.indicators, ul);
    }
    if (e.links.length) {
      var ll = el('ul', null, 'links');
      e.links.forEach(function (l) {
        var text = (l.out ? e.n + ' ' + l.type + ' ' + l.name : l.name + ' ' + l.type + ' ' + e.n);
        if (l.mechanisms) text += ' — ' + w.mechanisms + ': ' + l.mechanisms;
        if (l.assumptions) text += ' — ' + w.assumptions + ': ' + l.assumptions;
        if (l.sources) text += ' — ' + w.sources + ': ' + l.sources;
        ll.appendChild(el('li', text));
      });
      row(w.links, ll);
    }
    row(w.sources, e.sources);
    var fl = el('ul', null, 'findings');
    e.findings.forEach(function (f) { fl.appendChild(el('li', f.severity + ' ' + f.code + ': ' + f.message + ' (' + f.at + ')')); });
    row(w.findings, e.findings.length ? fl : w.none);
    panel.appendChild(dl);
    panel.hidden = false;
    panel.setAttribute('data-element', index);
    // the overview may have folded the element away: then the theory view, which has every element
    var shown = visibleFigure(report);
    if (shown && !shown.querySelector('g.node[data-element="' + index + '"]') &&
        report.querySelector('.figure[data-view="theory"]')) showView(report, 'theory');
    highlight(report, index);
    close.focus({ preventScroll: keepScroll === true });
  }
  var keepScroll = false;
  function closePanel() {
    panel.hidden = true;
    panel.removeAttribute('data-element');
    if (current) highlight(current, null);
    if (lastFocus) lastFocus.focus();
  }

  // --- zoom and pan (the viewBox) -------------------------------------------
  function zoom(fig, factor, cx, cy) {
    var svg = fig.querySelector('svg');
    var v = svg.getAttribute('viewBox').split(/\s+/).map(Number);
    if (cx === undefined) { cx = v[0] + v[2] / 2; cy = v[1] + v[3] / 2; }
    var w = v[2] / factor, h = v[3] / factor;
    svg.setAttribute('viewBox', [cx - (cx - v[0]) / factor, cy - (cy - v[1]) / factor, w, h].join(' '));
  }
  function fit(fig) { fig.querySelector('svg').setAttribute('viewBox', fig.tocView.join(' ')); }
  function visibleFigure(report) { return report.querySelector('.figure:not([hidden])'); }

  function wire(report) {
    report.querySelectorAll('.figure').forEach(function (fig) {
      var svg = fig.querySelector('svg');
      if (!svg) return;
      var drag = null;
      svg.addEventListener('pointerdown', function (ev) {
        if (ev.target.closest('g.node[data-element]')) return;
        drag = { x: ev.clientX, y: ev.clientY, v: svg.getAttribute('viewBox').split(/\s+/).map(Number) };
      });
      svg.addEventListener('pointermove', function (ev) {
        if (!drag) return;
        var scale = drag.v[2] / svg.clientWidth;
        svg.setAttribute('viewBox', [drag.v[0] - (ev.clientX - drag.x) * scale, drag.v[1] - (ev.clientY - drag.y) * scale,
                                     drag.v[2], drag.v[3]].join(' '));
      });
      ['pointerup', 'pointerleave'].forEach(function (t) { svg.addEventListener(t, function () { drag = null; }); });
      svg.addEventListener('wheel', function (ev) {
        if (!ev.ctrlKey) return;
        ev.preventDefault();
        zoom(fig, ev.deltaY < 0 ? 1.2 : 1 / 1.2);
      }, { passive: false });
      svg.addEventListener('click', function (ev) {
        var g = ev.target.closest('g.node[data-element]');
        if (g) { lastFocus = g; openPanel(report, +g.getAttribute('data-element')); }
      });
      svg.addEventListener('keydown', function (ev) {
        var g = ev.target.closest && ev.target.closest('g.node[data-element]');
        if (g && (ev.key === 'Enter' || ev.key === ' ')) {
          ev.preventDefault();
          lastFocus = g;
          openPanel(report, +g.getAttribute('data-element'));
        }
      });
    });
    report.querySelectorAll('[data-action]').forEach(function (c) {
      var action = c.getAttribute('data-action');
      if (action === 'toggle') {
        c.addEventListener('change', function () {
          var cls = c.getAttribute('data-toggle');
          var sel = cls === 'mechanisms' ? 'g.mechanism, g.edge.has-label text' : 'g.' + cls.replace(/s$/, '');
          report.querySelectorAll('.figure').forEach(function (fig) {
            fig.querySelectorAll(sel).forEach(function (g) { g.classList.toggle('hide-' + cls, !c.checked); });
          });
        });
      } else if (action === 'view') {
        c.addEventListener('click', function () { showView(report, c.getAttribute('data-view')); });
      } else if (action === 'zoom-in') {
        c.addEventListener('click', function () { zoom(visibleFigure(report), 1.25); });
      } else if (action === 'zoom-out') {
        c.addEventListener('click', function () { zoom(visibleFigure(report), 0.8); });
      } else if (action === 'zoom-fit') {
        c.addEventListener('click', function () { fit(visibleFigure(report)); });
      }
    });
    report.querySelectorAll('a.el[data-element]').forEach(function (a) {
      a.addEventListener('click', function (ev) {
        ev.preventDefault();
        lastFocus = a;
        report.querySelector('.diagram').scrollIntoView();
        openPanel(report, +a.getAttribute('data-element'));
      });
    });
  }

  function showView(report, view) {
    report.querySelectorAll('.figure').forEach(function (f) {
      f.hidden = f.getAttribute('data-view') !== view;
      if (!f.hidden) nameBoxes(f);
    });
    report.querySelectorAll('[data-action="view"]').forEach(function (b) {
      b.setAttribute('aria-pressed', b.getAttribute('data-view') === view ? 'true' : 'false');
    });
  }

  function showLanguage(lang) {
    closePanel();
    document.querySelectorAll('.report').forEach(function (r) {
      var on = r.getAttribute('data-lang') === lang;
      r.hidden = !on;
      if (on) current = r;
    });
    document.documentElement.setAttribute('lang', lang);
    document.querySelectorAll('[data-action="lang"]').forEach(function (b) {
      b.setAttribute('aria-pressed', b.getAttribute('data-lang') === lang ? 'true' : 'false');
    });
    if (current && !current.tocPrepared) { prepare(current); wire(current); current.tocPrepared = true; }
  }

  function wireLanguages() {
    document.querySelectorAll('[data-action="lang"]').forEach(function (b) {
      b.addEventListener('click', function () { showLanguage(b.getAttribute('data-lang')); });
    });
  }
  wireLanguages();
  document.addEventListener('keydown', function (ev) { if (ev.key === 'Escape' && !panel.hidden) closePanel(); });
  if (current) { prepare(current); wire(current); current.tocPrepared = true; }
  window.tocReport = { open: function (i) { openPanel(current, i); }, close: closePanel, language: showLanguage };

  // --- live mode (toc serve): new versions over Server-Sent Events ----------
  // The server sends {build, version, errors, page?}: page is the whole new
  // page when it is newer than the one shown. It replaces the report in place,
  // keeping the language, the view, the toggles, the zoom and pan, the open
  // panel and the scroll position; errors fill the banner and mark the title.
  var banner = document.getElementById('live-banner');
  if (!banner) return;
  var root = document.documentElement;
  var title = document.title;

  function liveState() {
    var s = { lang: current ? current.getAttribute('data-lang') : null, view: null, boxes: {}, toggles: {},
              selected: null, scroll: window.scrollY };
    if (!current) return s;
    var shown = visibleFigure(current);
    s.view = shown ? shown.getAttribute('data-view') : null;
    current.querySelectorAll('.figure').forEach(function (f) {
      var svg = f.querySelector('svg');
      var box = svg ? svg.getAttribute('viewBox') : null;
      // only a zoomed or panned diagram keeps its box; one left whole fits the new drawing
      if (box !== null && f.tocView && box !== f.tocView.join(' ')) s.boxes[f.getAttribute('data-view')] = box;
    });
    current.querySelectorAll('[data-action="toggle"]').forEach(function (c) { s.toggles[c.getAttribute('data-toggle')] = c.checked; });
    var open = panel.hidden ? null : panel.getAttribute('data-element');
    if (open !== null) s.selected = dataOf(current).elements[+open].id;
    return s;
  }

  function replacePage(html) {
    var s = liveState();
    var fresh = new DOMParser().parseFromString(html, 'text/html');
    ['nav.topbar', 'main'].forEach(function (sel) {
      var old = document.querySelector(sel), now = fresh.querySelector(sel);
      if (old && now) old.replaceWith(document.adoptNode(now));
    });
    title = fresh.title;
    root.setAttribute('data-live-version', fresh.documentElement.getAttribute('data-live-version'));
    readData();
    panel.hidden = true;
    panel.removeAttribute('data-element');
    lastFocus = null;
    current = null;
    wireLanguages();
    var first = document.querySelector('.report');
    var lang = s.lang && document.querySelector('.report[data-lang="' + s.lang + '"]') ? s.lang : first && first.getAttribute('data-lang');
    if (!lang) return;
    showLanguage(lang);
    if (s.view && current.querySelector('.figure[data-view="' + s.view + '"]')) showView(current, s.view);
    current.querySelectorAll('[data-action="toggle"]').forEach(function (c) {
      var key = c.getAttribute('data-toggle');
      if (key in s.toggles && c.checked !== s.toggles[key]) {
        c.checked = s.toggles[key];
        c.dispatchEvent(new Event('change'));
      }
    });
    current.querySelectorAll('.figure').forEach(function (f) {
      var box = s.boxes[f.getAttribute('data-view')];
      if (box && f.querySelector('svg')) f.querySelector('svg').setAttribute('viewBox', box);
    });
    if (s.selected !== null) {
      var index = dataOf(current).elements.findIndex(function (e) { return e.id === s.selected; });
      if (index >= 0) { keepScroll = true; openPanel(current, index); keepScroll = false; }
    }
    window.scrollTo(window.scrollX, s.scroll);
  }

  function showErrors(errors) {
    banner.textContent = '';
    banner.hidden = errors.length === 0;
    document.title = errors.length ? '\u2716 ' + title : title;
    if (!errors.length) return;
    var lang = root.getAttribute('lang') === 'sv' ? 'sv' : 'en';
    banner.appendChild(el('p', banner.getAttribute('data-heading-' + lang), 'live-heading'));
    var list = el('ul');
    errors.forEach(function (e) { list.appendChild(el('li', e.text)); });
    banner.appendChild(list);
  }

  var stream = new EventSource('/events?since=' + encodeURIComponent(root.getAttribute('data-live-version')));
  stream.onmessage = function (ev) {
    var m = JSON.parse(ev.data);
    if (m.page && String(m.version) !== root.getAttribute('data-live-version')) replacePage(m.page);
    showErrors(m.errors);
    root.setAttribute('data-live-build', m.build);
  };
  stream.onopen = function () { root.setAttribute('data-live-connected', 'true'); };
  stream.onerror = function () { root.setAttribute('data-live-connected', 'false'); };
}());
