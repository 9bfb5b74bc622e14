import { ApplicationStatus, LetterRevocationCategory } from '@jumush/domain';
import type { ApplicationEntity, CompanyEntity, VacancyEntity } from '@jumush/server/database';
import { toMyApplicationViews } from './my-application-view';

const company = { legalName: 'ООО «Строймонтаж»', legalAddress: 'г. Казань, ул. Баумана, 1', phone: '+79001234567' } as CompanyEntity;
const vacancy = { id: 'v1', title: 'Каменщик', town: 'Казань', regionCode: '16', monthlyWageRoubles: 80000, company } as VacancyEntity;
const expected = {
  SUBMITTED: { days: 3, basis: 'default', sampleSize: 0 },
  SHORTLISTED: { days: 5, basis: 'default', sampleSize: 0 },
  IN_BATCH: { days: 10, basis: 'default', sampleSize: 0 },
  APPROVED: { days: 14, basis: 'default', sampleSize: 0 },
} as const;

function anApplication(status: ApplicationStatus): ApplicationEntity {
  return { id: 'a1', status, statusReason: null, note: null, vacancy, version: 1, createdAt: new Date('2026-03-01T10:00:00Z') } as ApplicationEntity;
}

describe('the migrant’s view of an application', () => {
  it.each([ApplicationStatus.Approved, ApplicationStatus.Departed, ApplicationStatus.Arrived])(
    'gives the employer’s legal address and phone once %s',
    (status) => {
      const [view] = toMyApplicationViews([anApplication(status)], [], expected);
      expect(view.employer).toEqual({ name: 'ООО «Строймонтаж»', address: 'г. Казань, ул. Баумана, 1', phone: '+79001234567' });
    },
  );

  it.each([
    ApplicationStatus.Submitted,
    ApplicationStatus.Shortlisted,
    ApplicationStatus.InBatch,
    ApplicationStatus.Refused,
    ApplicationStatus.Withdrawn,
  ])('keeps them back while %s', (status) => {
    const [view] = toMyApplicationViews([anApplication(status)], [], expected);
    expect(view.employer).toBeNull();
    expect(view.vacancy.companyName).toBe('ООО «Строймонтаж»');
  });

  it('says when and why a letter was revoked, and gives no employer to go to then', () => {
    const revoked = new Map([['a1', { revokedAt: new Date('2026-03-12T09:30:00Z'), category: LetterRevocationCategory.Fraud }]]);
    const [view] = toMyApplicationViews([anApplication(ApplicationStatus.Approved)], [], expected, revoked);
    expect(view.letterRevoked).toEqual({ at: '2026-03-12T09:30:00.000Z', category: 'FRAUD' });
    expect(view.employer).toBeNull();
    expect(toMyApplicationViews([anApplication(ApplicationStatus.Approved)], [], expected)[0].letterRevoked).toBeNull();
  });
});
