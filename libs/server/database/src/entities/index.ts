import { AccountEntity } from './account.entity';
import { ApplicationEventEntity } from './application-event.entity';
import { ApplicationEntity } from './application.entity';
import { CandidateProfileEntity } from './candidate-profile.entity';
import { ChecklistItemEntity } from './checklist-item.entity';
import { OutboxMessageEntity } from './outbox-message.entity';
import { AuditEventEntity } from './audit-event.entity';
import { CompanyDocumentEntity } from './company-document.entity';
import { CompanyMemberEntity } from './company-member.entity';
import { CompanyEntity } from './company.entity';
import { OriginCountryEntity } from './origin-country.entity';
import { RefreshTokenEntity } from './refresh-token.entity';
import { VacancyRevisionEntity } from './vacancy-revision.entity';
import { VacancyEntity } from './vacancy.entity';

export { AccountEntity, ApplicationEntity, ApplicationEventEntity, CandidateProfileEntity, ChecklistItemEntity, OutboxMessageEntity, AuditEventEntity, CompanyDocumentEntity, CompanyEntity, CompanyMemberEntity, OriginCountryEntity, RefreshTokenEntity, VacancyEntity, VacancyRevisionEntity };

/** Every entity, listed explicitly: bundled apps cannot glob for them. */
export const ALL_ENTITIES = [AccountEntity, RefreshTokenEntity, OriginCountryEntity, AuditEventEntity, CompanyEntity, CompanyMemberEntity, CompanyDocumentEntity, VacancyEntity, VacancyRevisionEntity, CandidateProfileEntity, ChecklistItemEntity, ApplicationEntity, ApplicationEventEntity, OutboxMessageEntity];
