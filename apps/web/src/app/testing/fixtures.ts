import { Locale, Role, type AccountView, type SessionView } from '@jumush/contracts/client';

/** Test data in the shapes of the contracts. */
export function anAccount(overrides: Partial<AccountView> = {}): AccountView {
  return {
    id: 'acc-1',
    role: Role.Migrant,
    phone: '+996555123456',
    email: null,
    fullName: null,
    originCountry: 'KG',
    locale: Locale.Kyrgyz,
    createdAt: '2026-01-01T00:00:00.000Z',
    ...overrides,
  };
}

export function aSession(token = 'access-1', account: AccountView = anAccount()): SessionView {
  return { accessToken: token, expiresIn: 900, account };
}

export const UNAUTHORIZED = { status: 401, statusText: 'Unauthorized' } as const;

export function problemBody(status: number, code: string, extra: Record<string, unknown> = {}) {
  return { type: 'about:blank', title: 'Problem', status, code, ...extra };
}
