// Calls to the query service's JSON API with the session's token; failures become ApiError with the problem.
import { session } from './session.js';

/** A failed call: HTTP status (0 when the service did not answer) and its RFC 9457 problem document. */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail ?? problem?.title ?? `HTTP ${status}`);
    this.status = status;
    this.problem = problem ?? {};
  }
}

/** GET path with the parameters that are set; fresh asks for the current answer, never a cached one. */
export async function getJson(path, params = {}, { fresh = false } = {}) {
  const token = session.token();
  if (!token) throw new ApiError(401, { title: 'Token needed', detail: 'Enter a read token to see the data.' });
  const url = new URL(path, location.origin);
  for (const [key, value] of Object.entries(params)) {
    if (value != null && value !== '') url.searchParams.set(key, value);
  }
  const headers = { Authorization: `Bearer ${token}`, Accept: 'application/json, application/problem+json' };
  if (fresh) headers['Cache-Control'] = 'no-cache';
  let response;
  try {
    response = await fetch(url, { headers });
  } catch (e) {
    throw new ApiError(0, { title: 'Service unreachable', detail: 'The query service did not answer: it may be down or restarting.' });
  }
  const body = await response.json().catch(() => null);
  if (!response.ok) throw new ApiError(response.status, body ?? { title: response.statusText });
  return body;
}
