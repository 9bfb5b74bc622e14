import { Role } from '../accounts/role';
import { ApplicationStatus } from '../applications/application-lifecycle';
import { BatchStatus } from '../batches/batch-lifecycle';
import { ALL_CANDIDATE_FLAGS, CandidateFlag } from '../batches/candidate-flags';
import {
  applicantContactDisclosure,
  candidateFlagsHiddenFrom,
  candidateFlagsShownTo,
  batchStatusesVisibleTo,
  batchVisibility,
  employerContactShownTo,
  maySeeApprovalLetter,
  maySeeCompanyDocument,
  maySeeVacancyUnderReview,
  passportNumberDisclosure,
  passportNumberShownTo,
  regionsCoveredBy,
  type Viewer,
} from './visibility';

/**
 * Every kind of person relative to a subject of company A in St Petersburg (region 78) whose candidate (account
 * `migrant-1`) is from KG.
 */
const VIEWERS = {
  admin: { id: 'admin-1', role: Role.Admin, originCountry: null },
  attacheOfKG: { id: 'attache-kg', role: Role.Attache, originCountry: 'KG' },
  /** A regional representative of KG covering St Petersburg and Leningrad oblast, where the subject is (78). */
  attacheOfKGInSpb: { id: 'attache-kg-spb', role: Role.Attache, originCountry: 'KG', coveredRegions: ['78', '47'] },
  /** A regional representative of KG covering Moscow only: the subject is outside its regions. */
  attacheOfKGInMoscow: { id: 'attache-kg-msk', role: Role.Attache, originCountry: 'KG', coveredRegions: ['77'] },
  attacheOfUZ: { id: 'attache-uz', role: Role.Attache, originCountry: 'UZ' },
  attacheWithoutCountry: { id: 'attache-none', role: Role.Attache, originCountry: null },
  employerOfA: { id: 'employer-a', role: Role.Employer, originCountry: null, companyId: 'company-a' },
  employerOfB: { id: 'employer-b', role: Role.Employer, originCountry: null, companyId: 'company-b' },
  employerWithoutCompany: { id: 'employer-none', role: Role.Employer, originCountry: null, companyId: null },
  theMigrant: { id: 'migrant-1', role: Role.Migrant, originCountry: 'KG' },
  anotherMigrant: { id: 'migrant-2', role: Role.Migrant, originCountry: 'KG' },
} satisfies Record<string, Viewer>;
type ViewerName = keyof typeof VIEWERS;
const NAMES = Object.keys(VIEWERS) as ViewerName[];

/** Rows: viewer → what they get, restated by hand from the rules (not computed). */
function table<T>(rows: Record<ViewerName, T>): Array<[ViewerName, T]> {
  return NAMES.map((name) => [name, rows[name]]);
}

describe('who sees a batch', () => {
  const submitted = { companyId: 'company-a', originCountry: 'KG', regionCode: '78' };
  // Every status but the draft behaves the same; the draft is the employer's (and an admin's) alone.
  const expected = (draft: boolean) =>
    table({
      admin: 'visible',
      attacheOfKG: draft ? 'notFound' : 'visible',
      attacheOfUZ: 'notFound',
      attacheWithoutCountry: 'notFound',
      attacheOfKGInSpb: draft ? 'notFound' : 'visible',
      attacheOfKGInMoscow: 'notFound',
      employerOfA: 'visible',
      employerOfB: 'notFound',
      employerWithoutCompany: 'notFound',
      theMigrant: 'notFound',
      anotherMigrant: 'notFound',
    });
  const cases = Object.values(BatchStatus).flatMap((status) =>
    expected(status === BatchStatus.Draft).map(([viewer, visibility]) => [status, viewer, visibility] as const),
  );

  it('covers every status for every kind of viewer', () => {
    expect(cases).toHaveLength(5 * NAMES.length);
  });

  it.each(cases)('a %s batch is %s → %s', (status, viewer, visibility) => {
    expect(batchVisibility(VIEWERS[viewer], { ...submitted, status })).toBe(visibility);
  });

  it.each(
    table<readonly BatchStatus[]>({
      admin: ['DRAFT', 'SUBMITTED', 'IN_REVIEW', 'DECIDED', 'RETURNED'] as BatchStatus[],
      attacheOfKG: ['SUBMITTED', 'IN_REVIEW', 'DECIDED', 'RETURNED'] as BatchStatus[],
      attacheOfUZ: ['SUBMITTED', 'IN_REVIEW', 'DECIDED', 'RETURNED'] as BatchStatus[],
      attacheWithoutCountry: ['SUBMITTED', 'IN_REVIEW', 'DECIDED', 'RETURNED'] as BatchStatus[],
      attacheOfKGInSpb: ['SUBMITTED', 'IN_REVIEW', 'DECIDED', 'RETURNED'] as BatchStatus[],
      attacheOfKGInMoscow: ['SUBMITTED', 'IN_REVIEW', 'DECIDED', 'RETURNED'] as BatchStatus[],
      employerOfA: ['DRAFT', 'SUBMITTED', 'IN_REVIEW', 'DECIDED', 'RETURNED'] as BatchStatus[],
      employerOfB: ['DRAFT', 'SUBMITTED', 'IN_REVIEW', 'DECIDED', 'RETURNED'] as BatchStatus[],
      employerWithoutCompany: ['DRAFT', 'SUBMITTED', 'IN_REVIEW', 'DECIDED', 'RETURNED'] as BatchStatus[],
      theMigrant: [],
      anotherMigrant: [],
    }),
  )('lists of %s show batches in %j', (viewer, statuses) => {
    expect(batchStatusesVisibleTo(VIEWERS[viewer])).toEqual(statuses);
  });

  it('never lists a status whose batch the viewer could not open', () => {
    for (const name of NAMES) {
      const viewer = VIEWERS[name];
      const own = { companyId: 'company-a', originCountry: 'KG', regionCode: '78' };
      for (const status of batchStatusesVisibleTo(viewer)) {
        if (viewer.role === Role.Attache && (viewer.originCountry !== 'KG' || regionsCoveredBy(viewer)?.includes('78') === false)) continue;
        if (viewer.role === Role.Employer && name !== 'employerOfA') continue;
        expect(batchVisibility(viewer, { ...own, status })).toBe('visible');
      }
    }
  });
});

describe('who sees a vacancy under review', () => {
  const vacancy = { openTo: ['KG', 'TJ'], regionCode: '78' };

  it.each(
    table({
      admin: true,
      attacheOfKG: true,
      attacheOfKGInSpb: true,
      attacheOfKGInMoscow: false,
      attacheOfUZ: false,
      attacheWithoutCountry: false,
      employerOfA: false,
      employerOfB: false,
      employerWithoutCompany: false,
      theMigrant: false,
      anotherMigrant: false,
    }),
  )('%s: %s', (viewer, allowed) => {
    expect(maySeeVacancyUnderReview(VIEWERS[viewer], vacancy)).toBe(allowed);
  });

  it.each([
    ['78', true],
    ['47', true],
    ['77', false],
    ['50', false],
  ])('to the representative covering 78 and 47, a vacancy in %s is seen: %s', (regionCode, seen) => {
    expect(maySeeVacancyUnderReview(VIEWERS.attacheOfKGInSpb, { ...vacancy, regionCode })).toBe(seen);
  });

  it('is not seen by a representative covering no region at all', () => {
    expect(maySeeVacancyUnderReview({ ...VIEWERS.attacheOfKG, coveredRegions: [] }, vacancy)).toBe(false);
  });
});

describe('which regions limit the lists of a viewer', () => {
  it.each(
    table<readonly string[] | null>({
      admin: null,
      attacheOfKG: null,
      attacheOfKGInSpb: ['78', '47'],
      attacheOfKGInMoscow: ['77'],
      attacheOfUZ: null,
      attacheWithoutCountry: null,
      employerOfA: null,
      employerOfB: null,
      employerWithoutCompany: null,
      theMigrant: null,
      anotherMigrant: null,
    }),
  )('%s: %j', (viewer, regions) => {
    expect(regionsCoveredBy(VIEWERS[viewer])).toEqual(regions);
  });

  it('ignores regions set on anyone but an attaché', () => {
    expect(regionsCoveredBy({ ...VIEWERS.admin, coveredRegions: ['77'] })).toBeNull();
  });
});

describe("who reads a company's documents", () => {
  it.each(
    table({
      admin: true,
      attacheOfKG: true,
      attacheOfUZ: true,
      attacheWithoutCountry: true,
      attacheOfKGInSpb: true,
      attacheOfKGInMoscow: true,
      employerOfA: true,
      employerOfB: false,
      employerWithoutCompany: false,
      theMigrant: false,
      anotherMigrant: false,
    }),
  )('%s: %s', (viewer, allowed) => {
    expect(maySeeCompanyDocument(VIEWERS[viewer], { companyId: 'company-a' })).toBe(allowed);
  });
});

describe('who reads an approval letter', () => {
  const letter = { candidateAccountId: 'migrant-1', originCountry: 'KG', regionCode: '78', companyId: 'company-a' };

  it.each(
    table({
      admin: true,
      attacheOfKG: true,
      attacheOfUZ: false,
      attacheWithoutCountry: false,
      attacheOfKGInSpb: true,
      attacheOfKGInMoscow: false,
      employerOfA: true,
      employerOfB: false,
      employerWithoutCompany: false,
      theMigrant: true,
      anotherMigrant: false,
    }),
  )('%s: %s', (viewer, allowed) => {
    expect(maySeeApprovalLetter(VIEWERS[viewer], letter)).toBe(allowed);
  });

  it('belongs to nobody as a migrant once the candidate has no account any more', () => {
    expect(maySeeApprovalLetter(VIEWERS.theMigrant, { ...letter, candidateAccountId: null })).toBe(false);
    expect(maySeeApprovalLetter(VIEWERS.attacheOfKG, { ...letter, candidateAccountId: null })).toBe(true);
  });
});

describe('who reads a passport number in full', () => {
  const candidate = { accountId: 'migrant-1', originCountry: 'KG' };

  it.each(
    table({
      admin: 'masked',
      attacheOfKG: 'full',
      attacheOfUZ: 'masked',
      attacheWithoutCountry: 'masked',
      attacheOfKGInSpb: 'full',
      attacheOfKGInMoscow: 'full',
      employerOfA: 'masked',
      employerOfB: 'masked',
      employerWithoutCompany: 'masked',
      theMigrant: 'full',
      anotherMigrant: 'masked',
    }),
  )('%s: %s', (viewer, disclosure) => {
    expect(passportNumberDisclosure(VIEWERS[viewer], candidate)).toBe(disclosure);
  });

  it('masks for everyone but the attaché once the candidate has no account', () => {
    const anonymous = { ...candidate, accountId: null };
    expect(NAMES.filter((name) => passportNumberDisclosure(VIEWERS[name], anonymous) === 'full')).toEqual([
      'attacheOfKG',
      'attacheOfKGInSpb',
      'attacheOfKGInMoscow',
    ]);
  });

  it('shows the number itself or its mask, and nothing when there is none', () => {
    expect(passportNumberShownTo(VIEWERS.attacheOfKG, candidate, 'AC1234567')).toBe('AC1234567');
    expect(passportNumberShownTo(VIEWERS.employerOfA, candidate, 'AC1234567')).toBe('•••••••67');
    expect(passportNumberShownTo(VIEWERS.employerOfA, candidate, null)).toBeNull();
  });
});

describe("who reads a batch candidate's flags", () => {
  const employerSees = ALL_CANDIDATE_FLAGS.filter(
    (flag) => flag !== CandidateFlag.PassportInAnotherOpenBatch && flag !== CandidateFlag.DuplicatePassport,
  );

  it.each(
    table({
      admin: ALL_CANDIDATE_FLAGS,
      attacheOfKG: ALL_CANDIDATE_FLAGS,
      attacheOfUZ: ALL_CANDIDATE_FLAGS,
      attacheWithoutCountry: ALL_CANDIDATE_FLAGS,
      attacheOfKGInSpb: ALL_CANDIDATE_FLAGS,
      attacheOfKGInMoscow: ALL_CANDIDATE_FLAGS,
      employerOfA: employerSees,
      employerOfB: employerSees,
      employerWithoutCompany: employerSees,
      theMigrant: employerSees,
      anotherMigrant: employerSees,
    }),
  )('%s sees %p', (viewer, shown) => {
    expect(candidateFlagsShownTo(VIEWERS[viewer], ALL_CANDIDATE_FLAGS)).toEqual(shown);
    // What a query hides is exactly what is not shown.
    expect(ALL_CANDIDATE_FLAGS.filter((flag) => !candidateFlagsHiddenFrom(VIEWERS[viewer]).includes(flag))).toEqual(shown);
  });

  it('never tells an employer that its candidate applied to another company or shares a passport number', () => {
    expect(candidateFlagsShownTo(VIEWERS.employerOfA, [CandidateFlag.PassportInAnotherOpenBatch, CandidateFlag.DuplicatePassport])).toEqual([]);
  });
});

describe("who reads an applicant's name and phone", () => {
  const FULL_FROM_SHORTLIST: Record<ApplicationStatus, 'full' | 'masked'> = {
    SUBMITTED: 'masked',
    SHORTLISTED: 'full',
    DECLINED: 'masked',
    IN_BATCH: 'full',
    APPROVED: 'full',
    REFUSED: 'masked',
    DEPARTED: 'full',
    ARRIVED: 'full',
    WORKING: 'full',
    NO_SHOW: 'masked',
    WITHDRAWN: 'masked',
    CLOSED: 'masked',
  };
  const cases = Object.values(ApplicationStatus).flatMap((status) =>
    table<'full' | 'masked' | 'none'>({
      admin: 'none',
      attacheOfKG: 'none',
      attacheOfUZ: 'none',
      attacheWithoutCountry: 'none',
      attacheOfKGInSpb: 'none',
      attacheOfKGInMoscow: 'none',
      employerOfA: FULL_FROM_SHORTLIST[status],
      employerOfB: 'none',
      employerWithoutCompany: 'none',
      theMigrant: 'none',
      anotherMigrant: 'none',
    }).map(([viewer, disclosure]) => [status, viewer, disclosure] as const),
  );

  it('covers every status for every kind of viewer', () => {
    expect(cases).toHaveLength(12 * NAMES.length);
  });

  it.each(cases)('of a %s application, %s gets %s', (status, viewer, disclosure) => {
    expect(applicantContactDisclosure(VIEWERS[viewer], { companyId: 'company-a', status })).toBe(disclosure);
  });
});

describe("the employer's address and phone, to its candidate", () => {
  const shown: Record<ApplicationStatus, boolean> = {
    [ApplicationStatus.Submitted]: false,
    [ApplicationStatus.Shortlisted]: false,
    [ApplicationStatus.Declined]: false,
    [ApplicationStatus.InBatch]: false,
    [ApplicationStatus.Approved]: true,
    [ApplicationStatus.Refused]: false,
    [ApplicationStatus.Departed]: true,
    [ApplicationStatus.Arrived]: true,
    [ApplicationStatus.Working]: true,
    [ApplicationStatus.NoShow]: false,
    [ApplicationStatus.Withdrawn]: false,
    [ApplicationStatus.Closed]: false,
  };

  it.each(Object.entries(shown))('of a %s application: %s', (status, expected) => {
    expect(employerContactShownTo({ status: status as ApplicationStatus })).toBe(expected);
  });
});
