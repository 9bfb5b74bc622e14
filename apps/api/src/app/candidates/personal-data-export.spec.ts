import { ApplicationStatus, ChecklistItemKind, ChecklistItemStatus, Role } from '@jumush/domain';
import { AccountEntity, ApplicationEntity, ApplicationEventEntity, CandidateProfileEntity, ChecklistItemEntity } from '@jumush/server/database';
import { personalDataExport } from './personal-data-export';

const createdAt = new Date('2026-01-01T00:00:00.000Z');
const account = Object.assign(new AccountEntity(), {
  id: 'account-1',
  role: Role.Migrant,
  phone: '+996700123456',
  email: null,
  locale: 'ky',
  passwordHash: 'secret-hash',
  createdAt,
});
const profile = Object.assign(new CandidateProfileEntity(), {
  id: 'profile-1',
  surname: 'Асанов',
  passportNumberEncrypted: 'ciphertext',
  passportNumberIndex: 'blind-index',
});
const application = (id: string, title: string) =>
  Object.assign(new ApplicationEntity(), {
    id,
    vacancyId: `v-${id}`,
    vacancy: { title },
    status: ApplicationStatus.Withdrawn,
    note: null,
    createdAt,
  });
const event = (applicationId: string, toStatus: ApplicationStatus) =>
  Object.assign(new ApplicationEventEntity(), {
    applicationId,
    fromStatus: null,
    toStatus,
    actorRole: Role.Migrant,
    reason: null,
    createdAt,
    actorId: 'x',
  });

describe('personalDataExport', () => {
  const exported = personalDataExport({
    account,
    profile,
    passportNumber: 'AC1234567',
    checklist: [
      Object.assign(new ChecklistItemEntity(), {
        kind: ChecklistItemKind.PoliceClearance,
        status: ChecklistItemStatus.Done,
        completedOn: '2026-01-02',
        validUntil: null,
        documentKey: 'files/secret-key.pdf',
        documentType: 'application/pdf',
        updatedAt: createdAt,
      }),
    ],
    applications: [application('a1', 'Сварщик'), application('a2', 'Повар')],
    events: [event('a1', ApplicationStatus.Submitted), event('a2', ApplicationStatus.Submitted), event('a1', ApplicationStatus.Withdrawn)],
    exportedAt: new Date('2026-03-06T10:00:00.000Z'),
  });

  it('gives the passport number in clear and neither its ciphertext nor its index', () => {
    expect(exported['exportedAt']).toBe('2026-03-06T10:00:00.000Z');
    expect(exported['profile']).toEqual({ id: 'profile-1', surname: 'Асанов', passportNumber: 'AC1234567' });
    expect(JSON.stringify(exported)).not.toMatch(/ciphertext|blind-index|secret-hash|secret-key/);
  });

  it('puts each application with its own timeline, in order', () => {
    const applications = exported['applications'] as Array<{ id: string; vacancy: { title: string }; timeline: Array<{ toStatus: string }> }>;
    expect(applications.map((item) => [item.id, item.vacancy.title, item.timeline.map((entry) => entry.toStatus)])).toEqual([
      ['a1', 'Сварщик', [ApplicationStatus.Submitted, ApplicationStatus.Withdrawn]],
      ['a2', 'Повар', [ApplicationStatus.Submitted]],
    ]);
  });
});
