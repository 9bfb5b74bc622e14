import { ApiConfig } from './api-config';
import { ConfigurationError, loadConfig } from './load-config';
import { parseTrustedProxies } from './trusted-proxies';

const valid = {
  DATABASE_URL: 'postgres://u:p@127.0.0.1:5432/jumush',
  REDIS_URL: 'redis://127.0.0.1:6379',
  JWT_ACCESS_SECRET: 'x'.repeat(32),
  PASSPORT_ENCRYPTION_KEYS: `k1:${Buffer.alloc(32, 1).toString('base64')}`,
  PASSPORT_BLIND_INDEX_KEY: Buffer.alloc(32, 2).toString('base64'),
};

function problemsOf(env: NodeJS.ProcessEnv): string[] {
  try {
    loadConfig(ApiConfig, env);
  } catch (error) {
    if (error instanceof ConfigurationError) return error.problems;
    throw error;
  }
  return [];
}

describe('parseTrustedProxies', () => {
  it.each<[string | undefined, ReturnType<typeof parseTrustedProxies>]>([
    [undefined, false],
    ['', false],
    ['0', false],
    ['1', 1],
    ['2', 2],
    ['10', 10],
    ['11', null],
    ['-1', null],
    ['true', null],
    ['loopback', null],
    ['127.0.0.1', ['127.0.0.1']],
    ['10.0.0.0/8, 192.168.1.0/24', ['10.0.0.0/8', '192.168.1.0/24']],
    ['::1,fd00::/8', ['::1', 'fd00::/8']],
    ['10.0.0.0/33', null],
    ['::/129', null],
    ['10.0.0.0/8/1', null],
    ['10.0.0.0/x', null],
    ['10.0.0.256', null],
    ['10.0.0.0/8,', null],
    ['*', null],
  ])('%j → %j', (value, expected) => expect(parseTrustedProxies(value)).toEqual(expected));
});

describe('TRUSTED_PROXIES in the API configuration', () => {
  it('trusts nobody by default', () => {
    expect(loadConfig(ApiConfig, valid).trustProxy).toBe(false);
  });

  it('reads a hop count or a list of ranges', () => {
    expect(loadConfig(ApiConfig, { ...valid, TRUSTED_PROXIES: '1' }).trustProxy).toBe(1);
    expect(loadConfig(ApiConfig, { ...valid, TRUSTED_PROXIES: '10.0.0.0/8,::1' }).trustProxy).toEqual(['10.0.0.0/8', '::1']);
  });

  it('stops the start on a malformed value, naming the variable', () => {
    expect(problemsOf({ ...valid, TRUSTED_PROXIES: 'true' }).join('\n')).toMatch(/^TRUSTED_PROXIES: .*hop count/);
  });

  it('refuses the old TRUST_PROXY, which believed the address the client chose, and names its successor', () => {
    expect(problemsOf({ ...valid, TRUST_PROXY: 'true' }).join('\n')).toMatch(/^TRUST_PROXY: .*TRUSTED_PROXIES/);
    expect(problemsOf({ ...valid, TRUST_PROXY: '' })).toEqual([]);
  });
});
