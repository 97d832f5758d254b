// An actor's timeline: calls, visits, meetings and invitations in valid-time order, each with its verdict.
import { getJson } from '../api.js';
import { h, empty, instant, pager } from '../dom.js';
import { eventTable } from './rows.js';

const SIZE = 25;

export async function render(ctx) {
  const id = ctx.params.get('id');
  const page = Number(ctx.params.get('page')) || 0;
  const rows = await getJson(`/api/v1/actors/${encodeURIComponent(id)}/timeline`,
    { asOf: ctx.asOf, page, size: SIZE });
  const name = rows.flatMap(r => r.participants ?? []).find(p => p.id === id)?.name ?? id;
  return h('section', { class: 'timeline', 'data-actor': id },
    h('h1', {}, name, name !== id ? h('span', { class: 'muted' }, ` ${id}`) : ''),
    rows.length === 0
      ? empty(`No calls, visits, meetings or invitations involving ${name} are known`
        + (ctx.asOf ? ` as of ${instant(ctx.asOf)}.` : ' yet.'))
      : eventTable(rows, ctx),
    pager(page, SIZE, rows.length, p => ctx.go({ view: 'actor', id, page: p })));
}

// any verdict may be about this actor: redrawing the timeline is one read
export const concerns = () => true;
