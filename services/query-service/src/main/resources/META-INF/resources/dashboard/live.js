// The change stream (/api/v1/stream) read with fetch, since EventSource cannot send the bearer token.
// Reconnects with the last event id it saw (Last-Event-ID), so the server replays what was missed.
import { session } from './session.js';

/** Parses text/event-stream frames: returns the complete events in the text and what is left over. */
export function parseFrames(text) {
  const events = [];
  const frames = text.split(/\r?\n\r?\n/);
  const rest = frames.pop();
  for (const frame of frames) {
    const event = { id: null, name: 'message', data: [] };
    for (const line of frame.split(/\r?\n/)) {
      if (line === '' || line.startsWith(':')) continue;
      const colon = line.indexOf(':');
      const field = colon < 0 ? line : line.slice(0, colon);
      const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
      if (field === 'id') event.id = value;
      else if (field === 'event') event.name = value;
      else if (field === 'data') event.data.push(value);
    }
    if (event.data.length > 0) events.push({ ...event, data: event.data.join('\n') });
  }
  return { events, rest };
}

/** One stream connection kept open, reconnecting after 1 s, doubling to 30 s while it fails. */
export class ChangeStream {
  constructor(onChange, onStatus) {
    this.onChange = onChange;
    this.onStatus = onStatus;
    this.lastId = null;
    this.run = 0;
  }

  get running() {
    return Boolean(this.current);
  }

  start() {
    if (this.running) return;
    this.current = ++this.run;
    this.loop(this.run);
  }

  stop() {
    this.current = 0;
    this.abort?.abort();
    this.onStatus('off');
  }

  // one loop per start: a loop whose run is no longer the current one ends, so a quick stop and start never leaves two
  async loop(run) {
    let delay = 1000;
    while (this.current === run) {
      const token = session.token();
      if (!token) return this.stop();
      this.abort = new AbortController();
      try {
        const headers = { Authorization: `Bearer ${token}`, Accept: 'text/event-stream' };
        if (this.lastId) headers['Last-Event-ID'] = this.lastId;
        const response = await fetch('/api/v1/stream', { headers, signal: this.abort.signal, cache: 'no-store' });
        if (response.status === 401 || response.status === 403) {
          this.current = 0;
          this.onStatus('refused');
          return;
        }
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        this.onStatus('on');
        delay = 1000;
        await this.read(response.body.pipeThrough(new TextDecoderStream()).getReader());
      } catch (e) {
        if (this.current !== run) return;
      }
      this.onStatus('retry');
      await new Promise(resolve => {
        this.wake = resolve;
        setTimeout(resolve, delay);
      });
      delay = Math.min(delay * 2, 30000);
    }
  }

  /** Ends the wait before the next attempt: the browser says the network is back. */
  retryNow() {
    this.wake?.();
  }

  async read(reader) {
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      const { events, rest } = parseFrames(buffer + value);
      buffer = rest;
      for (const event of events) {
        if (event.id) this.lastId = event.id;
        let data;
        try { data = JSON.parse(event.data); } catch (e) { continue; }
        this.onChange(event.name, data);
      }
    }
  }
}
