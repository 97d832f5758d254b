// The reference gatherings by id, read once per page load: they are the same at every asOf (docs/api-query.md).
import { getJson } from './api.js';

let index = null;

/** A Map of gathering id to gathering ({id, name, kind, host, city, startDate, endDate, body}). */
export async function gatheringIndex() {
  if (!index) {
    index = getJson('/api/v1/gatherings', { size: 500 })
      .then(list => new Map(list.map(g => [g.id, g])))
      .catch(e => { index = null; throw e; });
  }
  return index;
}

/** A gathering's name, or its id without the prefix when it is not in the index. */
export function gatheringName(gatherings, id) {
  return gatherings?.get(id)?.name ?? id.replace(/^gathering:/, '');
}
