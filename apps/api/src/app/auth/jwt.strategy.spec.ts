import { sign, verify } from 'jsonwebtoken';
import { ACCESS_TOKEN_AUDIENCE, accessTokenKey } from './jwt.strategy';

describe('accessTokenKey', () => {
  const secret = 'bG9uZy1lbm91Z2gtc2VjcmV0LWZvci10aGUtdGVzdHMtMDEyMzQ1Njc4OQ';
  const options = { algorithm: 'HS256', audience: ACCESS_TOKEN_AUDIENCE } as const;

  it('is the same HMAC key as the secret string: tokens signed before a deploy still verify, and the other way round', () => {
    const key = accessTokenKey(secret);
    expect(key.type).toBe('secret');
    const before = sign({ sub: 'account-1' }, secret, options);
    const after = sign({ sub: 'account-1' }, key, options);
    expect(verify(before, key, { algorithms: ['HS256'], audience: ACCESS_TOKEN_AUDIENCE })).toMatchObject({ sub: 'account-1' });
    expect(verify(after, secret, { algorithms: ['HS256'], audience: ACCESS_TOKEN_AUDIENCE })).toMatchObject({ sub: 'account-1' });
  });

  it('refuses a token signed with another secret', () => {
    const forged = sign({ sub: 'account-1' }, `${secret}x`, options);
    expect(() => verify(forged, accessTokenKey(secret), { algorithms: ['HS256'], audience: ACCESS_TOKEN_AUDIENCE })).toThrow('invalid signature');
  });
});
