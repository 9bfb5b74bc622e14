import { HttpErrorResponse, HttpHeaders } from '@angular/common/http';
import { PASSWORD_MIN_LENGTH } from '@jumush/contracts/client';
import { toUiProblem, uploadProblemOf } from './problem';

function httpError(status: number, body: unknown, headers?: Record<string, string>): HttpErrorResponse {
  return new HttpErrorResponse({ status, error: body, headers: new HttpHeaders(headers ?? {}), url: '/api/x' });
}

describe('toUiProblem', () => {
  it('keeps the code, params and field errors of a problem+json body', () => {
    const problem = toUiProblem(
      httpError(400, {
        type: 'about:blank',
        title: 'Bad Request',
        status: 400,
        code: 'validation.failed',
        errors: [{ field: 'fullName', code: 'validation.length', params: { min: 2, max: 120 }, message: 'x' }],
      }),
    );
    expect(problem).toEqual({
      status: 400,
      code: 'validation.failed',
      params: {},
      fieldErrors: [{ field: 'fullName', code: 'validation.length', params: { min: 2, max: 120 }, message: 'x' }],
    });
  });

  it('says "no connection" when the server cannot be reached', () => {
    expect(toUiProblem(httpError(0, new ProgressEvent('error'))).code).toBe('http.network');
  });

  it('falls back on the status when the body is not a problem or its code is unknown', () => {
    expect(toUiProblem(httpError(502, '<html>Bad gateway</html>')).code).toBe('http.unavailable');
    expect(toUiProblem(httpError(500, { code: 'something.new' })).code).toBe('http.internal');
    expect(toUiProblem(httpError(404, null)).code).toBe('http.notFound');
    expect(toUiProblem(new Error('boom')).code).toBe('http.unknown');
  });

  it('maps an unknown field error code to a generic one', () => {
    const problem = toUiProblem(httpError(400, { code: 'validation.failed', errors: [{ field: 'a', code: 'weird' }] }));
    expect(problem.fieldErrors[0]).toMatchObject({ field: 'a', code: 'validation.invalid' });
  });

  it('fills the password length the API left out', () => {
    const problem = toUiProblem(httpError(400, { code: 'validation.failed', errors: [{ field: 'password', code: 'password.tooShort' }] }));
    expect(problem.fieldErrors[0].params).toEqual({ min: PASSWORD_MIN_LENGTH });
  });

  it('takes the wait of a 429 from params, else from Retry-After, else says "later"', () => {
    expect(toUiProblem(httpError(429, { code: 'auth.tooManyAttempts', params: { retryAfterSeconds: 30 } }))).toMatchObject({
      code: 'auth.tooManyAttempts',
      params: { retryAfterSeconds: 30, retryAfterMinutes: 1 },
    });
    expect(toUiProblem(httpError(429, { code: 'auth.tooManyAttempts', params: { retryAfterSeconds: 386 } })).params).toMatchObject({
      retryAfterMinutes: 7,
    });
    expect(toUiProblem(httpError(429, { code: 'auth.tooManyAttempts' }, { 'Retry-After': '12' }))).toMatchObject({
      code: 'auth.tooManyAttempts',
      params: { retryAfterSeconds: 12, retryAfterMinutes: 1 },
    });
    expect(toUiProblem(httpError(429, { code: 'auth.tooManyAttempts' })).code).toBe('auth.tooManyAttemptsLater');
  });
});

describe('uploadProblemOf', () => {
  it("shows the API's error on the file field (the quota, with its numbers), else the problem itself", () => {
    const params = { usedMegabytes: 48, quotaMegabytes: 50 };
    const quota = toUiProblem(
      httpError(413, { code: 'document.quotaExceeded', params, errors: [{ field: 'file', code: 'document.quotaExceeded', params, message: 'x' }] }),
    );
    expect(uploadProblemOf(quota)).toMatchObject({ status: 413, code: 'document.quotaExceeded', params });
    const tooLarge = toUiProblem(httpError(413, { code: 'document.tooLarge', params: { maxMegabytes: 10 } }));
    expect(uploadProblemOf(tooLarge)).toBe(tooLarge);
  });
});
