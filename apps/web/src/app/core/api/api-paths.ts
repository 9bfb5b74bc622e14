/** Every API path the web calls, in one place (same origin, prefix /api). */
export const API_PREFIX = '/api/';

export const ApiPaths = {
  registerMigrant: '/api/auth/register/migrant',
  registerEmployer: '/api/auth/register/employer',
  login: '/api/auth/login',
  refresh: '/api/auth/refresh',
  logout: '/api/auth/logout',
  me: '/api/auth/me',
  myLocale: '/api/accounts/me/locale',
  originCountries: '/api/origin-countries',
} as const;

/**
 * True for calls to our own API: `/api/...`, or an absolute URL of this very origin. Never another
 * host, whatever its path: the access token must not leak there.
 */
export function isApiUrl(url: string): boolean {
  if (url.startsWith(API_PREFIX)) return true;
  const origin = globalThis.location?.origin;
  if (!origin || !/^https?:\/\//i.test(url)) return false;
  try {
    const parsed = new URL(url);
    return parsed.origin === origin && parsed.pathname.startsWith(API_PREFIX);
  } catch {
    return false;
  }
}

/** Session endpoints: never retried after a 401, they are how a session starts or ends. */
export function isSessionUrl(url: string): boolean {
  const path = url.startsWith('/') ? url : safePath(url);
  return (
    path === ApiPaths.login ||
    path === ApiPaths.refresh ||
    path === ApiPaths.logout ||
    path.startsWith('/api/auth/register/')
  );
}

function safePath(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return url;
  }
}
