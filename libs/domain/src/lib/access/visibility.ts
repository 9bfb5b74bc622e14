/**
 * Who may see what: a batch, a company document, an approval letter, a passport number, an applicant's contact.
 * Pure decisions on plain inputs; the API loads the rows, asks here, and answers 403/404 or masks accordingly.
 */
import { Role, type Actor } from '../accounts/role';
import { ApplicationStatus, CONTACT_SHARING_APPLICATION_STATUSES } from '../applications/application-lifecycle';
import { ALL_BATCH_STATUSES, SUBMITTED_BATCH_STATUSES, isSubmittedBatch, type BatchStatus } from '../batches/batch-lifecycle';
import { ATTACHE_ONLY_CANDIDATE_FLAGS, type CandidateFlag } from '../batches/candidate-flags';
import { maskPassportNumber } from '../candidates/passport-number';

/** The signed-in person asking; an employer's company (when they have one) decides what of their company they see. */
export interface Viewer extends Actor {
  companyId?: string | null;
}

/** How much of a value a viewer gets: all of it, a mask that hides most of it, or nothing. */
export type Disclosure = 'full' | 'masked' | 'none';

/** `notFound` hides that the thing exists: from strangers, and from another country's attaché alike. */
export type BatchVisibility = 'visible' | 'notFound';

function isEmployerOf(viewer: Viewer, companyId: string): boolean {
  return viewer.role === Role.Employer && viewer.companyId != null && viewer.companyId === companyId;
}

function isAttacheOf(viewer: Viewer, originCountry: string): boolean {
  return viewer.role === Role.Attache && viewer.originCountry !== null && viewer.originCountry === originCountry;
}

/**
 * The Russian regions a viewer's queues and lists are limited to: a region-scoped attaché's own; null (every region)
 * for an attaché covering all of Russia and for anyone else (their other rules decide).
 */
export function regionsCoveredBy(viewer: Viewer): readonly string[] | null {
  return viewer.role === Role.Attache ? (viewer.coveredRegions ?? null) : null;
}

function coversRegion(viewer: Viewer, regionCode: string): boolean {
  const regions = regionsCoveredBy(viewer);
  return regions === null || regions.includes(regionCode);
}

/** The attaché of `originCountry` whose regions include `regionCode`: the office an object there belongs to. */
function isAttacheFor(viewer: Viewer, place: { originCountry: string; regionCode: string }): boolean {
  return isAttacheOf(viewer, place.originCountry) && coversRegion(viewer, place.regionCode);
}

/**
 * A vacancy under the attachés' review (in any status): an admin always; the attaché of a country it is open to,
 * when its region is one the attaché covers. For anyone else it does not exist.
 */
export function maySeeVacancyUnderReview(viewer: Viewer, vacancy: { openTo: readonly string[]; regionCode: string }): boolean {
  switch (viewer.role) {
    case Role.Admin:
      return true;
    case Role.Attache:
      return viewer.originCountry !== null && vacancy.openTo.includes(viewer.originCountry) && coversRegion(viewer, vacancy.regionCode);
    case Role.Employer:
    case Role.Migrant:
      return false;
  }
}

/**
 * A batch: its employer's company always; the attaché of its migrants' country once it is submitted (a draft is the
 * employer's alone, so it does not exist for them), if it covers its vacancy's region; an admin always. For anyone
 * else, another country's attaché or another region's included, it does not exist: each office's decisions are its own.
 */
export function batchVisibility(
  viewer: Viewer,
  batch: { companyId: string; originCountry: string; regionCode: string; status: BatchStatus },
): BatchVisibility {
  switch (viewer.role) {
    case Role.Admin:
      return 'visible';
    case Role.Attache:
      return isAttacheFor(viewer, batch) && isSubmittedBatch(batch.status) ? 'visible' : 'notFound';
    case Role.Employer:
      return isEmployerOf(viewer, batch.companyId) ? 'visible' : 'notFound';
    case Role.Migrant:
      return 'notFound';
  }
}

/** The statuses a viewer's batch lists may show: an attaché never lists drafts (see batchVisibility). */
export function batchStatusesVisibleTo(viewer: Viewer): readonly BatchStatus[] {
  switch (viewer.role) {
    case Role.Admin:
    case Role.Employer:
      return ALL_BATCH_STATUSES;
    case Role.Attache:
      return SUBMITTED_BATCH_STATUSES;
    case Role.Migrant:
      return [];
  }
}

/** A company's registration documents: its own employers, and the officials who verify it (attaché staff of any country, admins). */
export function maySeeCompanyDocument(viewer: Viewer, document: { companyId: string }): boolean {
  switch (viewer.role) {
    case Role.Admin:
    case Role.Attache:
      return true;
    case Role.Employer:
      return isEmployerOf(viewer, document.companyId);
    case Role.Migrant:
      return false;
  }
}

/**
 * Revoking an approval letter is the attaché's of the candidate's country alone (covering the job's region): the
 * office that issued it.
 */
export function mayRevokeApprovalLetter(viewer: Viewer, letter: { originCountry: string; regionCode: string }): boolean {
  return isAttacheFor(viewer, letter);
}

/**
 * An approval letter: the migrant it names, the employer who hires them, the attaché of their country (covering the
 * job's region), an admin.
 */
export function maySeeApprovalLetter(
  viewer: Viewer,
  letter: { candidateAccountId: string | null; originCountry: string; regionCode: string; companyId: string },
): boolean {
  switch (viewer.role) {
    case Role.Admin:
      return true;
    case Role.Migrant:
      return letter.candidateAccountId !== null && letter.candidateAccountId === viewer.id;
    case Role.Attache:
      return isAttacheFor(viewer, letter);
    case Role.Employer:
      return isEmployerOf(viewer, letter.companyId);
  }
}

/**
 * A candidate's passport number: in full to the candidate and to the attaché of their country, who checks it against
 * the state register; masked ("•••••••67") to everyone else who sees the candidate, admins included.
 */
export function passportNumberDisclosure(viewer: Viewer, candidate: { accountId: string | null; originCountry: string }): 'full' | 'masked' {
  if (candidate.accountId !== null && candidate.accountId === viewer.id) return 'full';
  return isAttacheOf(viewer, candidate.originCountry) ? 'full' : 'masked';
}

/** The passport number as `viewer` may read it; null stays null. */
export function passportNumberShownTo(
  viewer: Viewer,
  candidate: { accountId: string | null; originCountry: string },
  number: string | null,
): string | null {
  if (number === null) return null;
  return passportNumberDisclosure(viewer, candidate) === 'full' ? number : maskPassportNumber(number);
}

/**
 * A batch candidate's flags: all of them to the attaché and admins; to the employer only those about its own
 * vacancy and the person's papers, never ATTACHE_ONLY_CANDIDATE_FLAGS (that the migrant applied to another company,
 * or that their passport number is held by another profile).
 */
export function candidateFlagsShownTo(viewer: Viewer, flags: readonly CandidateFlag[]): CandidateFlag[] {
  if (viewer.role === Role.Attache || viewer.role === Role.Admin) return [...flags];
  return flags.filter((flag) => !ATTACHE_ONLY_CANDIDATE_FLAGS.includes(flag));
}

/** The flags `viewer` never sees (see candidateFlagsShownTo), for queries that count or filter flagged candidates. */
export function candidateFlagsHiddenFrom(viewer: Viewer): CandidateFlag[] {
  return viewer.role === Role.Attache || viewer.role === Role.Admin ? [] : [...ATTACHE_ONLY_CANDIDATE_FLAGS];
}

/**
 * An applicant's name and phone, to the employer of the vacancy: in full from shortlisting on while the application
 * still leads to arrival (CONTACT_SHARING_APPLICATION_STATUSES); before that, and after a decline, refusal,
 * withdrawal or closure, masked (given name and initial, no phone). Nobody else reads applicants' contacts here.
 */
export function applicantContactDisclosure(viewer: Viewer, application: { companyId: string; status: ApplicationStatus }): Disclosure {
  if (!isEmployerOf(viewer, application.companyId)) return 'none';
  return CONTACT_SHARING_APPLICATION_STATUSES.includes(application.status) ? 'full' : 'masked';
}

/** Statuses in which the migrant is on their way to the employer, or works there, and needs its address and phone. */
const EMPLOYER_CONTACT_STATUSES: readonly ApplicationStatus[] = [
  ApplicationStatus.Approved,
  ApplicationStatus.Departed,
  ApplicationStatus.Arrived,
  ApplicationStatus.Working,
];

/**
 * The employer's legal address and phone, to its own candidate: once the attaché approved the trip (they must go
 * there), while it leads to arrival and while they work there. Before that the company's name is enough; after a refusal
 * or a no-show nothing more.
 */
export function employerContactShownTo(application: { status: ApplicationStatus }): boolean {
  return EMPLOYER_CONTACT_STATUSES.includes(application.status);
}
