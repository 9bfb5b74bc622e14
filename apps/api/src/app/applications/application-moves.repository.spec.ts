import { ApplicationStatus, Role, type Actor } from '@jumush/domain';
import { moveApplicationsStatement, moveWithSequelStatement, type ApplicationMoveRequest } from './application-moves.repository';

const migrant: Actor = { id: '00000000-0000-4000-8000-000000000001', role: Role.Migrant, originCountry: 'KG' };
const employer: Actor = { id: '00000000-0000-4000-8000-000000000002', role: Role.Employer, originCountry: null };
const attache: Actor = { id: '00000000-0000-4000-8000-000000000003', role: Role.Attache, originCountry: 'KG' };

const valuesOf = (request: ApplicationMoveRequest) => moveApplicationsStatement(request).values;

describe('moveApplicationsStatement', () => {
  it.each<[string, ApplicationMoveRequest, ApplicationStatus[], ApplicationStatus]>([
    [
      'a migrant withdraws from any status before departure',
      { move: 'withdraw', actor: migrant, select: { candidateId: 'c' } },
      [ApplicationStatus.Submitted, ApplicationStatus.Shortlisted, ApplicationStatus.InBatch, ApplicationStatus.Approved],
      ApplicationStatus.Withdrawn,
    ],
    [
      'an employer shortlists only submitted applications',
      { move: 'shortlist', actor: employer, select: { applicationIds: ['a'] } },
      [ApplicationStatus.Submitted],
      ApplicationStatus.Shortlisted,
    ],
    [
      'an employer declines submitted or shortlisted ones',
      { move: 'decline', actor: employer, select: { applicationIds: ['a'] }, reason: 'why' },
      [ApplicationStatus.Submitted, ApplicationStatus.Shortlisted],
      ApplicationStatus.Declined,
    ],
    [
      'an attaché approves what is in a batch',
      { move: 'approve', actor: attache, select: { applicationIds: ['a'] } },
      [ApplicationStatus.InBatch],
      ApplicationStatus.Approved,
    ],
    [
      'the system closes what is not yet approved',
      { move: 'close', actor: null, select: { companyId: 'co' }, reason: 'employerSuspended' },
      [ApplicationStatus.Submitted, ApplicationStatus.Shortlisted, ApplicationStatus.InBatch],
      ApplicationStatus.Closed,
    ],
  ])('%s', (_name, request, sources, target) => {
    const values = valuesOf(request);
    expect(values[0]).toEqual(sources);
    expect(values).toContain(target);
  });

  it('selects by every condition given, and by vacancy or company together', () => {
    const { text, values } = moveApplicationsStatement({
      move: 'close',
      actor: null,
      select: { vacancyIds: ['v1'], companyId: 'co', applicationIds: ['a1'], candidateId: 'c1' },
      reason: 'vacancyClosed',
    });
    expect(text).toContain('a.id = ANY($2::uuid[])');
    expect(text).toContain('(a.vacancy_id = ANY($3::uuid[]) OR a.vacancy_id IN (SELECT id FROM vacancies WHERE company_id = $4::uuid))');
    expect(text).toContain('a.candidate_id = $5::uuid');
    expect(values.slice(1, 5)).toEqual([['a1'], ['v1'], 'co', 'c1']);
  });

  it("narrows a company's applications to some citizenships, a recorded reason and vacancies still taking the candidate (a reinstatement's reopening)", () => {
    const { text, values } = moveApplicationsStatement({
      move: 'reopen',
      actor: null,
      select: { companyId: 'co', citizenships: ['UZ'], statusReason: 'employerSuspended', vacancyTakesApplicantsOn: '2026-12-02' },
      reason: 'employerReinstated',
    });
    expect(values[0]).toEqual([ApplicationStatus.Closed]);
    expect(text).toContain('a.candidate_id IN (SELECT id FROM candidate_profiles WHERE origin_country = ANY($3::text[]))');
    expect(text).toContain('a.status_reason = $4::text');
    expect(text).toContain("v.status = 'PUBLISHED' AND v.application_deadline >= $5::date");
    expect(text).toContain('v.filled_positions < v.positions AND p.origin_country = ANY(v.open_to)');
    expect(values.slice(1, 5)).toEqual(['co', ['UZ'], 'employerSuspended', '2026-12-02']);
  });

  it('moves a single application only at the version the caller read', () => {
    const { text, values } = moveApplicationsStatement({ move: 'withdraw', actor: migrant, select: { applicationIds: ['a'] }, expectedVersion: 7 });
    expect(text).toContain('a.version = $3::int');
    expect(values[2]).toBe(7);
  });

  it('locks the rows, then writes the move, its timeline, audit and outbox rows in the same statement', () => {
    const { text } = moveApplicationsStatement({ move: 'approve', actor: attache, select: { applicationIds: ['a'] } });
    for (const fragment of [
      'FOR UPDATE OF a',
      'UPDATE applications a SET status',
      'INSERT INTO application_events',
      'INSERT INTO audit_events',
      'INSERT INTO outbox_messages',
      'UPDATE approval_letters',
      'UPDATE vacancies v SET filled_positions',
      'UPDATE batch_items bi SET open = false',
    ]) {
      expect(text).toContain(fragment);
    }
  });

  it('records who moved: the actor, or the system with no actor in the audit', () => {
    expect(valuesOf({ move: 'approve', actor: attache, select: { applicationIds: ['a'] } })).toEqual(expect.arrayContaining(['ATTACHE', attache.id]));
    const system = valuesOf({ move: 'close', actor: null, select: { vacancyIds: ['v'] }, reason: 'vacancyClosed' });
    expect(system).toContain('SYSTEM');
    expect(system).not.toContain(attache.id);
  });

  it('tells the employer of a withdrawal, not of a shortlisting', () => {
    expect(valuesOf({ move: 'withdraw', actor: migrant, select: { candidateId: 'c' } })).toContain(true);
    // The statement's three flags: whether the employer is told, whether an approved application gives its approval up,
    // and whether an application leaving a batch closes its place there.
    const shortlist = valuesOf({ move: 'shortlist', actor: employer, select: { applicationIds: ['a'] } });
    expect(shortlist.filter((value) => typeof value === 'boolean')).toEqual([false, true, true]);
    const approve = valuesOf({ move: 'approve', actor: attache, select: { applicationIds: ['a'] } });
    expect(approve.filter((value) => typeof value === 'boolean')).toEqual([false, false, false]);
  });

  it('keeps the letter and the position of a departure, and gives them up on a withdrawal', () => {
    const depart = valuesOf({ move: 'depart', actor: migrant, select: { applicationIds: ['a'] } });
    expect(depart.filter((value) => typeof value === 'boolean')).toEqual([false, false, true]);
    const withdraw = valuesOf({ move: 'withdraw', actor: migrant, select: { applicationIds: ['a'] } });
    expect(withdraw.filter((value) => typeof value === 'boolean')).toEqual([true, true, true]);
  });

  it('keeps a reason per application over the common one', () => {
    const values = valuesOf({
      move: 'refuse',
      actor: attache,
      select: { applicationIds: ['a', 'b'] },
      reason: 'common',
      reasonById: { a: 'OTHER: text' },
    });
    expect(values).toContain(JSON.stringify({ a: 'OTHER: text' }));
    expect(values).toContain('common');
  });

  it("writes a sequel's CTEs after the move's, with its parameters numbered after the move's, and answers a count", () => {
    const request: ApplicationMoveRequest = { move: 'approve', actor: attache, select: { applicationIds: ['a'] } };
    const own = moveApplicationsStatement(request);
    const { text, values } = moveWithSequelStatement(request, (param) => [
      {
        name: 'closed',
        sql: `UPDATE batch_items SET open = false WHERE application_id IN (SELECT id FROM enriched) AND batch_id = ${param('b', 'uuid')}`,
      },
    ]);
    expect(values).toEqual([...own.values, 'b']);
    expect(text).toContain(
      `closed AS (UPDATE batch_items SET open = false WHERE application_id IN (SELECT id FROM enriched) AND batch_id = $${values.length}::uuid)`,
    );
    expect(text.indexOf('closed AS (')).toBeGreaterThan(text.indexOf('batch_items_left AS ('));
    expect(text).toMatch(/SELECT count\(\*\)::int AS moved FROM enriched$/);
    expect(() => moveWithSequelStatement(request, () => [{ name: 'timeline', sql: 'SELECT 1' }])).toThrow('cannot name a part timeline');
  });

  it('refuses a move nobody may make, or one that says not which applications', () => {
    expect(() => moveApplicationsStatement({ move: 'approve', actor: employer, select: { applicationIds: ['a'] } })).toThrow(
      'EMPLOYER cannot approve',
    );
    expect(() => moveApplicationsStatement({ move: 'withdraw', actor: migrant, select: {} })).toThrow('which applications');
  });
});
