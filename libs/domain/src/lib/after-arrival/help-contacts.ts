/**
 * Help nearby: hotlines, NGOs and consular representatives by Russian region and language. Who may edit an entry,
 * whom it serves, and the order a migrant reads them in.
 */
import { Role, type Actor } from '../accounts/role';
import { ApplicationStatus } from '../applications/application-lifecycle';

export const HELP_CONTACT_KINDS = ['HOTLINE', 'NGO', 'CONSULATE'] as const;
export type HelpContactKind = (typeof HELP_CONTACT_KINDS)[number];

/** The languages a helper may speak: those of the product. */
export const HELP_LANGUAGES = ['ru', 'ky', 'uz', 'tg', 'en'] as const;
export type HelpLanguage = (typeof HELP_LANGUAGES)[number];

/** Opening hours are text per day ("09:00–18:00", "24 h"); a day left out is closed or unknown. */
export const HELP_DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type HelpDay = (typeof HELP_DAYS)[number];

/** Once the migrant has left for the job, "Get help now" shows on every page and help is shown for the job's region. */
export const DEPARTED_APPLICATION_STATUSES: readonly ApplicationStatus[] = [
  ApplicationStatus.Departed,
  ApplicationStatus.Arrived,
  ApplicationStatus.Working,
];

export function hasDeparted(status: ApplicationStatus): boolean {
  return DEPARTED_APPLICATION_STATUSES.includes(status);
}

/** What the rules read of an entry: where it helps (empty: all of Russia), whom (empty: every country), in what. */
export interface HelpContactReach {
  regions: readonly string[];
  originCountries: readonly string[];
  languages: readonly string[];
}

/**
 * An admin edits every entry; an attaché only the entries that serve their country alone (an entry for every
 * country, or for several, is the admin's). Nobody else edits.
 */
export function mayEditHelpContact(actor: Pick<Actor, 'role' | 'originCountry'>, originCountries: readonly string[]): boolean {
  if (actor.role === Role.Admin) return true;
  if (actor.role !== Role.Attache || !actor.originCountry) return false;
  return originCountries.length === 1 && originCountries[0] === actor.originCountry;
}

/** Staff see the entries for every country and, an attaché, those serving their country too; an admin sees all. */
export function helpContactVisibleTo(actor: Pick<Actor, 'role' | 'originCountry'>, originCountries: readonly string[]): boolean {
  if (actor.role === Role.Admin) return true;
  if (actor.role !== Role.Attache || !actor.originCountry) return false;
  return originCountries.length === 0 || originCountries.includes(actor.originCountry);
}

/** Whether an entry helps a migrant of `country` working in `region`. */
export function helpContactServes(contact: HelpContactReach, region: string, country: string | null): boolean {
  const inRegion = contact.regions.length === 0 || contact.regions.includes(region);
  const forCountry = contact.originCountries.length === 0 || (country !== null && contact.originCountries.includes(country));
  return inRegion && forCountry;
}

/**
 * The entries a migrant sees for their job's region, in reading order: those speaking the migrant's language first,
 * then those of the region itself before the nationwide ones, then by name. Stable for equal keys.
 */
export function helpContactsFor<T extends HelpContactReach & { name: string }>(
  contacts: readonly T[],
  region: string,
  country: string | null,
  language: string,
): T[] {
  const rank = (contact: T) => (contact.languages.includes(language) ? 0 : 2) + (contact.regions.length > 0 ? 0 : 1);
  return contacts
    .filter((contact) => helpContactServes(contact, region, country))
    .map((contact, index) => ({ contact, index, rank: rank(contact) }))
    .sort((a, b) => a.rank - b.rank || a.contact.name.localeCompare(b.contact.name) || a.index - b.index)
    .map(({ contact }) => contact);
}

/**
 * The Russian region help is shown for: that of the job the migrant went to most recently (applications newest
 * first, as the API lists them); null before any departure.
 */
export function helpRegionOf(applications: ReadonlyArray<{ status: ApplicationStatus; regionCode: string }>): string | null {
  return applications.find((application) => hasDeparted(application.status))?.regionCode ?? null;
}
