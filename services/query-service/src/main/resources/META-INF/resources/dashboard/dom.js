// DOM building and the small pieces every page shows. Data is only ever set as text, never parsed as HTML.

/** An element with attributes (on* are listeners) and children (nodes or text). */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs ?? {})) {
    if (value == null || value === false) continue;
    if (key.startsWith('on')) el.addEventListener(key.slice(2), value);
    else if (key === 'class') el.className = value;
    else el.setAttribute(key, value === true ? '' : value);
  }
  for (const child of children.flat(Infinity)) {
    if (child != null && child !== false) el.append(child instanceof Node ? child : String(child));
  }
  return el;
}

/** A one-box form (search, question) whose submit opens the view with q set to what was typed. */
export function queryForm(ctx, view, q, { placeholder, label, button }) {
  const input = h('input', { type: 'search', name: 'q', value: q, placeholder, 'aria-label': label });
  return h('form', { class: 'search', role: 'search', onsubmit: e => {
    e.preventDefault();
    ctx.go({ view, q: input.value });
  } }, input, h('button', { type: 'submit' }, button));
}

/** A verdict (confirmed, corroborated, reported, disputed, refuted) or a stance (for, against) as a badge. */
export function badge(value) {
  const text = value ? String(value).toLowerCase() : 'unknown';
  return h('span', { class: `badge badge-${text}`, 'data-badge': text }, text);
}

/** An instant as 2025-12-24 07:30 UTC, with the seconds when they are not zero (transaction times). */
export function instant(iso) {
  return iso ? iso.replace('T', ' ').replace(/(\.\d+)?Z$/, '').replace(/:00$/, '') + ' UTC' : '—';
}

/** A valid-time date of the API ({start, end, text}) as its day or range. */
export function validDate(date) {
  if (!date || !date.start) return '—';
  return date.end && date.end !== date.start ? `${date.start} – ${date.end}` : date.start;
}

/** A table cell that narrow screens label with its column name. */
export function cell(label, ...children) {
  return h('td', { 'data-label': label }, ...children);
}

/** A table with a header row and the given body rows. */
export function table(columns, rows) {
  return h('table', {}, h('thead', {}, h('tr', {}, columns.map(c => h('th', {}, c)))), h('tbody', {}, rows));
}

/** An empty state: what a person sees instead of an empty table. */
export function empty(text) {
  return h('p', { class: 'panel muted empty' }, text);
}

/** The sources of a row: outlet, publication date, the quoted sentence and its stance. */
export function sources(list, total) {
  if (!list || list.length === 0) return h('p', { class: 'muted' }, 'No sources received yet.');
  const more = total > list.length ? h('p', { class: 'muted' }, `${list.length} of ${total} sources shown.`) : null;
  return h('div', {}, h('ul', { class: 'sources' }, list.map(s => h('li', { class: 'source' },
    h('strong', {}, s.url ? h('a', { href: s.url, rel: 'noopener noreferrer', target: '_blank' }, s.outlet) : s.outlet),
    ' · ', instant(s.publishedAt), ' · ', badge(s.stance),
    h('blockquote', { class: 'quote' }, s.quote)))), more);
}

/** Previous / next for a paged list: the API takes page and size; a short page is the last. */
export function pager(page, size, count, go) {
  if (page === 0 && count < size) return null;
  return h('div', { class: 'pager' },
    h('button', { type: 'button', disabled: page === 0, onclick: () => go(page - 1) }, '← Previous'),
    h('span', { class: 'muted' }, `Page ${page + 1}`),
    h('button', { type: 'button', disabled: count < size, onclick: () => go(page + 1) }, 'Next →'));
}

/** The "updated" mark a live change leaves on a row until the next navigation. */
export function mark(updated) {
  return updated ? h('span', { class: 'mark', title: 'Changed live since the page was drawn' }, 'updated') : null;
}
