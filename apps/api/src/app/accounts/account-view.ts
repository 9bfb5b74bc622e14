import type { AccountView, AdminAccountView } from '@jumush/contracts';
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
    phoneVerifiedAt: account.phoneVerifiedAt?.toISOString() ?? null,
    twoFactorEnabledAt: account.totpEnabledAt?.toISOString() ?? null,
    createdAt: account.createdAt.toISOString(),
  };
}

/** What the admin's console shows of an account: its view and whether it may sign in. */
export function toAdminAccountView(account: AccountEntity): AdminAccountView {
  return { ...toAccountView(account), disabledAt: account.disabledAt?.toISOString() ?? null, supervisedCountries: account.supervisedCountries ?? [] };
}
