/**
 * The page to return to after signing in, or null when missing or unsafe: another site, or a sign-in or
 * registration page (returning there would only bounce, a sign-in loop).
 */
export function safeReturnUrl(value: string | null): string | null {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return null;
  return /^\/[^/?#]+\/(login|register)(?:[/?#]|$)/.test(value) ? null : value;
}
