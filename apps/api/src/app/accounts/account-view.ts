import type { AccountView } from '@jumush/contracts';
import type { AccountEntity } from '@jumush/server/database';

export function toAccountView(account: AccountEntity): AccountView {
  return {
    id: account.id,
    role: account.role,
    phone: account.phone,
    email: account.email,
    fullName: account.fullName,
    originCountry: account.originCountry,
    coveredRegions: account.coveredRegions ?? null,
    locale: account.locale,
    emailVerifiedAt: account.emailVerifiedAt?.toISOString() ?? null,
    twoFactorEnabledAt: account.totpEnabledAt?.toISOString() ?? null,
    createdAt: account.createdAt.toISOString(),
  };
}
