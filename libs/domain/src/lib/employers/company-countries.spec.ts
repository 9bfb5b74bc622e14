import { Role, type Actor } from '../accounts/role';
import {
  companyDecisionScope,
  companyStandingSummary,
  companyStatusAnywhere,
  companyStatusIn,
  defaultOpenTo,
  globalBlockProblem,
  isCompanyVerifiedFor,
  isOpenToCitizen,
  openToProblem,
  relianceProblem,
  reliableCountriesFor,
  verifiedCountriesOf,
} from './company-countries';
import { CompanyStatus, type CompanyDecision } from './company-verification';

const { Pending, Verified, Rejected, Suspended } = CompanyStatus;
const actor = (role: Role, originCountry: string | null = null): Actor => ({ id: 'a1', role, originCountry });
const DECISIONS: CompanyDecision[] = ['verify', 'reject', 'suspend', 'reinstate'];

describe('a company verified for a country', () => {
  it.each([
    // blocked, status of the country → verified for it
    [null, Verified, true],
    [null, Pending, false],
    [null, Rejected, false],
    [null, Suspended, false],
    [null, undefined, false],
    ['2026-01-01T00:00:00Z', Verified, false],
  ] as const)('blocked %s, country %s: %s', (blockedAt, status, expected) => {
    expect(isCompanyVerifiedFor({ blockedAt }, status ? { status } : undefined)).toBe(expected);
  });

  it('lists the verified countries in code order, none while blocked', () => {
    const standings = [
      { country: 'UZ', status: Verified },
      { country: 'TJ', status: Suspended },
      { country: 'KG', status: Verified },
    ];
    expect(verifiedCountriesOf({ blockedAt: null }, standings)).toEqual(['KG', 'UZ']);
    expect(verifiedCountriesOf({ blockedAt: new Date() }, standings)).toEqual([]);
  });
});

describe('the status that counts', () => {
  const standings = [
    { country: 'KG', status: Verified },
    { country: 'UZ', status: Suspended },
  ];

  it.each([
    [null, 'KG', Verified],
    [null, 'UZ', Suspended],
    [null, 'TJ', Pending],
    ['2026-01-01T00:00:00Z', 'KG', Suspended],
  ] as const)('blocked %s, in %s: %s', (blockedAt, country, expected) => {
    expect(companyStatusIn({ blockedAt }, standings, country)).toBe(expected);
  });

  it.each([
    [[Pending, Verified, Suspended], null, Verified],
    [[Pending, Suspended, Rejected], null, Suspended],
    [[Pending, Rejected], null, Rejected],
    [[Pending], null, Pending],
    [[], null, Pending],
    [[Verified], '2026-01-01T00:00:00Z', Suspended],
  ] as const)('anywhere among %j, blocked %s: %s', (statuses, blockedAt, expected) => {
    const rows = statuses.map((status, index) => ({ country: ['KG', 'UZ', 'TJ'][index] ?? 'KG', status }));
    expect(companyStatusAnywhere({ blockedAt }, rows)).toBe(expected);
  });
});

describe("the employer's summary", () => {
  const row = (country: string, status: CompanyStatus, statusReason: string | null = null) => ({
    country,
    status,
    statusReason,
    statusChangedAt: `2026-0${['KG', 'UZ', 'TJ'].indexOf(country) + 1}-01T00:00:00.000Z`,
  });

  it.each([
    [
      'verified somewhere',
      null,
      [row('KG', Verified), row('UZ', Rejected, 'Нет лицензии')],
      { status: Verified, reason: null, changedAt: '2026-01-01T00:00:00.000Z', rejectedSomewhere: true },
    ],
    [
      'suspended, nowhere verified',
      null,
      [row('KG', Suspended, 'Жалобы'), row('UZ', Pending)],
      { status: Suspended, reason: 'Жалобы', changedAt: '2026-01-01T00:00:00.000Z', rejectedSomewhere: false },
    ],
    [
      'rejected',
      null,
      [row('KG', Pending), row('UZ', Rejected, 'Нет лицензии')],
      { status: Rejected, reason: 'Нет лицензии', changedAt: '2026-02-01T00:00:00.000Z', rejectedSomewhere: true },
    ],
    [
      'nobody decided',
      null,
      [row('KG', Pending)],
      { status: Pending, reason: null, changedAt: '2026-01-01T00:00:00.000Z', rejectedSomewhere: false },
    ],
    [
      'blocked',
      { at: '2026-05-01T00:00:00.000Z', reason: 'Подлог' },
      [row('KG', Verified)],
      { status: Suspended, reason: 'Подлог', changedAt: '2026-05-01T00:00:00.000Z', rejectedSomewhere: false },
    ],
  ] as const)('%s', (_name, blocked, standings, expected) => {
    expect(companyStandingSummary({ blocked }, standings)).toEqual(expected);
  });
});

describe('who a decision on a company is for', () => {
  it.each([
    [Role.Attache, 'UZ', 'verify', { kind: 'country', country: 'UZ' }],
    [Role.Attache, 'UZ', 'reject', { kind: 'country', country: 'UZ' }],
    [Role.Attache, 'UZ', 'suspend', { kind: 'country', country: 'UZ' }],
    [Role.Attache, 'UZ', 'reinstate', { kind: 'country', country: 'UZ' }],
    [Role.Attache, null, 'verify', null],
    [Role.Admin, null, 'verify', null],
    [Role.Admin, null, 'reject', null],
    [Role.Admin, null, 'suspend', { kind: 'global' }],
    [Role.Admin, null, 'reinstate', { kind: 'global' }],
    [Role.Employer, null, 'suspend', null],
    [Role.Migrant, 'KG', 'verify', null],
  ] as const)('%s of %s deciding %s: %j', (role, country, decision, expected) => {
    expect(companyDecisionScope(actor(role, country), decision)).toEqual(expected);
  });

  it.each(DECISIONS.flatMap((decision) => [false, true].map((blocked) => [decision, blocked] as const)))(
    "the admin's global block: %s while blocked=%s",
    (decision, blocked) => {
      const legal = (decision === 'suspend' && !blocked) || (decision === 'reinstate' && blocked);
      expect(globalBlockProblem(blocked, decision)).toBe(legal ? null : 'transition.illegal');
    },
  );
});

describe("relying on another country's verification", () => {
  it.each([
    ['UZ', 'KG', Verified, null],
    ['UZ', 'KG', Pending, 'company.relianceNotVerified'],
    ['UZ', 'KG', Suspended, 'company.relianceNotVerified'],
    ['UZ', 'KG', Rejected, 'company.relianceNotVerified'],
    ['UZ', 'KG', undefined, 'company.relianceNotVerified'],
    ['UZ', 'UZ', Verified, 'company.relianceOnOwnCountry'],
  ] as const)('%s relying on %s (%s): %s', (own, on, status, expected) => {
    expect(relianceProblem(own, status ? { country: on, status } : undefined, on)).toBe(expected);
  });

  it('offers the other countries that verified the company', () => {
    const standings = [
      { country: 'KG', status: Verified },
      { country: 'TJ', status: Suspended },
      { country: 'UZ', status: Verified },
    ];
    expect(reliableCountriesFor('UZ', standings)).toEqual(['KG']);
    expect(reliableCountriesFor('TJ', standings)).toEqual(['KG', 'UZ']);
  });
});

describe('the countries a vacancy is open to', () => {
  it.each([
    [['KG'], ['KG', 'UZ'], null],
    [['KG', 'UZ'], ['KG', 'UZ'], null],
    [[], ['KG'], { code: 'vacancy.openToEmpty' }],
    [['TJ', 'UZ', 'KG'], ['KG'], { code: 'vacancy.openToNotVerified', countries: ['TJ', 'UZ'] }],
  ] as const)('%j among verified %j: %j', (openTo, verified, expected) => {
    expect(openToProblem(openTo, verified)).toEqual(expected);
  });

  it('defaults to every verified country, once each, in code order', () => {
    expect(defaultOpenTo(['UZ', 'KG', 'UZ'])).toEqual(['KG', 'UZ']);
  });

  it.each([
    [['KG', 'UZ'], 'UZ', true],
    [['KG'], 'UZ', false],
    [['KG'], null, false],
  ] as const)('open to %j, citizen of %s: %s', (openTo, citizenship, expected) => {
    expect(isOpenToCitizen(openTo, citizenship)).toBe(expected);
  });
});
