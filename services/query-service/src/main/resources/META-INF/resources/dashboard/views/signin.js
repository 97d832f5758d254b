// The sign-in form: the read token is pasted once, then kept for the tab (session.js).
import { h } from '../dom.js';

/** The form; message says why it is asked again (a refused token), onToken receives what was pasted. */
export function signInForm(message, onToken) {
  const input = h('input', { id: 'token', name: 'token', type: 'password', autocomplete: 'off', required: true });
  return h('form', { class: 'panel login', id: 'login', onsubmit: e => {
    e.preventDefault();
    onToken(input.value);
  } },
  h('h1', {}, 'Sign in'),
  message ? h('p', { class: 'panel error', 'data-status': '401' }, message) : null,
  h('label', { for: 'token' }, 'Read token'), input,
  h('p', { class: 'muted' }, 'A bearer token with role read, as the API takes (bin/chancery token read). '
    + 'It is kept for this browser tab only.'),
  h('button', { type: 'submit' }, 'Open the dashboard'));
}
