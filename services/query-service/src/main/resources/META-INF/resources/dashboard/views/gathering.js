// A gathering's guest list as of the chosen moment; a live change to one of its invitations redraws it.
import { getJson } from '../api.js';
import { h, empty, instant, pager } from '../dom.js';
import { invitationTable } from './rows.js';
import { dates } from './gatherings.js';

const SIZE = 25;

export async function render(ctx) {
  const id = ctx.params.get('id');
  const page = Number(ctx.params.get('page')) || 0;
  const rows = await getJson(`/api/v1/gatherings/${encodeURIComponent(id)}/invitations`,
    { asOf: ctx.asOf, page, size: SIZE, sources: 50 }, { fresh: ctx.fresh });
  const g = ctx.gatherings.get(id) ?? { id, name: id };
  const about = [g.kind?.toLowerCase(), g.city, g.host, dates(g)].filter(Boolean).join(' · ');
  const body = g.body ? h('p', {}, 'Meeting of a body: ',
    h('a', { href: ctx.href({ view: 'gathering', id: g.body }) }, 'its members’ invitations')) : null;
  const list = rows.length === 0
    ? empty(ctx.asOf ? `No invitations to ${g.name} were known as of ${instant(ctx.asOf)}.`
      : `No invitations to ${g.name} have been reported yet.`)
    : invitationTable(rows, ctx);
  return h('section', { class: 'guest-list', 'data-gathering': id },
    h('p', {}, h('a', { href: ctx.href({ view: 'gatherings' }) }, '← Gatherings')),
    h('h1', {}, g.name), h('p', { class: 'muted' }, about), body,
    rows.length ? h('p', { class: 'muted' }, 'Open a row for its sources.') : null,
    list, pager(page, SIZE, rows.length, p => ctx.go({ view: 'gathering', id, page: p })));
}

export function concerns(kind, data, params) {
  return data.gathering === params.get('id');
}
