import { Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { QueryFailedError } from 'typeorm';
import { loggableError, sendProblem } from './problem-details.filter';

const EMAIL = 'victim@example.kg';
const HASH = '$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA';

/** A failed INSERT as TypeORM raises it: the statement, its parameters, and the pg driver's error. */
function failedInsert(): QueryFailedError {
  const driverError = Object.assign(new Error('duplicate key value violates unique constraint "uq_accounts_email"'), {
    code: '23505',
    constraint: 'uq_accounts_email',
    table: 'accounts',
    detail: `Key (email)=(${EMAIL}) already exists.`,
    parameters: [EMAIL, HASH, 'Айбек'],
  });
  return new QueryFailedError(
    'INSERT INTO "accounts"("email", "password_hash", "full_name") VALUES ($1, $2, $3)',
    [EMAIL, HASH, 'Айбек'],
    driverError,
  );
}

describe('DB errors in the log', () => {
  it('keeps the statement, the code and the constraint, and drops the parameters and the detail', () => {
    const logged = loggableError(failedInsert()) as Error & Record<string, unknown>;
    expect(logged).toBeInstanceOf(Error);
    expect(logged.message).toContain('uq_accounts_email');
    expect(logged).toMatchObject({ code: '23505', constraint: 'uq_accounts_email', table: 'accounts', query: expect.stringContaining('$1') });
    const text = JSON.stringify({ ...logged, message: logged.message, stack: logged.stack });
    for (const secret of [EMAIL, HASH, 'Айбек']) expect(text).not.toContain(secret);
  });

  it('leaves other errors as they are', () => {
    const error = new Error('boom');
    expect(loggableError(error)).toBe(error);
  });

  it('the problem filter logs a failed query without its parameters and answers 500 without internals', () => {
    const logger = new Logger('test');
    const logged: unknown[] = [];
    jest.spyOn(logger, 'error').mockImplementation((message: unknown) => void logged.push(message));
    let body = '';
    const response = {
      headersSent: false,
      setHeader: () => response,
      status: () => response,
      type: () => response,
      send: (text: string) => {
        body = text;
        return response;
      },
    } as unknown as Response;
    sendProblem(failedInsert(), { id: 'req-1', originalUrl: '/api/auth/register/employer' } as unknown as Request, response, logger);
    expect(logged).toHaveLength(1);
    const text = JSON.stringify(logged[0], (_key, value: unknown) => (value instanceof Error ? { ...value, message: value.message } : value));
    expect(text).toContain('uq_accounts_email');
    for (const secret of [EMAIL, HASH]) {
      expect(text).not.toContain(secret);
      expect(body).not.toContain(secret);
    }
    expect(JSON.parse(body)).toMatchObject({ status: 500, code: 'http.internal' });
  });
});
