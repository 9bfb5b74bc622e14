/** The 400 a candidate's form gets for one field, in the shape the web shows beside that field. */
import { ProblemException } from '../http/problem';

export const fieldProblem = (field: string, code: string, params?: Record<string, string | number>) =>
  new ProblemException(400, {
    code: 'validation.failed',
    errors: [{ field, code, message: code, ...(params ? { params } : {}) }],
  });
