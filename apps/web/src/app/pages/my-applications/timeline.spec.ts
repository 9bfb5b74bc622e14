import { ApplicationStatus, type MyApplicationView } from '@jumush/contracts/client';
import { expectedPhrase, nextPhrase, reasonPhrase, timelineLines } from './timeline';

function anApplication(overrides: Partial<MyApplicationView> = {}): MyApplicationView {
  return {
    id: 'a1',
    status: ApplicationStatus.InBatch,
    statusReason: null,
    note: null,
    vacancy: { id: 'v1', title: 'Каменщик', town: 'Казань', regionCode: 'RU-TA', monthlyWageRoubles: 80000, companyName: 'ООО Строй' },
    timeline: [
      { from: ApplicationStatus.Shortlisted, to: ApplicationStatus.InBatch, actorRole: 'EMPLOYER', reason: null, at: '2026-03-03T10:00:00Z' },
      { from: null, to: ApplicationStatus.Submitted, actorRole: 'MIGRANT', reason: null, at: '2026-03-01T10:00:00Z' },
      { from: ApplicationStatus.Submitted, to: ApplicationStatus.Shortlisted, actorRole: 'EMPLOYER', reason: null, at: '2026-03-02T10:00:00Z' },
    ],
    next: { key: 'application.next.IN_BATCH', party: 'attache', expected: { days: 9.6, basis: 'observed', sampleSize: 40 } },
    employer: null,
    letterRevoked: null,
    queue: null,
    version: 3,
    createdAt: '2026-03-01T10:00:00Z',
    ...overrides,
  };
}

describe('application timeline wording', () => {
  it('tells what happened in plain words, oldest first', () => {
    expect(timelineLines(anApplication()).map((line) => line.key)).toEqual([
      'myApplications.happened.SUBMITTED',
      'myApplications.happened.SHORTLISTED',
      'myApplications.happened.IN_BATCH',
    ]);
  });

  it('says so when a returned batch put the application back on the shortlist', () => {
    const returned = anApplication({
      timeline: [
        {
          from: ApplicationStatus.InBatch,
          to: ApplicationStatus.Shortlisted,
          actorRole: 'SYSTEM',
          reason: 'fix passports',
          at: '2026-03-04T10:00:00Z',
        },
      ],
    });
    expect(timelineLines(returned)).toEqual([
      { key: 'myApplications.happened.RETURNED_TO_SHORTLIST', params: {}, at: '2026-03-04T10:00:00Z', reason: 'fix passports' },
    ]);
  });

  it('tells what happens next and how long it usually takes', () => {
    expect(nextPhrase(anApplication())).toEqual({ key: 'application.next.IN_BATCH', params: {} });
    expect(expectedPhrase(anApplication())).toEqual({ key: 'myApplications.usuallyTakes', days: 10, sample: 40 });
    const target = anApplication({
      next: { key: 'application.next.SUBMITTED', party: 'employer', expected: { days: 7, basis: 'default', sampleSize: 0 } },
    });
    expect(expectedPhrase(target)).toEqual({ key: 'myApplications.usuallyTakesTarget', days: 7, sample: null });
  });

  it('has nothing next once the application has ended', () => {
    const ended = anApplication({ status: ApplicationStatus.Declined, next: { key: 'application.next.DECLINED', party: null, expected: null } });
    expect(nextPhrase(ended)).toBeNull();
    expect(expectedPhrase(ended)).toBeNull();
  });
});

describe('reasons in words', () => {
  it('turns a refusal code into its label and keeps the free text', () => {
    expect(reasonPhrase('DOCUMENTS_INCOMPLETE: нет справки')).toEqual({ key: 'refusal.DOCUMENTS_INCOMPLETE', text: 'нет справки' });
    expect(reasonPhrase('MEDICAL')).toEqual({ key: 'refusal.MEDICAL', text: null });
  });

  it('names the system’s closure causes', () => {
    expect(reasonPhrase('employerSuspended')).toEqual({ key: 'myApplications.closedCause.employerSuspended', text: null });
  });

  it('keeps a reason without a code as written, and nothing as nothing', () => {
    expect(reasonPhrase('NOT_A_CODE: text')).toEqual({ key: null, text: 'NOT_A_CODE: text' });
    expect(reasonPhrase('Нужен опыт')).toEqual({ key: null, text: 'Нужен опыт' });
    expect(reasonPhrase('  ')).toBeNull();
    expect(reasonPhrase(null)).toBeNull();
  });
});
