/** RFC 9457 problem details: the one error shape of the API. */

/** One invalid field: `code` is a translation key, `params` fill its placeholders. */
export interface FieldError {
  field: string;
  code: string;
  params?: Record<string, string | number>;
  message: string;
}

export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  /** Translation key of `detail`, so the web can say it in the user's language. */
  code: string;
  params?: Record<string, string | number>;
  requestId?: string;
  errors?: FieldError[];
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';
