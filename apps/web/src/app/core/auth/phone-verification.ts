import { Role, type AccountView } from '@jumush/contracts/client';

/** True while the signed-in migrant has not proven the phone number (the API refuses applications until then). */
export function phoneUnverified(account: AccountView | null): boolean {
  return account?.role === Role.Migrant && account.phone !== null && !account.phoneVerifiedAt;
}
