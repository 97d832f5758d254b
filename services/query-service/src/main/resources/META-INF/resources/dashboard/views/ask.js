// Ask: a plain-English question, its interpretation beside the answer, and the service's help when not understood.
import { getJson } from '../api.js';
import { h, empty, queryForm } from '../dom.js';
import { eventTable, invitationTable } from './rows.js';

const EXAMPLES = ['who is invited to the Miami G20?', 'did Tokayev and Trump speak in September 2025?',
  'who has Kazakhstan invited?', 'who is invited to the Board of Peace?'];

export async function render(ctx) {
  const q = ctx.params.get('q') ?? '';
  const form = queryForm(ctx, 'ask', q,
    { placeholder: 'who is invited to the Miami G20?', label: 'Question', button: 'Ask' });
  const section = h('section', { class: 'ask' }, h('h1', {}, 'Ask'), form);
  if (!q.trim()) {
    section.append(h('p', { class: 'muted' }, 'For example:'), examples(EXAMPLES, ctx));
    return section;
  }
  try {
    const answer = await getJson('/api/v1/ask', { q, asOf: ctx.asOf });
    section.append(h('div', { class: 'split' }, interpretation(answer.interpretation, ctx), rows(answer.answer, ctx)));
  } catch (e) {
    if (e.status !== 422) throw e;
    section.append(notUnderstood(e.problem, ctx));
  }
  return section;
}

function interpretation(i, ctx) {
  const gathering = i.endpoint?.match(/^\/api\/v1\/gatherings\/([^/]+)\/invitations/);
  return h('aside', { class: 'panel interpretation' }, h('h2', {}, 'Understood as'),
    h('p', { class: 'description' }, i.description),
    h('dl', { class: 'facts' }, h('dt', {}, 'Kind'), h('dd', {}, i.kind),
      i.endpoint ? [h('dt', {}, 'API'), h('dd', {}, h('code', {}, i.endpoint))] : null),
    gathering ? h('p', {}, h('a', { href: ctx.href({ view: 'gathering', id: decodeURIComponent(gathering[1]) }) },
      'Open the guest list')) : null);
}

function rows(list, ctx) {
  const body = !list || list.length === 0 ? empty('Nothing is known that answers this question.')
    : list[0].invitee ? invitationTable(list, ctx) : eventTable(list, ctx);
  return h('div', { class: 'answer' }, h('h2', {}, 'Answer'), body);
}

function notUnderstood(problem, ctx) {
  const errors = problem.errors ?? [];
  const understood = errors.filter(e => e.understood).map(e => e.understood);
  const suggestions = errors.filter(e => e.example).map(e => e.example);
  return h('div', { class: 'panel error not-understood', 'data-status': '422' },
    h('h2', {}, 'Not understood'), h('p', {}, problem.detail),
    understood.length ? [h('p', {}, 'What was understood:'), h('ul', {}, understood.map(u => h('li', {}, u)))] : null,
    suggestions.length ? [h('p', {}, 'Questions it can answer, for example:'), examples(suggestions, ctx)] : null);
}

function examples(list, ctx) {
  return h('ul', { class: 'examples' }, list.map(q => h('li', {}, h('a', { href: ctx.href({ view: 'ask', q }) }, q))));
}

// an answer may change with any verdict; redrawn unless someone is typing a new question
export const concerns = () => true;
