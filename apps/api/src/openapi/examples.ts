/** Examples of the document: built from each schema (a property's JSDoc `@example` wins), and problem+json by status. */
import { COMPONENT_REF_PREFIX, type JsonSchema } from './type-schemas';

/** Plausible values by property name, where the type alone would say "string". */
const BY_NAME: [RegExp, unknown][] = [
  [/^phone$|Phone$/, '+996555000001'],
  [/^email$|Email$/, 'aida@example.kg'],
  [/password/i, 'correct-horse-42'],
  [/^inn$/i, '7707083893'],
  [/^ogrn$/i, '1027700132195'],
  [/^(locale|language)$/, 'ky'],
  [/country$/i, 'KG'],
  [/Roubles$/, 50000],
  [/^(page)$/, 1],
  [/^(pageSize)$/, 20],
];

const FORMATS: Record<string, string> = {
  uuid: '3fa85f64-5717-4562-b3fc-2c963f66afa6',
  'date-time': '2026-03-01T09:30:00.000Z',
  date: '2026-03-01',
  email: 'aida@example.kg',
  uri: 'https://jumush.kg/',
  binary: '(binary)',
};

export function exampleOf(schema: JsonSchema, components: ReadonlyMap<string, JsonSchema>, name = '', depth = 0): unknown {
  if ('example' in schema) return schema['example'];
  const ref = schema['$ref'];
  if (typeof ref === 'string') {
    if (depth > 6) return undefined;
    return exampleOf(components.get(ref.slice(COMPONENT_REF_PREFIX.length)) ?? {}, components, name, depth + 1);
  }
  if (Array.isArray(schema['enum'])) return schema['enum'].find((value) => value !== null) ?? null;
  const options = (schema['anyOf'] ?? schema['oneOf']) as JsonSchema[] | undefined;
  if (options) return exampleOf(options.find((option) => option['type'] !== 'null') ?? options[0], components, name, depth);
  const types = ([] as unknown[]).concat(schema['type'] ?? []).filter((type) => type !== 'null');
  const type = types[0];
  const named = BY_NAME.find(([pattern]) => pattern.test(name))?.[1];
  switch (type) {
    case 'string': {
      if (typeof schema['format'] === 'string' && FORMATS[schema['format']]) return FORMATS[schema['format']];
      if (typeof named === 'string') return named;
      if (/At$/.test(name)) return FORMATS['date-time'];
      if (/Date$|^date$/.test(name)) return FORMATS['date'];
      return typeof schema['minLength'] === 'number' && schema['minLength'] > 6 ? 'x'.repeat(schema['minLength']) : name || 'text';
    }
    case 'integer':
    case 'number':
      if (typeof named === 'number') return named;
      return typeof schema['minimum'] === 'number' ? schema['minimum'] : 1;
    case 'boolean':
      return true;
    case 'array': {
      const items = (schema['items'] ?? {}) as JsonSchema;
      if (Array.isArray(schema['prefixItems']))
        return (schema['prefixItems'] as JsonSchema[]).map((item) => exampleOf(item, components, name, depth + 1));
      return depth > 6 ? [] : [exampleOf(items, components, name.replace(/s$/, ''), depth + 1)];
    }
    case 'object': {
      if (depth > 6) return {};
      const properties = (schema['properties'] ?? {}) as Record<string, JsonSchema>;
      return Object.fromEntries(Object.entries(properties).map(([key, property]) => [key, exampleOf(property, components, key, depth + 1)]));
    }
    default:
      return null;
  }
}

const problem = (status: number, title: string, code: string, detail: string, extra: Record<string, unknown> = {}) => ({
  type: 'about:blank',
  title,
  status,
  code,
  detail,
  requestId: '8c3a1f0e-5b1d-4c55-9d43-2f1c0a7e9b21',
  ...extra,
});

export const PROBLEM_EXAMPLES: Record<number, unknown> = {
  400: problem(400, 'Bad Request', 'validation.failed', 'Some fields are invalid.', {
    errors: [{ field: 'email', code: 'validation.isEmail', message: 'email must be an email' }],
  }),
  401: problem(401, 'Unauthorized', 'auth.unauthenticated', 'Sign in to continue.'),
  403: problem(403, 'Forbidden', 'auth.forbidden', 'This account may not do this.'),
  404: problem(404, 'Not Found', 'http.notFound', 'Not found.'),
  409: problem(409, 'Conflict', 'workflow.transitionNotAllowed', 'This is not possible in the current status.', {
    params: { from: 'DRAFT', to: 'APPROVED' },
  }),
  429: problem(429, 'Too Many Requests', 'auth.tooManyAttempts', 'Too many attempts; try again later.'),
};
