/** A whole number within [min, max] typed by a person: "75 000" is fine, "75k" or "7.5" is not (null). */
export function parseWholeNumber(text: string | null | undefined, min = 0, max = Number.MAX_SAFE_INTEGER): number | null {
  if (text === null || text === undefined) return null;
  const compact = text.replace(/[\s\u00a0\u202f]/g, '');
  if (!/^\d{1,9}$/.test(compact)) return null;
  const value = Number(compact);
  return value >= min && value <= max ? value : null;
}
