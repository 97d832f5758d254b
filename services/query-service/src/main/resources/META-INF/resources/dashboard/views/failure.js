// What a person sees when a call fails: the service down, a token without the role, an unknown id, a bad value.
import { h } from '../dom.js';

const UNAVAILABLE = [0, 502, 503, 504];

/** The failure panel for an ApiError; retry, signOut and home are the ways out it offers. */
export function failure(error, { retry, signOut, home }) {
  const status = error.status ?? 0;
  const detail = error.problem?.detail ?? error.message;
  let title;
  let text;
  let actions;
  if (UNAVAILABLE.includes(status)) {
    title = 'The query service is not answering';
    text = `It may be down, restarting or overloaded (${status === 0 ? 'no answer' : `HTTP ${status}`}). `
      + 'Your token is kept; the page redraws itself when the service is back, or try again.';
    actions = [h('button', { type: 'button', onclick: retry }, 'Try again')];
  } else if (status === 403) {
    title = 'This token cannot read';
    text = 'The token is valid but does not carry the read role. Sign out and enter a read token.';
    actions = [h('button', { type: 'button', onclick: signOut }, 'Sign out')];
  } else if (status === 404) {
    title = 'Not found';
    text = detail;
    actions = [h('a', { href: home }, 'Back to the gatherings')];
  } else {
    title = error.problem?.title ?? 'The request failed';
    text = detail;
    actions = [h('button', { type: 'button', onclick: retry }, 'Try again')];
  }
  return h('section', { class: 'panel error', 'data-status': String(status),
    'data-unavailable': UNAVAILABLE.includes(status) },
    h('h1', {}, title), h('p', {}, text), h('p', {}, actions));
}
