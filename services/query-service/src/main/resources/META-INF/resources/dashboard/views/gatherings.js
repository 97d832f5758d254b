// Gatherings: a search box over the reference gatherings (name, alias, host, city, year), each opening its guest list.
import { getJson } from '../api.js';
import { h, empty, pager, queryForm } from '../dom.js';

const SIZE = 30;

export async function render(ctx) {
  const q = ctx.params.get('q') ?? '';
  const page = Number(ctx.params.get('page')) || 0;
  const found = await getJson('/api/v1/gatherings', { q, asOf: ctx.asOf, page, size: SIZE });
  const form = queryForm(ctx, 'gatherings', q,
    { placeholder: 'Miami G20, Board of Peace, 2026…', label: 'Search gatherings', button: 'Search' });
  const list = found.length === 0
    ? empty(q ? `No gathering matches “${q}”. Try a city, a host or a year.` : 'No gatherings are known.')
    : h('ul', { class: 'cards' }, found.map(g => h('li', { class: 'gathering', 'data-id': g.id },
      h('a', { href: ctx.href({ view: 'gathering', id: g.id }) }, g.name),
      h('div', { class: 'muted' }, [g.kind?.toLowerCase(), g.city, g.host, dates(g)].filter(Boolean).join(' · ')))));
  return h('section', {}, h('h1', {}, 'Gatherings'), form, list,
    pager(page, SIZE, found.length, p => ctx.go({ view: 'gatherings', q, page: p })));
}

/** A gathering's dates, or nothing when it has none (a standing body). */
export function dates(g) {
  if (!g.startDate) return null;
  return g.endDate && g.endDate !== g.startDate ? `${g.startDate} – ${g.endDate}` : g.startDate;
}

export const concerns = () => false;
