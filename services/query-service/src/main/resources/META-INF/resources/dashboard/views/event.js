// An event: where it stands, who said what (its claims) and every revision of its verdict with the rules behind it.
import { getJson } from '../api.js';
import { h, badge, cell, empty, instant, table, validDate } from '../dom.js';
import { actorLink, kind } from './rows.js';
import { gatheringName } from '../gatherings-index.js';

export async function render(ctx) {
  const id = ctx.params.get('id');
  const ev = await getJson(`/api/v1/events/${encodeURIComponent(id)}`, { asOf: ctx.asOf });
  const name = ev.gathering ? gatheringName(ctx.gatherings, ev.gathering) : null;
  const gathering = name ? h('a', { href: ctx.href({ view: 'gathering', id: ev.gathering }) }, name) : null;
  const title = kind(ev.type).replace(/^./, c => c.toUpperCase()) + (name ? ` · ${name}` : '');
  return h('section', { class: 'event', 'data-event': ev.id },
    h('h1', {}, title, ' ', badge(ev.verdict)),
    h('div', { class: 'panel' }, h('dl', { class: 'facts' },
      h('dt', {}, 'When'), h('dd', {}, validDate(ev.date), ev.date?.text ? ` (“${ev.date.text}”)` : ''),
      gathering ? [h('dt', {}, 'Gathering'), h('dd', {}, gathering)] : null,
      h('dt', {}, 'Participants'), h('dd', {}, (ev.participants ?? []).flatMap((p, i) => [i ? ', ' : '',
        actorLink(p, ctx), p.role ? ` (${p.role.toLowerCase()})` : ''])),
      h('dt', {}, 'Verdict'), h('dd', {}, badge(ev.verdict)),
      ev.invitationState ? [h('dt', {}, 'Invitation'), h('dd', {}, kind(ev.invitationState), ' ',
        ev.stateVerdict ? badge(ev.stateVerdict) : '')] : null,
      h('dt', {}, 'Event id'), h('dd', {}, h('code', {}, ev.id)))),
    h('h2', {}, 'Why'), rationale(ev.rationale),
    h('h2', {}, 'Who said what'), claims(ev.claims ?? []),
    h('h2', {}, 'Verdict history'), history(ev.history ?? [], ctx));
}

function rationale(rules) {
  if (!rules || rules.length === 0) return empty('No rule has spoken yet.');
  return h('ul', { class: 'rationale' }, rules.map(r => h('li', {}, h('code', {}, r.rule), ' — ', r.text,
    r.claimCount ? h('span', { class: 'muted' }, ` (${r.claimCount} claim${r.claimCount === 1 ? '' : 's'})`) : '')));
}

function claims(list) {
  if (list.length === 0) return empty('No claims are behind this event as of this moment.');
  return table(['Who', 'Said', 'Claim', 'Stance', 'Outlet', 'Published'], list.map(c => h('tr', { class: 'claim' },
    cell('Who', c.attribution?.speakerName ?? c.outlet ?? '—',
      c.attribution?.official ? h('span', { class: 'muted' }, ' (official)') : ''),
    cell('Said', h('blockquote', { class: 'quote' }, c.quote)),
    cell('Claim', kind(c.type), c.modality ? ` · ${c.modality.toLowerCase()}` : ''),
    cell('Stance', badge(c.stance)),
    cell('Outlet', c.url ? h('a', { href: c.url, rel: 'noopener noreferrer', target: '_blank' }, c.outlet) : c.outlet),
    cell('Published', instant(c.publishedAt)))));
}

function history(revisions, ctx) {
  if (revisions.length === 0) return empty('No revision yet.');
  return table(['Revision', 'Recorded', 'Verdict', 'Invitation', 'Rules'], revisions.map(r => h('tr', { class: 'revision' },
    cell('Revision', String(r.revision), h('span', { class: 'muted' }, ` ${r.factType ?? ''}`)),
    cell('Recorded', h('a', { href: ctx.href({ view: 'event', id: ctx.params.get('id'), asOf: r.recordedAt }),
      title: 'See the platform as it was then' }, instant(r.recordedAt))),
    cell('Verdict', badge(r.verdict)),
    cell('Invitation', kind(r.invitationState), r.stateVerdict ? [' ', badge(r.stateVerdict)] : null),
    cell('Rules', rationale(r.rationale)))));
}

export function concerns(kind, data, params) {
  return data.eventId === params.get('id');
}
