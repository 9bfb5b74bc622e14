/** Builds what a viewer may see of a candidate profile; the passport number only in full to those entitled. */
import type {
  CandidateProfileView,
  ChecklistItemView,
  CitizenshipView,
  ProfileStep,
  ReadinessView,
  WaivedChecklistItemView,
} from '@jumush/contracts';
import {
  ALL_CHECKLIST_ITEMS,
  ChecklistItemStatus,
  candidateReadinessOf,
  citizenshipChangeProblem,
  maskPassportNumber,
  passportNumberShownTo,
  residenceProblem,
  rulesOfRegime,
  type Actor,
  type ApplicationStatus,
  type ChecklistRule,
  type IsoDate,
  type OriginCountry,
  type OriginCountryGeography,
  type RegimeRules,
} from '@jumush/domain';
import type { FieldCipher } from '@jumush/server/crypto';
import type { CandidateProfileEntity, ChecklistItemEntity } from '@jumush/server/database';
import { PASSPORT_CONTEXT } from './passport-cipher';

/** What a profile view is made of besides the profile: its checklist rows, the account's phone, the candidate's today. */
export interface CandidateViewContext {
  items: ChecklistItemEntity[];
  phone: string | null;
  /** Today on the candidate's home calendar, which decides what has expired. */
  today: IsoDate;
  /** Whether the migrant chose the citizenship (false: guessed before the question was asked). */
  citizenshipConfirmed: boolean;
  /** The statuses of all the candidate's applications: they decide whether the citizenship may still change. */
  applicationStatuses: readonly ApplicationStatus[];
  /** Whether another profile of the country holds the same passport number (only the owner is told: see passportCheck). */
  passportShared?: boolean;
  /** The profile's country (undefined: not on the exchange), from OriginCountriesService. */
  country: OriginCountry | undefined;
}

/** The rule set of a country's regime; null for a country not on the exchange. */
export function rulesOfCountry(country: OriginCountry | undefined): RegimeRules | null {
  return country ? rulesOfRegime(country.regime) : null;
}

const PROGRAMME_SOURCE = { basis: 'programme', act: 'PROGRAMME', article: null, actDate: null, inForceFrom: null } as const;

/**
 * The checklist rules of the profile's country. A country not on the exchange (no such profile is made any more)
 * gets every item, each labelled a programme requirement: we cannot name a law for it.
 */
function checklistRulesOf(rules: RegimeRules | null): readonly ChecklistRule[] {
  return rules ? rules.checklist : ALL_CHECKLIST_ITEMS.map((kind) => ({ kind, source: { ...PROGRAMME_SOURCE } }));
}

export function notRequiredOf(rules: RegimeRules | null): WaivedChecklistItemView[] {
  return rules ? rules.waived.map((rule) => ({ kind: rule.kind, source: { ...rule.source } })) : [];
}

/** A country not on the exchange (no such profile is made any more) is shown under the strictest regime, unconfirmed. */
export function citizenshipOf(
  profile: CandidateProfileEntity,
  country: OriginCountry | undefined,
  confirmed: boolean,
  applicationStatuses: readonly ApplicationStatus[],
): CitizenshipView {
  return {
    code: profile.originCountry,
    regime: country?.regime ?? 'PATENT',
    confirmed: confirmed && country !== undefined,
    editable: citizenshipChangeProblem(applicationStatuses) === null,
  };
}

/** The owner and attaché staff of the candidate's own country see the number; everyone else a mask (the domain's rule). */
export function passportNumberFor(viewer: Actor, profile: CandidateProfileEntity, cipher: FieldCipher): string | null {
  const number = profile.passportNumberEncrypted ? cipher.decrypt(profile.passportNumberEncrypted, PASSPORT_CONTEXT) : null;
  return passportNumberShownTo(viewer, profile, number);
}

function ownPassportNumberMasked(profile: CandidateProfileEntity, cipher: FieldCipher): string | null {
  return profile.passportNumberEncrypted ? maskPassportNumber(cipher.decrypt(profile.passportNumberEncrypted, PASSPORT_CONTEXT)) : null;
}

/** The items the candidate's citizenship requires, in checklist order, each with its source; rows of other kinds are left out. */
export function checklistOf(items: ChecklistItemEntity[], rules: RegimeRules | null): ChecklistItemView[] {
  return checklistRulesOf(rules).map(({ kind, source }) => {
    const item = items.find((candidate) => candidate.kind === kind);
    return {
      kind,
      source: { ...source },
      status: item?.status ?? ChecklistItemStatus.NotStarted,
      completedOn: item?.completedOn ?? null,
      validUntil: item?.validUntil ?? null,
      hasDocument: Boolean(item?.documentKey),
      updatedAt: item?.updatedAt.toISOString() ?? null,
    };
  });
}

/**
 * The candidate's readiness (the domain's rule, with the passport's own expiry as the passport item's validity).
 * `today` is the candidate's home calendar day (homeTimeZoneOf(profile.originCountry)).
 */
export function readinessFor(
  profile: CandidateProfileEntity,
  items: ChecklistItemEntity[],
  today: IsoDate,
  context: { rules: RegimeRules | null; contractMonths?: number; plannedStart?: string },
): ReadinessView {
  const { rules, ...dates } = context;
  const readiness = candidateReadinessOf(items, profile.passportExpiresOn, { today, regime: rules?.regime ?? null, ...dates });
  return {
    percent: readiness.percent,
    ready: readiness.ready,
    done: [...readiness.done],
    missing: [...readiness.missing],
    expired: [...readiness.expired],
  };
}

export function completedSteps(profile: CandidateProfileEntity, geography: OriginCountryGeography): ProfileStep[] {
  const steps: ProfileStep[] = [];
  if (profile.surname && profile.givenNamesLatin && profile.birthDate && profile.sex) steps.push('personal');
  // A home of the citizenship's country; a citizenship changed since clears it (see CitizenshipService.change).
  if (residenceProblem(geography, profile.originCountry, profile.residenceRegionCode, profile.residenceDistrictCode) === null)
    steps.push('residence');
  if (profile.russianLevel && profile.education) steps.push('skills');
  if (profile.preferredRegionCodes.length > 0) steps.push('preferences');
  if (profile.passportNumberEncrypted && profile.passportExpiresOn) steps.push('passport');
  if (profile.consentVersion) steps.push('consent');
  return steps;
}

export function toCandidateProfileView(
  viewer: Actor,
  profile: CandidateProfileEntity,
  cipher: FieldCipher,
  { items, phone, today, citizenshipConfirmed, applicationStatuses, passportShared = false, country }: CandidateViewContext,
): CandidateProfileView {
  const rules = rulesOfCountry(country);
  return {
    id: profile.id,
    originCountry: profile.originCountry,
    citizenship: citizenshipOf(profile, country, citizenshipConfirmed, applicationStatuses),
    surname: profile.surname,
    givenNames: profile.givenNames,
    surnameLatin: profile.surnameLatin,
    givenNamesLatin: profile.givenNamesLatin,
    birthDate: profile.birthDate,
    sex: profile.sex,
    phone,
    residenceRegionCode: profile.residenceRegionCode,
    residenceDistrictCode: profile.residenceDistrictCode,
    languages: profile.languages,
    russianLevel: profile.russianLevel,
    occupations: profile.occupations,
    education: profile.education,
    preferredRegionCodes: profile.preferredRegionCodes,
    // The owner's profile travels through the phone's offline cache: masked there, the full number on its own
    // uncached route (`GET /api/candidates/me/passport-number`) when the passport step is opened.
    passportNumber: profile.accountId === viewer.id ? ownPassportNumberMasked(profile, cipher) : passportNumberFor(viewer, profile, cipher),
    passportExpiresOn: profile.passportExpiresOn,
    // The owner alone is asked to contact the consulate; nobody else learns that the number is shared.
    passportCheck: passportShared && profile.accountId === viewer.id ? 'contactConsulate' : null,
    consentVersion: profile.consentVersion,
    consentGivenAt: profile.consentGivenAt?.toISOString() ?? null,
    plannedDepartureOn: profile.plannedDepartureOn,
    completedSteps: completedSteps(profile, country?.geography ?? { regions: [], districts: [] }),
    checklist: checklistOf(items, rules),
    notRequired: notRequiredOf(rules),
    readiness: readinessFor(profile, items, today, { rules }),
    version: profile.version,
  };
}
