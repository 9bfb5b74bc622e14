/** Who a person is on Jumush; every route of the API names the roles it admits. */
export enum Role {
  Migrant = 'MIGRANT',
  Employer = 'EMPLOYER',
  Attache = 'ATTACHE',
  Admin = 'ADMIN',
}

export const ALL_ROLES: readonly Role[] = Object.values(Role);

export interface Actor {
  id: string;
  role: Role;
  originCountry: string | null;
  /**
   * The Russian regions (codes of RUSSIAN_REGIONS) an attaché's regional representative covers: it sees vacancies,
   * batches and letters in those regions only. Null or absent: every region (and always for anyone else).
   */
  coveredRegions?: readonly string[] | null;
}

/**
 * Ownership rule: a person may act on a resource they own; an admin may act on any.
 * Attaché staff are scoped to their origin country instead (see canActForCountry).
 */
export function canActOnOwnedResource(actor: Actor, ownerId: string): boolean {
  return actor.role === Role.Admin || actor.id === ownerId;
}

export function canActForCountry(actor: Actor, countryCode: string): boolean {
  if (actor.role === Role.Admin) return true;
  return actor.role === Role.Attache && actor.originCountry === countryCode;
}
