/** A small fetch wrapper over the generated operations: `client.call('AuthController_login', { body })` is typed end to end. */
import { ROUTES, type Operations, type ProblemDetails } from './api.generated';

export type OperationId = keyof Operations;

/** No parameters: the generated `Record<string, never>` (or a type without keys). */
type IsEmpty<T> = string extends keyof T ? true : keyof T extends never ? true : false;

/** What a call of `id` needs: its path parameters and body when it has them, its query when wanted. */
export type CallOptions<K extends OperationId> = {
  token?: string;
  headers?: Record<string, string>;
  query?: Partial<Operations[K]['query']>;
} & (IsEmpty<Operations[K]['path']> extends true ? { path?: undefined } : { path: Operations[K]['path'] }) &
  (Operations[K]['body'] extends undefined ? { body?: undefined } : { body: Operations[K]['body'] });

export interface ClientOptions {
  /** Where the API is, e.g. http://localhost:3000 (paths start with /api). */
  baseUrl: string;
  /** Headers of every call (e.g. X-Forwarded-For in tests). */
  headers?: () => Record<string, string>;
  fetch?: typeof fetch;
}

/** A refused call: the status and the API's problem+json (or its text). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: ProblemDetails | string,
    label: string,
  ) {
    super(`${label} → ${status} ${typeof problem === 'string' ? problem : JSON.stringify(problem)}`);
  }
}

export interface ApiClient {
  call<K extends OperationId>(
    id: K,
    ...options: IsEmpty<Operations[K]['path']> extends true ? [CallOptions<K>?] : [CallOptions<K>]
  ): Promise<Operations[K]['response']>;
}

export function createClient(options: ClientOptions): ApiClient {
  const fetchImpl = options.fetch ?? fetch;
  return {
    async call(id, callOptions = {} as never) {
      const route = ROUTES[id];
      const { token, headers, query, path, body } = callOptions as CallOptions<OperationId> & { path?: Record<string, string>; body?: unknown };
      const url = new URL(
        route.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(String(path?.[name] ?? ''))),
        options.baseUrl,
      );
      for (const [name, value] of Object.entries(query ?? {})) if (value !== undefined && value !== null) url.searchParams.set(name, String(value));
      const isForm = typeof FormData !== 'undefined' && body instanceof FormData;
      const response = await fetchImpl(url, {
        method: route.method,
        headers: {
          ...(body !== undefined && !isForm ? { 'content-type': 'application/json' } : {}),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...options.headers?.(),
          ...headers,
        },
        body: body === undefined ? undefined : isForm ? (body as FormData) : JSON.stringify(body),
      });
      const label = `${route.method} ${url.pathname}`;
      if (!response.ok) {
        const text = await response.text();
        let problem: ProblemDetails | string = text;
        try {
          problem = JSON.parse(text) as ProblemDetails;
        } catch {
          // not JSON: keep the text
        }
        throw new ApiError(response.status, problem, label);
      }
      if (!route.json) return (response.status === 204 ? undefined : await response.blob()) as never;
      const text = await response.text();
      return (text ? JSON.parse(text) : undefined) as never;
    },
  };
}
