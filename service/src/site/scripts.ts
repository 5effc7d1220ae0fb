/**
 * The site's two scripts, shipped as files (the Content-Security-Policy allows no inline script).
 * Each improves a page that works without it: the registers list everything with JavaScript off
 * and the script adds filters; search needs the script (and the search library beside it). They
 * write the user's text with `textContent` only, never as HTML.
 */

/** Filters for a register: every `form.filters` names its table; rows carry `data-*` to filter on. */
export const FILTER_JS = `(function () {
  'use strict';
  var forms = document.querySelectorAll('form.filters[data-table]');
  Array.prototype.forEach.call(forms, function (form) {
    var table = document.getElementById(form.getAttribute('data-table'));
    var count = document.getElementById(form.getAttribute('data-count'));
    if (!table) return;
    var rows = table.tBodies[0] ? table.tBodies[0].rows : [];
    function value(name) { var c = form.elements.namedItem(name); return c ? (c.type === 'checkbox' ? (c.checked ? '1' : '') : c.value) : ''; }
    function apply() {
      var status = value('status'), owner = value('owner'), overdue = value('overdue'), year = value('year'), text = value('text').toLowerCase().trim();
      var shown = 0;
      Array.prototype.forEach.call(rows, function (row) {
        var d = row.dataset;
        var ok = (!status || d.status === status)
          && (!owner || (d.owner || '').split('\\n').indexOf(owner) >= 0)
          && (!overdue || d.overdue === '1')
          && (!year || d.year === year)
          && (!text || row.textContent.toLowerCase().indexOf(text) >= 0);
        row.hidden = !ok;
        if (ok) shown++;
      });
      if (count) count.textContent = shown + ' of ' + rows.length + ' shown';
    }
    form.hidden = false;
    form.addEventListener('input', apply);
    form.addEventListener('change', apply);
    form.addEventListener('submit', function (e) { e.preventDefault(); apply(); });
    form.addEventListener('reset', function () { setTimeout(apply, 0); });
    apply();
  });
})();
`;

/** Offline search: the index built with the site, read by the search library copied beside it. */
export function searchJs(options: unknown): string {
  return `(function () {
  'use strict';
  var OPTIONS = ${JSON.stringify(options)};
  var form = document.getElementById('search-form');
  var input = document.getElementById('q');
  var list = document.getElementById('results');
  var status = document.getElementById('search-status');
  var note = document.getElementById('search-note');
  if (!form || !input || !list || !status || typeof MiniSearch === 'undefined') return;
  var index;
  function show(q) {
    list.textContent = '';
    if (!index) { status.textContent = 'The search index is still loading.'; return; }
    var found = q.trim() ? index.search(q, { prefix: true, fuzzy: 0.2, boost: { title: 2 } }) : [];
    status.textContent = q.trim() ? (found.length === 0 ? 'No minute matches "' + q + '".' : found.length + (found.length === 1 ? ' minute matches' : ' minutes match') + ' "' + q + '".') : '';
    found.slice(0, 100).forEach(function (r) {
      var li = document.createElement('li');
      var a = document.createElement('a');
      a.href = r.url;
      a.textContent = (r.number ? r.number + ' ' : '') + r.title;
      li.appendChild(a);
      li.appendChild(document.createTextNode(' – ' + r.meeting));
      list.appendChild(li);
    });
  }
  function failed() { status.textContent = 'The search index could not be read. Open the site from a web server, or use the list of meetings.'; }
  note.hidden = true;
  form.hidden = false;
  // the index is a file of the site (the policy allows only the site's own files)
  var xhr = new XMLHttpRequest();
  xhr.open('GET', form.getAttribute('data-index'));
  xhr.responseType = 'text';
  xhr.onload = function () {
    if (xhr.status !== 200 && xhr.status !== 0) { failed(); return; }
    try { index = MiniSearch.loadJSON(xhr.responseText, OPTIONS); } catch (e) { failed(); return; }
    var q = new URLSearchParams(window.location.search).get('q');
    if (q) { input.value = q; show(q); }
  };
  xhr.onerror = failed;
  xhr.send();
  form.addEventListener('submit', function (e) {
    e.preventDefault();
    show(input.value);
    if (window.history && window.history.replaceState) window.history.replaceState(null, '', '?q=' + encodeURIComponent(input.value));
  });
})();
`;
}
