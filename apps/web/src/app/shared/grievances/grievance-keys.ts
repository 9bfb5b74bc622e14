/** The translation keys of a grievance's category and status, in one place for every page that shows them. */
export function grievanceCategoryKey(category: string): string {
  return `grievance.category.${category}`;
}

export function grievanceStatusKey(status: string): string {
  return `grievance.status.${status}`;
}
