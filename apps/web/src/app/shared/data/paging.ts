/** Page size of the employer's and the attaché's lists. */
export const LIST_PAGE_SIZE = 20;

/** A page number from the URL: a positive whole number, else 1. */
export function pageFromParam(value: string | undefined | null): number {
  const page = Number(value);
  return Number.isInteger(page) && page >= 1 ? page : 1;
}
