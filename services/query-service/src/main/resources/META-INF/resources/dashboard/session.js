// The read token, entered once and kept for the browser tab's session (sessionStorage, never a cookie).
const KEY = 'chancery.token';

export const session = {
  token: () => sessionStorage.getItem(KEY),
  save: token => sessionStorage.setItem(KEY, token.trim().replace(/^Bearer\s+/i, '')),
  clear: () => sessionStorage.removeItem(KEY),
};
