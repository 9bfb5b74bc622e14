/** Builds what a viewer may see of a candidate profile; the passport number only in full to those entitled. */
import type { CandidateProfileView, ChecklistItemView, ProfileStep, ReadinessView } from '@jumush/contracts';
import { ChecklistItemKind, ChecklistItemStatus, candidateReadinessOf, passportNumberShownTo, type Actor, type IsoDate } from '@jumush/domain';
import type { FieldCipher } from '@jumush/server/crypto';
import type { CandidateProfileEntity, ChecklistItemEntity } from '@jumush/server/database';
import { PASSPORT_CONTEXT } from './passport-cipher';

/** What a profile view is made of besides the profile: its checklist rows, the account's phone, the candidate's today. */
export interface CandidateViewContext {
  items: ChecklistItemEntity[];
  phone: string | null;
  /** Today on the candidate's home calendar, which decides what has expired. */
  today: IsoDate;
}

/** The owner and attaché staff of the candidate's own country see the number; everyone else a mask (the domain's rule). */
export function passportNumberFor(viewer: Actor, profile: CandidateProfileEntity, cipher: FieldCipher): string | null {
  const number = profile.passportNumberEncrypted ? cipher.decrypt(profile.passportNumberEncrypted, PASSPORT_CONTEXT) : null;
  return passportNumberShownTo(viewer, profile, number);
}

export function checklistOf(items: ChecklistItemEntity[]): ChecklistItemView[] {
  return Object.values(ChecklistItemKind).map((kind) => {
    const item = items.find((candidate) => candidate.kind === kind);
    return {
      kind,
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
  context: { contractMonths?: number; plannedStart?: string } = {},
): ReadinessView {
  const readiness = candidateReadinessOf(items, profile.passportExpiresOn, { today, ...context });
  return {
    percent: readiness.percent,
    ready: readiness.ready,
    done: [...readiness.done],
    missing: [...readiness.missing],
    expired: [...readiness.expired],
  };
}

export function completedSteps(profile: CandidateProfileEntity): ProfileStep[] {
  const steps: ProfileStep[] = [];
  if (profile.surname && profile.givenNamesLatin && profile.birthDate && profile.sex) steps.push('personal');
  if (profile.residenceRegionCode && profile.residenceDistrictCode) steps.push('residence');
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
  { items, phone, today }: CandidateViewContext,
): CandidateProfileView {
  return {
    id: profile.id,
    originCountry: profile.originCountry,
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
    passportNumber: passportNumberFor(viewer, profile, cipher),
    passportExpiresOn: profile.passportExpiresOn,
    consentVersion: profile.consentVersion,
    consentGivenAt: profile.consentGivenAt?.toISOString() ?? null,
    plannedDepartureOn: profile.plannedDepartureOn,
    completedSteps: completedSteps(profile),
    checklist: checklistOf(items),
    readiness: readinessFor(profile, items, today),
    version: profile.version,
  };
}
