/**
 * Every response an integration test receives, checked against the committed contract (docs/openapi.json) with ajv:
 * the status must be one the operation declares and a JSON body must match its schema. `TestApi.request` calls it,
 * so every int-spec is also a contract test.
 */
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { readCommittedOpenApi } from '../openapi/committed-document';

const DOCUMENT_ID = 'https://jumush.kg/openapi.json';

interface MediaType {
  schema?: object;
}
interface ResponseObject {
  content?: Record<string, MediaType>;
}
interface Operation {
  operationId: string;
  responses: Record<string, ResponseObject | { $ref: string }>;
}
interface Document {
  paths: Record<string, Record<string, Operation>>;
  /** Routes left out on purpose (`@ApiExcludeEndpoint`: another party's contract, such as Telegram's webhook). */
  'x-excluded-operations'?: string[];
  components: { responses?: Record<string, ResponseObject> };
}

interface Route {
  method: string;
  template: string;
  pattern: RegExp;
  /** Fewer parameters first: `/vacancies/mine` wins over `/vacancies/{id}`. */
  parameters: number;
  operation: Operation;
}

const pointer = (...segments: string[]) => segments.map((segment) => segment.replace(/~/g, '~0').replace(/\//g, '~1')).join('/');

/** `/api/letters/{applicationId}.pdf` as a regular expression of concrete paths. */
function patternOf(template: string): RegExp {
  return new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{\w+\\?\}|\{\w+\}/g, '[^/]+')}$`);
}

class Contract {
  private readonly ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
  private readonly routes: Route[];
  private readonly excluded: { method: string; pattern: RegExp }[];
  private readonly validators = new Map<string, ValidateFunction>();

  constructor(private readonly document: Document) {
    addFormats(this.ajv);
    // OpenAPI's own keywords beside a schema carry no rule.
    this.ajv.addVocabulary(['example', 'xml', 'externalDocs']);
    this.ajv.addSchema(document, DOCUMENT_ID);
    this.routes = Object.entries(document.paths)
      .flatMap(([template, methods]) =>
        Object.entries(methods).map(([method, operation]) => ({
          method: method.toUpperCase(),
          template,
          pattern: patternOf(template),
          parameters: (template.match(/\{/g) ?? []).length,
          operation,
        })),
      )
      .sort((a, b) => a.parameters - b.parameters);
    this.excluded = (document['x-excluded-operations'] ?? []).map((operation) => {
      const [excludedMethod, template] = operation.split(' ');
      return { method: excludedMethod, pattern: patternOf(template) };
    });
  }

  /** Why the response breaks the contract, or undefined when it keeps it. */
  check(method: string, url: string, status: number, contentType: string, body: unknown): string | undefined {
    const path = url.split('?')[0].split('#')[0];
    if (!path.startsWith('/api/') || path.startsWith('/api/docs') || ['HEAD', 'OPTIONS'].includes(method.toUpperCase())) return undefined;
    if (this.excluded.some((excluded) => excluded.method === method.toUpperCase() && excluded.pattern.test(path))) return undefined;
    const route = this.routes.find((candidate) => candidate.method === method.toUpperCase() && candidate.pattern.test(path));
    const label = `${method.toUpperCase()} ${path} → ${status}`;
    if (!route) {
      // No such route: the API's 404/405 must still be problem+json.
      if (status >= 400)
        return this.validate(`${DOCUMENT_ID}#/components/responses/Problem/content/application~1problem+json/schema`, body, label, contentType);
      return `${label}: the route is not in docs/openapi.json (run npm run openapi:export)`;
    }
    const declared = route.operation.responses[String(status)] ? String(status) : status >= 400 ? 'default' : undefined;
    if (!declared) return `${label}: ${route.operation.operationId} (${route.template}) declares no ${status} response in docs/openapi.json`;
    let response = route.operation.responses[declared];
    let base = pointer('paths', route.template, method.toLowerCase(), 'responses', declared);
    if ('$ref' in response) {
      const name = response.$ref.split('/').pop() ?? '';
      response = this.document.components.responses?.[name] ?? {};
      base = pointer('components', 'responses', name);
    }
    const mediaType = contentType.split(';')[0].trim().toLowerCase();
    const isJson = mediaType === 'application/json' || mediaType.endsWith('+json');
    const declaredTypes = Object.keys(response.content ?? {});
    if (!isJson || body === undefined || body === '') {
      if (body !== undefined && body !== '' && declaredTypes.length && !declaredTypes.some((type) => !type.includes('json')))
        return `${label}: answered ${mediaType || 'no content type'}, the contract says ${declaredTypes.join(', ')}`;
      return undefined;
    }
    const jsonType = declaredTypes.find((type) => type === mediaType) ?? declaredTypes.find((type) => type.includes('json'));
    if (!jsonType)
      return `${label}: answered JSON, the contract (${route.operation.operationId}) declares ${declaredTypes.join(', ') || 'no content'}`;
    // A file that happens to be JSON (a stored data set): the contract promises its media type, not its shape.
    const declaredSchema = response.content?.[jsonType]?.schema as { format?: string } | undefined;
    if (declaredSchema?.format === 'binary') return undefined;
    return this.validate(
      `${DOCUMENT_ID}#/${base}/${pointer('content', jsonType, 'schema')}`,
      body,
      `${label} (${route.operation.operationId})`,
      contentType,
    );
  }

  private validate(ref: string, body: unknown, label: string, contentType: string): string | undefined {
    let validate = this.validators.get(ref);
    if (!validate) {
      validate = this.ajv.getSchema(ref);
      if (!validate) return `${label}: no schema at ${ref}`;
      this.validators.set(ref, validate);
    }
    if (contentType && !/json/.test(contentType)) return `${label}: answered ${contentType}, the contract says JSON`;
    if (validate(body)) return undefined;
    const errors = (validate.errors ?? [])
      .slice(0, 8)
      .map((error) => `${error.instancePath || '(body)'} ${error.message ?? ''}${error.params ? ` ${JSON.stringify(error.params)}` : ''}`)
      .join('; ');
    return `${label}: the body does not match docs/openapi.json: ${errors}`;
  }
}

let contract: Contract | undefined;

function committedDocument(): Document {
  const document = readCommittedOpenApi();
  if (!document) throw new Error('No docs/openapi.json: run npm run openapi:export');
  return document as unknown as Document;
}

/** Every documented operation, as "GET /api/batches/{id}". */
export function documentedOperations(): string[] {
  return Object.entries(committedDocument().paths).flatMap(([path, methods]) =>
    Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`),
  );
}

/** The committed document's example of a JSON success answer, for tests of the check itself. */
export function documentedExample(path: string, method: string, status: string): unknown {
  const response = committedDocument().paths[path]?.[method]?.responses[status];
  return response && !('$ref' in response) ? (response.content?.['application/json'] as { example?: unknown } | undefined)?.example : undefined;
}

/** Throws when a response breaks the contract, naming the route and ajv's message. */
export function assertResponseKeepsContract(method: string, url: string, status: number, contentType: string, body: unknown): void {
  contract ??= new Contract(committedDocument());
  const problem = contract.check(method, url, status, contentType, body);
  if (problem) throw new Error(`Contract: ${problem}`);
}
