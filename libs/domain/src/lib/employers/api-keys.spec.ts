import { API_KEY_SCOPES, apiKeyHint, apiKeyStanding, formatApiKey, isApiKeyScope, normalizeScopes, parseApiKey } from './api-keys';

const KEY_ID = '0f8fad5b-d9cb-469f-a165-70867728950e';
const RANDOM = 'A'.repeat(21) + '-_' + 'z9'.repeat(10);

describe('API key tokens', () => {
  it('formats the id without dashes after the prefix, then the random part', () => {
    expect(formatApiKey(KEY_ID, RANDOM)).toBe(`jmk_0f8fad5bd9cb469fa16570867728950e_${RANDOM}`);
  });

  it('parses back the id it was formatted from', () => {
    const token = formatApiKey(KEY_ID, RANDOM);
    expect(parseApiKey(token)).toEqual({ keyId: KEY_ID, token });
  });

  it.each([
    ['empty', ''],
    ['a JWT', 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.sig'],
    ['no prefix', `0f8fad5bd9cb469fa16570867728950e_${RANDOM}`],
    ['upper-case id', `jmk_0F8FAD5BD9CB469FA16570867728950E_${RANDOM}`],
    ['short random part', `jmk_0f8fad5bd9cb469fa16570867728950e_${RANDOM.slice(1)}`],
    ['long random part', `jmk_0f8fad5bd9cb469fa16570867728950e_${RANDOM}x`],
    ['padding', `jmk_0f8fad5bd9cb469fa16570867728950e_${RANDOM.slice(1)}=`],
    ['trailing space', `jmk_0f8fad5bd9cb469fa16570867728950e_${RANDOM} `],
  ])('refuses a token that is not shaped like a key (%s)', (_name, token) => {
    expect(parseApiKey(token)).toBeNull();
  });

  it('hints at a key by its prefix and the start of its id', () => {
    expect(apiKeyHint(KEY_ID)).toBe('jmk_0f8fad5b…');
  });
});

describe('apiKeyStanding', () => {
  const now = new Date('2027-03-01T12:00:00Z');
  const before = new Date('2027-03-01T11:59:59Z');
  const after = new Date('2027-03-01T12:00:01Z');

  it.each([
    [null, null, 'ACTIVE'],
    [null, after, 'ACTIVE'],
    [null, now, 'EXPIRED'],
    [null, before, 'EXPIRED'],
    [before, null, 'REVOKED'],
    [before, after, 'REVOKED'],
    [before, before, 'REVOKED'],
  ] as const)('revoked %s, expiring %s: %s', (revokedAt, expiresAt, standing) => {
    expect(apiKeyStanding({ revokedAt, expiresAt }, now)).toBe(standing);
  });
});

describe('scopes', () => {
  it('knows exactly the three scopes', () => {
    expect(API_KEY_SCOPES).toEqual(['vacancies:read', 'vacancies:write', 'applicants:read']);
    for (const scope of API_KEY_SCOPES) expect(isApiKeyScope(scope)).toBe(true);
    expect(isApiKeyScope('vacancies:delete')).toBe(false);
    expect(isApiKeyScope(1)).toBe(false);
  });

  it('normalizes to the declared order, each once, dropping unknown ones', () => {
    expect(normalizeScopes(['applicants:read', 'vacancies:read', 'applicants:read', 'admin'])).toEqual(['vacancies:read', 'applicants:read']);
  });
});
