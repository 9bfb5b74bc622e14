/**
 * Employers are verified per origin country: each country's attaché decides for their own citizens (the
 * COMPANY_VERIFICATION table, one status per company and country), and may verify in one click by relying on another
 * country's verification. The admin's block is global: it stops the employer in every country at once.
 */
import { Role, type Actor } from '../accounts/role';
import { CompanyStatus, type CompanyDecision } from './company-verification';

/** One country's decision on a company. */
export interface CompanyCountryStanding {
  country: string;
  status: CompanyStatus;
}

/** What every country's decision is subject to: the admin's global block (null when not blocked). */
export interface CompanyBlock {
  blockedAt: Date | string | null;
}

/** Migrants of a country may be recruited by the company: its attaché verified it and the admin has not blocked it. */
export function isCompanyVerifiedFor(company: CompanyBlock, standing: Pick<CompanyCountryStanding, 'status'> | undefined): boolean {
  return company.blockedAt === null && standing?.status === CompanyStatus.Verified;
}

/** The status that counts in one country: the admin's block reads as SUSPENDED, a country that decided nothing as PENDING. */
export function companyStatusIn(company: CompanyBlock, standings: readonly CompanyCountryStanding[], country: string): CompanyStatus {
  if (company.blockedAt !== null) return CompanyStatus.Suspended;
  return standings.find((standing) => standing.country === country)?.status ?? CompanyStatus.Pending;
}

/**
 * The status that counts where any country will do (may the employer put a vacancy up for review at all?): VERIFIED
 * when some country verified it, else the furthest any country got (SUSPENDED, REJECTED, PENDING in that order).
 */
export function companyStatusAnywhere(company: CompanyBlock, standings: readonly CompanyCountryStanding[]): CompanyStatus {
  if (company.blockedAt !== null) return CompanyStatus.Suspended;
  const order = [CompanyStatus.Verified, CompanyStatus.Suspended, CompanyStatus.Rejected, CompanyStatus.Pending];
  return order.find((status) => standings.some((standing) => standing.status === status)) ?? CompanyStatus.Pending;
}

/** What the employer reads first: the status that counts anywhere, with the reason and date of the decision behind it. */
export interface CompanyStandingSummary {
  status: CompanyStatus;
  reason: string | null;
  /** When that decision was taken; null when nobody decided yet. */
  changedAt: string | null;
  /** Some country rejected the documents: corrected ones go back to it (resubmit). */
  rejectedSomewhere: boolean;
}

export function companyStandingSummary(
  company: { blocked: { at: string; reason: string | null } | null },
  standings: ReadonlyArray<CompanyCountryStanding & { statusReason: string | null; statusChangedAt: string }>,
): CompanyStandingSummary {
  const rejectedSomewhere = standings.some((standing) => standing.status === CompanyStatus.Rejected);
  if (company.blocked) return { status: CompanyStatus.Suspended, reason: company.blocked.reason, changedAt: company.blocked.at, rejectedSomewhere };
  const status = companyStatusAnywhere({ blockedAt: null }, standings);
  const behind = standings.find((standing) => standing.status === status);
  return { status, reason: behind?.statusReason ?? null, changedAt: behind?.statusChangedAt ?? null, rejectedSomewhere };
}

/** The countries whose migrants the company may recruit, in code order. */
export function verifiedCountriesOf(company: CompanyBlock, standings: readonly CompanyCountryStanding[]): string[] {
  return standings
    .filter((standing) => isCompanyVerifiedFor(company, standing))
    .map((standing) => standing.country)
    .sort();
}

/**
 * Who a decision on a company is for: an attaché decides for their own country; the admin's suspension and
 * reinstatement are the global block; verifying and rejecting are the countries' (the admin has no country), so an
 * admin asking for them, or an attaché without a country, gets null (refused).
 */
export type CompanyDecisionScope = { kind: 'country'; country: string } | { kind: 'global' };

export function companyDecisionScope(actor: Actor, decision: CompanyDecision): CompanyDecisionScope | null {
  switch (actor.role) {
    case Role.Attache:
      return actor.originCountry ? { kind: 'country', country: actor.originCountry } : null;
    case Role.Admin:
      return decision === 'suspend' || decision === 'reinstate' ? { kind: 'global' } : null;
    case Role.Employer:
    case Role.Migrant:
      return null;
  }
}

/** The admin's block as a decision: suspend blocks an unblocked company, reinstate lifts a block; anything else is illegal. */
export function globalBlockProblem(blocked: boolean, decision: CompanyDecision): 'transition.illegal' | null {
  if (decision === 'suspend') return blocked ? 'transition.illegal' : null;
  if (decision === 'reinstate') return blocked ? null : 'transition.illegal';
  return 'transition.illegal';
}

export type RelianceProblem = 'company.relianceOnOwnCountry' | 'company.relianceNotVerified';

/**
 * Verifying by relying on another country's verification: the other country must be another one, and its attaché
 * must have verified the company (a suspended or pending verification is nothing to rely on). Whether this country
 * may verify at all (its own status must be PENDING) is the COMPANY_VERIFICATION table's to say.
 */
export function relianceProblem(ownCountry: string, reliedOn: CompanyCountryStanding | undefined, reliedOnCountry: string): RelianceProblem | null {
  if (reliedOnCountry === ownCountry) return 'company.relianceOnOwnCountry';
  if (reliedOn?.status !== CompanyStatus.Verified) return 'company.relianceNotVerified';
  return null;
}

/** The countries another attaché may rely on: those whose attaché verified the company, other than their own. */
export function reliableCountriesFor(ownCountry: string, standings: readonly CompanyCountryStanding[]): string[] {
  return standings
    .filter((standing) => standing.country !== ownCountry && relianceProblem(ownCountry, standing, standing.country) === null)
    .map((standing) => standing.country)
    .sort();
}

export type OpenToProblem = { code: 'vacancy.openToEmpty' } | { code: 'vacancy.openToNotVerified'; countries: string[] };

/**
 * The countries a vacancy is open to are the employer's choice among those that verified it: at least one, none
 * that has not verified it. (A country that later suspends the employer stays chosen: reinstatement shows the vacancy
 * there again.)
 */
export function openToProblem(openTo: readonly string[], verified: readonly string[]): OpenToProblem | null {
  if (openTo.length === 0) return { code: 'vacancy.openToEmpty' };
  const unverified = [...new Set(openTo)].filter((country) => !verified.includes(country)).sort();
  return unverified.length ? { code: 'vacancy.openToNotVerified', countries: unverified } : null;
}

/** Without a choice, a vacancy is open to every country that verified its employer. */
export function defaultOpenTo(verified: readonly string[]): string[] {
  return [...new Set(verified)].sort();
}

/** A migrant may apply to (and find) a vacancy open to their recorded citizenship. */
export function isOpenToCitizen(openTo: readonly string[], citizenship: string | null): boolean {
  return citizenship !== null && openTo.includes(citizenship);
}
