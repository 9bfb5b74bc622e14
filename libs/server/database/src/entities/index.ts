import { AccountEntity } from './account.entity';
import { AuditEventEntity } from './audit-event.entity';
import { OriginCountryEntity } from './origin-country.entity';
import { RefreshTokenEntity } from './refresh-token.entity';

export { AccountEntity, AuditEventEntity, OriginCountryEntity, RefreshTokenEntity };

/** Every entity, listed explicitly: bundled apps cannot glob for them. */
export const ALL_ENTITIES = [AccountEntity, RefreshTokenEntity, OriginCountryEntity, AuditEventEntity];
