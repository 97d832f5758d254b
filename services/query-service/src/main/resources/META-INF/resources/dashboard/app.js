// The dashboard's shell: the URL is the state (view, id, q, page, asOf), so any view can be shared or reloaded.
// It draws the view the URL names, keeps the change stream open and redraws the view a change concerns.
import { h, instant } from './dom.js';
import { session } from './session.js';
import { ChangeStream } from './live.js';
import * as gatherings from './views/gatherings.js';
import * as gathering from './views/gathering.js';
import * as event from './views/event.js';
import * as actor from './views/actor.js';
import * as ask from './views/ask.js';
import { failure } from './views/failure.js';
import { signInForm } from './views/signin.js';
import { gatheringIndex } from './gatherings-index.js';

const VIEWS = { gatherings, gathering, event, actor, ask };
const main = document.getElementById('main');
const banner = document.getElementById('banner');
const liveStatus = document.getElementById('live');
const asOfForm = document.getElementById('as-of');
const asOfInput = document.getElementById('as-of-input');
const signOut = document.getElementById('sign-out');
const updated = new Set();
let drawing = 0;
let redraw = null;

const params = () => new URLSearchParams(location.search);

/** The address of a view; the current asOf is kept unless the values name one (null: now). */
function href(values) {
  const next = new URLSearchParams();
  const asOf = 'asOf' in values ? values.asOf : params().get('asOf');
  for (const [key, value] of Object.entries({ ...values, asOf })) {
    if (value != null && value !== '') next.set(key, value);
  }
  return `/?${next}`;
}

function go(values) {
  history.pushState(null, '', href(values));
  navigated();
}

/** A new page: the marks and the redraws pending for the previous one are dropped. */
function navigated() {
  updated.clear();
  clearTimeout(redraw);
  draw();
}

async function draw({ fresh = false } = {}) {
  const p = params();
  const name = VIEWS[p.get('view')] ? p.get('view') : 'gatherings';
  const asOf = p.get('asOf');
  document.querySelectorAll('nav a').forEach(a => a.classList.toggle('current', a.dataset.nav === name
      || (a.dataset.nav === 'gatherings' && name === 'gathering')));
  showAsOf(asOf);
  if (!session.token()) return showLogin();
  signOut.hidden = false;
  const id = ++drawing;
  main.setAttribute('aria-busy', 'true');
  try {
    const gatherings = await gatheringIndex();
    const node = await VIEWS[name].render({ params: p, asOf, updated, href, go, fresh, gatherings });
    if (id === drawing) main.replaceChildren(node);
  } catch (e) {
    if (id !== drawing) return;
    if (e.status === 401) {
      session.clear();
      return showLogin('The service refused the token: it has expired or is not valid. Enter a new one.');
    }
    main.replaceChildren(failure(e, { retry: () => draw(), signOut: signOutNow, home: href({ view: 'gatherings' }) }));
  } finally {
    if (id === drawing) main.removeAttribute('aria-busy');
  }
}

function showAsOf(asOf) {
  asOfInput.value = asOf ? asOf.slice(0, 19) : '';
  asOfForm.classList.toggle('past', Boolean(asOf));
  banner.hidden = !asOf;
  banner.className = 'banner past';
  banner.replaceChildren(...(asOf ? [`Showing what the platform believed at ${instant(asOf)}; live updates are paused. `,
    h('a', { href: href({ ...Object.fromEntries(params()), asOf: null }) }, 'Back to now')] : []));
  liveLabel();
}

function showLogin(message) {
  stream.stop();
  signOut.hidden = true;
  main.replaceChildren(signInForm(message, token => {
    session.save(token);
    stream.start();
    draw();
  }));
}

function signOutNow() {
  session.clear();
  showLogin();
}

let liveState = 'off';
function liveLabel(lastChange) {
  const paused = params().get('asOf') && liveState === 'on';
  const text = { on: 'live', retry: 'reconnecting…', refused: 'live: token refused', off: 'offline' }[liveState];
  liveStatus.className = `live ${paused ? 'paused' : liveState}`;
  if (lastChange) liveStatus.dataset.lastChange = lastChange;
  const last = liveStatus.dataset.lastChange;
  liveStatus.textContent = paused ? 'live (paused)' : last ? `${text} · updated ${last}` : text;
}

function changed(kind, data) {
  liveLabel(new Date().toISOString().slice(11, 19));
  const p = params();
  const view = VIEWS[p.get('view')] ?? gatherings;
  if (p.get('asOf') || !view.concerns?.(kind, data, p)) return;
  if (data.eventId) updated.add(data.eventId);
  scheduleRedraw(250);
  // verdicts and claims are projected apart: a row drawn now may get its sources a moment later
  const page = location.search;
  setTimeout(() => { if (location.search === page) scheduleRedraw(0); }, 3000);
}

function scheduleRedraw(delay) {
  clearTimeout(redraw);
  redraw = setTimeout(() => {
    // never wipe what someone is typing: try again once they leave the field
    if (main.contains(document.activeElement) && document.activeElement.matches('input, textarea')) {
      return scheduleRedraw(2000);
    }
    draw({ fresh: true });
  }, delay);
}

const stream = new ChangeStream(changed, state => {
  // a token that expired while the page was open: the next draw meets the 401 and asks for a new one
  if (state === 'refused') draw();
  // back after a break: redraw a page that could not be drawn, and a live one, which may have missed changes
  // (the stream replays them only when it had seen an event id to resume from)
  if (state === 'on' && liveState === 'retry'
      && (main.querySelector('.error[data-unavailable]') || !params().get('asOf'))) draw({ fresh: true });
  liveState = state;
  liveLabel();
});

asOfForm.addEventListener('submit', e => {
  e.preventDefault();
  const value = asOfInput.value;
  if (!value) return go({ ...Object.fromEntries(params()), asOf: null });
  go({ ...Object.fromEntries(params()), asOf: `${value.length === 16 ? `${value}:00` : value}Z` });
});
document.getElementById('as-of-now').addEventListener('click', () => go({ ...Object.fromEntries(params()), asOf: null }));
signOut.addEventListener('click', signOutNow);
document.addEventListener('click', e => {
  const a = e.target.closest('a');
  if (!a || a.origin !== location.origin || a.pathname !== '/' || a.target || e.ctrlKey || e.metaKey || e.shiftKey) return;
  e.preventDefault();
  history.pushState(null, '', a.href);
  navigated();
});
window.addEventListener('online', () => stream.retryNow());
window.addEventListener('popstate', navigated);

if (session.token()) stream.start();
draw();
