/**
 * The client address the API acts on (the sign-in limit per address) is the one it can trust: a client cannot pick
 * it with a forged X-Forwarded-For. Each test connects from an address of its own in 127.0.0.0/8 (all loopback on
 * Linux), so the limit's counter is not shared with other tests.
 */
import { randomInt } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { startTestApi, uniqueClientIp, uniqueKyrgyzPhone, type TestApi } from '../../testing/test-api';

/** A loopback address no other test connects from. */
const uniqueLoopback = () => `127.${randomInt(1, 255)}.${randomInt(0, 255)}.${randomInt(1, 254)}`;

/** A failed sign-in (unknown login) sent from `from`, with the X-Forwarded-For given; the status. */
function failedSignIn(api: TestApi, from: string, forwardedFor: string): Promise<number> {
  const url = new URL(`${api.baseUrl}/api/auth/login`);
  const body = JSON.stringify({ login: uniqueKyrgyzPhone(), password: 'wrong-password-1' });
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        localAddress: from,
        // A fresh connection from `from`, closed after the answer: no pooled socket outlives the test.
        agent: false,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), 'x-forwarded-for': forwardedFor },
      },
      (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode ?? 0));
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

/** Four failed sign-ins from one connection address, each with the X-Forwarded-For `forwardedFor(i)` gives. */
async function fourFailures(api: TestApi, forwardedFor: (attempt: number) => string): Promise<number[]> {
  const from = uniqueLoopback();
  const statuses: number[] = [];
  for (let attempt = 0; attempt < 4; attempt++) statuses.push(await failedSignIn(api, from, forwardedFor(attempt)));
  return statuses;
}

const LIMITED = [401, 401, 401, 429];
const NOT_LIMITED = [401, 401, 401, 401];

describe('the client address behind TRUSTED_PROXIES', () => {
  describe('by default nobody is trusted', () => {
    let api: TestApi;
    beforeAll(async () => {
      api = await startTestApi({ TRUSTED_PROXIES: '', LOGIN_ATTEMPTS_PER_IP: '3' });
    });
    afterAll(() => api.close());

    it('counts a client that forges a new X-Forwarded-For on every attempt by its real address', async () => {
      expect(await fourFailures(api, () => uniqueClientIp())).toEqual(LIMITED);
    });
  });

  describe('a hop count trusts that many proxies in front', () => {
    let api: TestApi;
    beforeAll(async () => {
      api = await startTestApi({ TRUSTED_PROXIES: '1', LOGIN_ATTEMPTS_PER_IP: '3' });
    });
    afterAll(() => api.close());

    it('takes the address the proxy appended, not the left-most one the client sent', async () => {
      const client = uniqueClientIp();
      expect(await fourFailures(api, () => `${uniqueClientIp()}, ${client}`)).toEqual(LIMITED);
    });

    it('tells clients behind the proxy apart', async () => {
      expect(await fourFailures(api, () => uniqueClientIp())).toEqual(NOT_LIMITED);
    });
  });

  describe('a list of ranges trusts exactly those', () => {
    let api: TestApi;
    beforeAll(async () => {
      api = await startTestApi({ TRUSTED_PROXIES: '127.0.0.0/8', LOGIN_ATTEMPTS_PER_IP: '3' });
    });
    afterAll(() => api.close());

    it('believes a proxy in the range', async () => {
      expect(await fourFailures(api, () => uniqueClientIp())).toEqual(NOT_LIMITED);
      const client = uniqueClientIp();
      expect(await fourFailures(api, () => `${uniqueClientIp()}, ${client}`)).toEqual(LIMITED);
    });
  });

  describe('a range the connection is not in', () => {
    let api: TestApi;
    beforeAll(async () => {
      api = await startTestApi({ TRUSTED_PROXIES: '192.0.2.0/24,2001:db8::/32', LOGIN_ATTEMPTS_PER_IP: '3' });
    });
    afterAll(() => api.close());

    it('ignores X-Forwarded-For from anyone else', async () => {
      expect(await fourFailures(api, () => uniqueClientIp())).toEqual(LIMITED);
    });
  });
});
