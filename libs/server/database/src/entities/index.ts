import { AccountEntity } from './account.entity';
import { ApprovalLetterEntity } from './batches/approval-letter.entity';
import { BatchDecisionEntity } from './batches/batch-decision.entity';
import { BatchItemEntity } from './batches/batch-item.entity';
import { BatchEntity } from './batches/batch.entity';
import { ApplicationEventEntity } from './application-event.entity';
import { ApplicationEntity } from './application.entity';
import { CandidateProfileEntity } from './candidate-profile.entity';
import { ChecklistItemEntity } from './checklist-item.entity';
import { OutboxMessageEntity } from './outbox-message.entity';
import { AuditEventEntity } from './audit-event.entity';
import { AuditHeadPublicationEntity } from './audit-head-publication.entity';
import { MinimumWageEntity } from './minimum-wage.entity';
import { CompanyDocumentEntity } from './company-document.entity';
import { CompanyCountryStatusEntity } from './company-country-status.entity';
import { CompanyMemberEntity } from './company-member.entity';
import { CompanyEntity } from './company.entity';
import { OriginCountryEntity } from './origin-country.entity';
import { OriginDistrictEntity } from './origin-district.entity';
import { OriginRegionEntity } from './origin-region.entity';
import { RefreshTokenEntity } from './refresh-token.entity';
import { VacancyRevisionEntity } from './vacancy-revision.entity';
import { VacancyEntity } from './vacancy.entity';
import { NOTIFICATION_ENTITIES } from './notifications';
import { CheckInEntity } from './after-arrival/check-in.entity';
import { GrievanceEntity } from './after-arrival/grievance.entity';
import { GrievanceMessageEntity } from './after-arrival/grievance-message.entity';
import { OccupationEntity } from './occupation.entity';

export * from './notifications';
export { ApprovalLetterEntity, BatchDecisionEntity, BatchItemEntity, BatchEntity };
export { CheckInEntity, GrievanceEntity, GrievanceMessageEntity };
export { OccupationEntity };
export {
  AccountEntity,
  ApplicationEntity,
  ApplicationEventEntity,
  CandidateProfileEntity,
  ChecklistItemEntity,
  OutboxMessageEntity,
  AuditEventEntity,
  AuditHeadPublicationEntity,
  MinimumWageEntity,
  CompanyDocumentEntity,
  CompanyCountryStatusEntity,
  CompanyEntity,
  CompanyMemberEntity,
  OriginCountryEntity,
  OriginDistrictEntity,
  OriginRegionEntity,
  RefreshTokenEntity,
  VacancyEntity,
  VacancyRevisionEntity,
};

/** Every entity, listed explicitly: bundled apps cannot glob for them. */
export const ALL_ENTITIES = [
  CheckInEntity,
  GrievanceEntity,
  GrievanceMessageEntity,
  AccountEntity,
  RefreshTokenEntity,
  OriginCountryEntity,
  OriginRegionEntity,
  OriginDistrictEntity,
  AuditEventEntity,
  AuditHeadPublicationEntity,
  MinimumWageEntity,
  CompanyEntity,
  CompanyCountryStatusEntity,
  CompanyMemberEntity,
  CompanyDocumentEntity,
  VacancyEntity,
  VacancyRevisionEntity,
  CandidateProfileEntity,
  ChecklistItemEntity,
  ApplicationEntity,
  ApplicationEventEntity,
  OutboxMessageEntity,
  BatchEntity,
  BatchItemEntity,
  BatchDecisionEntity,
  ApprovalLetterEntity,
  ...NOTIFICATION_ENTITIES,
  OccupationEntity,
];
