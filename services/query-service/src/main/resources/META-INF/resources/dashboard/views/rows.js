// The two kinds of rows the API answers with, drawn the same way wherever they appear: invitations, and events
// (calls, visits, meetings, invitations) of a timeline or a contacts answer. A row opens its sources.
import { h, badge, cell, instant, mark, sources, table, validDate } from '../dom.js';
import { gatheringName } from '../gatherings-index.js';

const open = new Set();

/** An actor (person, state, body) as a link to its timeline. */
export function actorLink(actor, ctx) {
  return actor ? h('a', { href: ctx.href({ view: 'actor', id: actor.id }), class: 'actor' }, actor.name ?? actor.id) : '—';
}

/** PHONE_CALL as "phone call". */
export function kind(type) {
  return type ? type.toLowerCase().replace(/_/g, ' ') : '—';
}

function expandable(r, columns, cells, ctx) {
  const isOpen = open.has(r.eventId);
  const detail = h('tr', { class: 'detail', hidden: !isOpen },
    h('td', { colspan: String(columns) }, sources(r.sources, r.sourceCount ?? r.sources?.length)));
  const toggle = () => {
    detail.hidden = !detail.hidden;
    row.setAttribute('aria-expanded', String(!detail.hidden));
    if (detail.hidden) open.delete(r.eventId); else open.add(r.eventId);
  };
  const row = h('tr', {
    class: ctx.updated.has(r.eventId) ? 'row updated' : 'row', 'data-event': r.eventId, tabindex: '0',
    'aria-expanded': String(isOpen), title: 'Show the sources',
    onclick: e => { if (!e.target.closest('a')) toggle(); },
    onkeydown: e => { if (e.key === 'Enter' && !e.target.closest('a')) toggle(); },
  }, cells);
  return [row, detail];
}

/** Invitations: invitee, inviter, status, verification badge, first reported, source count. */
export function invitationTable(rows, ctx) {
  return table(['Invitee', 'Inviter', 'Status', 'Verification', 'First reported', 'Sources', ''],
    rows.map(r => {
      const row = expandable(r, 7, [
        cell('Invitee', actorLink(r.invitee, ctx), mark(ctx.updated.has(r.eventId))),
        cell('Inviter', actorLink(r.inviter, ctx)),
        cell('Status', h('span', { class: 'status' }, kind(r.status))),
        cell('Verification', badge(r.verification)),
        cell('First reported', instant(r.firstReportedAt)),
        cell('Sources', String(r.sourceCount ?? 0)),
        cell('Event', h('a', { href: ctx.href({ view: 'event', id: r.eventId }) }, 'event')),
      ], ctx);
      row[0].dataset.invitee = r.invitee?.country ?? r.invitee?.id ?? '';
      return row;
    }));
}

/** Events of a timeline or contacts answer: date, type, participants, verdict, invitation state. */
export function eventTable(rows, ctx) {
  return table(['Date', 'What', 'Participants', 'Verdict', 'Invitation', 'Sources', ''],
    rows.map(r => expandable(r, 7, [
      cell('Date', validDate(r.date), mark(ctx.updated.has(r.eventId))),
      cell('What', kind(r.type), r.gathering
        ? [' · ', h('a', { href: ctx.href({ view: 'gathering', id: r.gathering }) }, gatheringName(ctx.gatherings, r.gathering))]
        : null),
      cell('Participants', (r.participants ?? []).flatMap((p, i) => [i ? ', ' : '', actorLink(p, ctx)])),
      cell('Verdict', badge(r.verdict ?? r.verification)),
      cell('Invitation', kind(r.invitationState)),
      cell('Sources', String(r.sources?.length ?? 0)),
      cell('Event', h('a', { href: ctx.href({ view: 'event', id: r.eventId }) }, 'event')),
    ], ctx)));
}
