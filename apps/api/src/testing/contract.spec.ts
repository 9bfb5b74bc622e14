import { assertResponseKeepsContract, documentedExample } from './contract';

const JSON_TYPE = 'application/json; charset=utf-8';
const PROBLEM_TYPE = 'application/problem+json; charset=utf-8';
const example = documentedExample;

describe('assertResponseKeepsContract', () => {
  it('accepts a response the contract describes', () => {
    expect(() => assertResponseKeepsContract('GET', '/api/auth/me', 200, JSON_TYPE, example('/api/auth/me', 'get', '200'))).not.toThrow();
    expect(() =>
      assertResponseKeepsContract('GET', '/api/auth/me', 401, PROBLEM_TYPE, {
        type: 'about:blank',
        title: 'Unauthorized',
        status: 401,
        code: 'auth.unauthenticated',
      }),
    ).not.toThrow();
  });

  it('names the route and what ajv found when the body does not match', () => {
    expect(() => assertResponseKeepsContract('GET', '/api/auth/me?x=1', 200, JSON_TYPE, { id: 5 })).toThrow(
      /GET \/api\/auth\/me → 200 \(AuthController_me\): the body does not match docs\/openapi\.json: .*(must have required property|must be string)/,
    );
  });

  it('refuses a property the contract does not have (no field leaks out unseen)', () => {
    const body = { ...(example('/api/auth/me', 'get', '200') as object), passwordHash: 'x' };
    expect(() => assertResponseKeepsContract('GET', '/api/auth/me', 200, JSON_TYPE, body)).toThrow(/must NOT have additional properties/);
  });

  it('refuses a status the operation does not declare, and an error that is not a problem', () => {
    expect(() => assertResponseKeepsContract('POST', '/api/auth/login', 201, JSON_TYPE, {})).toThrow(/declares no 201 response/);
    expect(() => assertResponseKeepsContract('GET', '/api/auth/me', 418, PROBLEM_TYPE, { message: 'teapot' })).toThrow(/must have required property/);
  });

  it('refuses a success on a route the contract does not know', () => {
    expect(() => assertResponseKeepsContract('GET', '/api/no-such-route', 200, JSON_TYPE, {})).toThrow(/not in docs\/openapi\.json/);
  });

  it('prefers a literal path over a template (/vacancies/mine is not /vacancies/{id})', () => {
    expect(() => assertResponseKeepsContract('GET', '/api/batches/mine', 200, JSON_TYPE, [])).not.toThrow();
  });
});
