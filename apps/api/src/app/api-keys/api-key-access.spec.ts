import { presentedApiKey } from './api-key-access';

const KEY = `jmk_0f8fad5bd9cb469fa16570867728950e_${'A'.repeat(43)}`;

describe('presentedApiKey', () => {
  it('reads X-Api-Key whatever it holds, trimmed', () => {
    expect(presentedApiKey({ 'x-api-key': ` ${KEY} ` })).toBe(KEY);
    expect(presentedApiKey({ 'x-api-key': 'not-a-key' })).toBe('not-a-key');
  });

  it('reads a bearer token only when it starts like a key: a JWT stays a person’s', () => {
    expect(presentedApiKey({ authorization: `Bearer ${KEY}` })).toBe(KEY);
    expect(presentedApiKey({ authorization: 'Bearer eyJhbGciOiJIUzI1NiJ9.e30.sig' })).toBeUndefined();
    expect(presentedApiKey({ authorization: `Basic ${KEY}` })).toBeUndefined();
  });

  it('prefers X-Api-Key over Authorization, and finds nothing in a request without either', () => {
    expect(presentedApiKey({ 'x-api-key': KEY, authorization: 'Bearer eyJ.e30.sig' })).toBe(KEY);
    expect(presentedApiKey({})).toBeUndefined();
  });
});
