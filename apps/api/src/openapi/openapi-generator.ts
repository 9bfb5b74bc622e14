/**
 * The API's OpenAPI 3.1 document, generated from the code: every controller under apps/api/src/app (found by its
 * `@Controller`, so a new one is covered without registering it), its routes, access rules, parameters, request
 * classes and return types (read by the TypeScript checker, so an interface of libs/contracts is described as well
 * as a class), and the problem+json answers each route can give. `npm run openapi:export` writes it to
 * docs/openapi.json; /api/docs serves that file and the integration tests check every response against it.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { exampleOf, PROBLEM_EXAMPLES } from './examples';
import { COMPONENT_REF_PREFIX, decoratorsOf, TypeSchemas, type DecoratorCall, type JsonSchema } from './type-schemas';

export const WORKSPACE_ROOT = resolve(__dirname, '../../../..');
export const OPENAPI_DOCUMENT_PATH = join(WORKSPACE_ROOT, 'docs/openapi.json');
export const API_PATH_PREFIX = '/api';
const API_SOURCE = join(WORKSPACE_ROOT, 'apps/api/src/app');
const PROBLEM_CONTENT_TYPE = 'application/problem+json';
export const RESPONSE_REF_PREFIX = '#/components/responses/';
const HTTP_METHODS: Record<string, string> = {
  Get: 'get',
  Post: 'post',
  Put: 'put',
  Patch: 'patch',
  Delete: 'delete',
  Head: 'head',
  Options: 'options',
};

/** Status codes of Nest's own exceptions, as a route may throw them. */
const NEST_EXCEPTION_STATUS: Record<string, number> = {
  BadRequestException: 400,
  UnauthorizedException: 401,
  ForbiddenException: 403,
  NotFoundException: 404,
  ConflictException: 409,
  GoneException: 410,
  PayloadTooLargeException: 413,
  UnsupportedMediaTypeException: 415,
  UnprocessableEntityException: 422,
};

const STATUS_TEXT: Record<number, string> = {
  400: 'Invalid input: `errors` names each field and why (a translation code with its params)',
  401: 'Not signed in, or the access token has expired',
  403: 'Signed in, but this account may not do this (role, ownership, unverified e-mail, two-factor enrolment)',
  404: 'No such resource, or not one this account may see',
  409: 'The resource is not in a state that allows this (a workflow transition refused, a duplicate, a stale version)',
  410: 'No longer available',
  413: 'The upload is too large',
  415: 'Not a file type this route takes',
  422: 'The request is understood but cannot be carried out',
  429: 'Too many requests: wait and try again',
};

/** Return types an interceptor unwraps: what goes out is the `body` property, the rest are headers. */
const RESPONSE_ENVELOPES: Record<string, { body: string; headers: Record<string, unknown>; notModified: boolean }> = {
  // tagged-response.ts: the ETag header; a matching If-None-Match gets 304 without a body.
  Tagged: { body: 'body', headers: { ETag: { description: 'A weak entity tag, W/"…"', schema: { type: 'string' } } }, notModified: true },
};

export const ROLE_TAGS: Record<string, string> = {
  public: 'Open to anyone, no sign-in',
  'signed-in': 'Any signed-in account, whatever its role',
  migrant: 'Migrants (job seekers)',
  employer: 'Employers (Russian companies and their recruiters)',
  attache: 'Labour-attaché staff of an origin country',
  admin: 'Administrators',
};

export type OpenApiDocument = Record<string, unknown> & {
  paths: Record<string, Record<string, OpenApiOperation>>;
  components: { schemas: Record<string, JsonSchema> } & Record<string, unknown>;
};

export interface OpenApiOperation {
  operationId: string;
  tags: string[];
  summary?: string;
  description?: string;
  security: Record<string, string[]>[];
  parameters?: OpenApiParameter[];
  requestBody?: { required: boolean; content: Record<string, { schema: JsonSchema; example?: unknown }> };
  responses: Record<string, OpenApiResponse | { $ref: string }>;
}

export interface OpenApiParameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required: boolean;
  description?: string;
  schema: JsonSchema;
}

export interface OpenApiResponse {
  description: string;
  headers?: Record<string, unknown>;
  content?: Record<string, { schema: JsonSchema; example?: unknown }>;
}

export interface GeneratedContract {
  document: OpenApiDocument;
  /** What the generator could not describe (an untyped body, an `any` response…): must be empty. */
  gaps: string[];
}

function createProgram(): ts.Program {
  const configPath = join(WORKSPACE_ROOT, 'apps/api/tsconfig.app.json');
  const parsed = ts.getParsedCommandLineOfConfigFile(
    configPath,
    { noEmit: true },
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
        throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
      },
    },
  );
  if (!parsed) throw new Error(`Cannot read ${configPath}`);
  return ts.createProgram({ rootNames: parsed.fileNames, options: parsed.options });
}

const text = (node: ts.Expression | undefined): string | undefined => (node && ts.isStringLiteralLike(node) ? node.text : undefined);

function objectLiteralStrings(node: ts.Expression | undefined): Record<string, string | boolean> {
  const result: Record<string, string | boolean> = {};
  if (!node || !ts.isObjectLiteralExpression(node)) return result;
  for (const property of node.properties) {
    if (!ts.isPropertyAssignment(property)) continue;
    const value = property.initializer;
    if (ts.isStringLiteralLike(value)) result[property.name.getText()] = value.text;
    else if (value.kind === ts.SyntaxKind.TrueKeyword) result[property.name.getText()] = true;
    else if (value.kind === ts.SyntaxKind.FalseKeyword) result[property.name.getText()] = false;
  }
  return result;
}

/** `/api/letters/{applicationId}.pdf` from `letters` and `:applicationId.pdf`. */
function routePath(base: string, sub: string): string {
  const path = `${API_PATH_PREFIX}/${[base, sub].filter((part) => part && part !== '/').join('/')}`.replace(/\/+/g, '/').replace(/(.)\/$/, '$1');
  return path.replace(/:(\w+)/g, '{$1}');
}

class ContractGenerator {
  private readonly checker: ts.TypeChecker;
  private readonly schemas: TypeSchemas;
  private readonly gaps: string[] = [];
  private readonly paths: Record<string, Record<string, OpenApiOperation>> = {};
  private readonly contextTags = new Set<string>();
  private readonly problemStatuses = new Set<number>();
  private readonly excluded: string[] = [];

  constructor(private readonly program: ts.Program) {
    this.checker = program.getTypeChecker();
    this.schemas = new TypeSchemas(this.checker);
  }

  generate(): GeneratedContract {
    this.problemSchema();
    const files = this.program
      .getSourceFiles()
      .filter((file) => file.fileName.startsWith(API_SOURCE) && !/\.(spec|int-spec|test)\.ts$/.test(file.fileName))
      .sort((a, b) => a.fileName.localeCompare(b.fileName));
    for (const file of files) {
      for (const statement of file.statements) {
        if (ts.isClassDeclaration(statement) && decoratorsOf(statement).some((decorator) => decorator.name === 'Controller'))
          this.controller(statement);
      }
    }
    const document: OpenApiDocument = {
      openapi: '3.1.0',
      info: {
        title: 'Jumush API',
        description:
          'Organised recruitment of labour migrants. Generated from the code by `npm run openapi:export`; every error is RFC 9457 ' +
          '`application/problem+json` with a translation `code`, its `params` and field-level `errors`.',
        version: '1',
      },
      servers: [{ url: '/' }],
      tags: [
        ...Object.entries(ROLE_TAGS).map(([name, description]) => ({ name, description })),
        ...[...this.contextTags].sort().map((name) => ({ name })),
      ],
      paths: this.paths,
      'x-excluded-operations': this.excluded.sort(),
      components: {
        securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
        schemas: Object.fromEntries(this.schemas.components),
        responses: {
          ...Object.fromEntries([...this.problemStatuses].map((code) => [`Problem${code}`, problemResponse(code, STATUS_TEXT[code] ?? 'A problem')])),
          Problem: problemResponse(undefined, 'Any other problem (413 too large, 415 not JSON, 500…), as problem+json'),
        },
      },
    };
    return { document: sortKeys(document) as OpenApiDocument, gaps: [...this.gaps, ...this.schemas.gaps] };
  }

  private problemSchema(): void {
    const file = this.program.getSourceFile(join(WORKSPACE_ROOT, 'libs/contracts/src/lib/problem.ts'));
    const declaration = file?.statements.find(
      (statement): statement is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(statement) && statement.name.text === 'ProblemDetails',
    );
    if (!declaration) throw new Error('ProblemDetails is not in libs/contracts/src/lib/problem.ts');
    this.schemas.schemaOf(this.checker.getTypeAtLocation(declaration.name), 'ProblemDetails');
  }

  private controller(declaration: ts.ClassDeclaration): void {
    const className = declaration.name?.text ?? 'AnonymousController';
    const classDecorators = decoratorsOf(declaration);
    const controllerArg = classDecorators.find((decorator) => decorator.name === 'Controller')?.args[0];
    const bases = this.strings(controllerArg);
    const contextTags = classDecorators
      .filter((decorator) => decorator.name === 'ApiTags')
      .flatMap((decorator) => decorator.args.map(text).filter((tag): tag is string => !!tag));
    const classAccess = this.access(classDecorators);
    for (const member of declaration.members) {
      if (!ts.isMethodDeclaration(member)) continue;
      const decorators = decoratorsOf(member);
      const route = decorators.find((decorator) => HTTP_METHODS[decorator.name]);
      if (!route) continue;
      const method = HTTP_METHODS[route.name];
      if (decorators.some((decorator) => decorator.name === 'ApiExcludeEndpoint')) {
        // Another party's contract (Telegram's webhook): listed by name only, so the response check knows it is deliberate.
        for (const base of bases)
          for (const sub of this.strings(route.args[0])) this.excluded.push(`${method.toUpperCase()} ${routePath(base, sub)}`);
        continue;
      }
      const operationId = `${className}_${member.name.getText()}`;
      for (const base of bases) {
        for (const sub of this.strings(route.args[0])) {
          const path = routePath(base, sub);
          const operation = this.operation(member, decorators, operationId, path, method, this.access(decorators) ?? classAccess, contextTags);
          (this.paths[path] ??= {})[method] = operation;
        }
      }
    }
  }

  /** A decorator argument as a list of paths: none, a string or an array of strings. */
  private strings(node: ts.Expression | undefined): string[] {
    if (!node) return [''];
    if (ts.isStringLiteralLike(node)) return [node.text];
    if (ts.isArrayLiteralExpression(node)) return node.elements.map((element) => text(element) ?? '');
    const value = this.checker.getTypeAtLocation(node);
    if (value.isStringLiteral()) return [value.value];
    this.gaps.push(`${node.getSourceFile().fileName}: a route path that is not a literal (${node.getText()})`);
    return [''];
  }

  private access(decorators: DecoratorCall[]): { roles: string[] } | undefined {
    if (decorators.some((decorator) => decorator.name === 'Public')) return { roles: ['public'] };
    const authenticated = decorators.find((decorator) => decorator.name === 'Authenticated');
    if (!authenticated) return undefined;
    const roles = authenticated.args.map((arg) => {
      const type = this.checker.getTypeAtLocation(arg);
      return type.isStringLiteral() ? type.value.toLowerCase() : arg.getText();
    });
    return { roles: roles.length ? roles : ['signed-in'] };
  }

  private operation(
    member: ts.MethodDeclaration,
    decorators: DecoratorCall[],
    operationId: string,
    path: string,
    method: string,
    access: { roles: string[] } | undefined,
    contextTags: string[],
  ): OpenApiOperation {
    const at = `${operationId} (${method.toUpperCase()} ${path})`;
    if (!access) this.gaps.push(`${at}: no @Public() or @Authenticated()`);
    const roles = access?.roles ?? [];
    const isPublic = roles.includes('public');
    contextTags.forEach((tag) => this.contextTags.add(tag));
    const apiOperation = objectLiteralStrings(decorators.find((decorator) => decorator.name === 'ApiOperation')?.args[0]);
    const operation: OpenApiOperation = {
      operationId,
      tags: [...new Set([...roles, ...contextTags])],
      security: isPublic ? [] : [{ bearer: [] }],
      responses: {},
    };
    if (typeof apiOperation['summary'] === 'string') operation.summary = apiOperation['summary'];
    if (typeof apiOperation['description'] === 'string') operation.description = apiOperation['description'];

    const parameters = this.parameters(member, decorators, path, at);
    const requestBody = this.requestBody(member, decorators, at);
    if (parameters.length) operation.parameters = parameters;
    if (requestBody) operation.requestBody = requestBody;

    const status = this.successStatus(decorators, method);
    const success = this.successResponse(member, decorators, status, at);
    operation.responses[String(status)] = success;
    if (success.headers?.['ETag']) {
      operation.responses['304'] = { description: 'Not modified: If-None-Match named the current ETag (no body)' };
      (operation.parameters ??= []).push({ name: 'If-None-Match', in: 'header', required: false, schema: { type: 'string' } });
    }

    const errors = new Set<number>(this.thrownStatuses(member));
    if (parameters.length || requestBody) errors.add(400);
    if (!isPublic) [401, 403].forEach((code) => errors.add(code));
    if (parameters.some((parameter) => parameter.in === 'path')) errors.add(404);
    if (decorators.some((decorator) => decorator.name === 'RateLimited')) errors.add(429);
    for (const code of [...errors].sort()) {
      this.problemStatuses.add(code);
      operation.responses[String(code)] = { $ref: `${RESPONSE_REF_PREFIX}Problem${code}` };
    }
    operation.responses['default'] = { $ref: `${RESPONSE_REF_PREFIX}Problem` };
    return operation;
  }

  private successStatus(decorators: DecoratorCall[], method: string): number {
    const httpCode = decorators.find((decorator) => decorator.name === 'HttpCode')?.args[0];
    if (httpCode) {
      const value = this.checker.getTypeAtLocation(httpCode);
      if (value.isNumberLiteral()) return value.value;
    }
    return method === 'post' ? 201 : 200;
  }

  private parameters(member: ts.MethodDeclaration, decorators: DecoratorCall[], path: string, at: string): OpenApiParameter[] {
    const result: OpenApiParameter[] = [];
    const pathNames = [...path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]);
    const pathSchemas = new Map<string, JsonSchema>();
    for (const parameter of member.parameters) {
      for (const decorator of this.parameterDecorators(parameter)) {
        const name = text(decorator.args[0]);
        const type = this.checker.getTypeAtLocation(parameter);
        const optional = !!parameter.questionToken || !!parameter.initializer;
        if (decorator.name === 'Param' && name) {
          pathSchemas.set(name, this.withPipes(this.schemas.schemaOf(this.checker.getNonNullableType(type), `${at} path ${name}`), decorator.args));
        } else if (decorator.name === 'Query' && name) {
          const schema = this.withPipes(this.schemas.schemaOf(this.checker.getNonNullableType(type), `${at} query ${name}`), decorator.args);
          result.push({ name, in: 'query', required: !optional && !this.pipesAreOptional(decorator.args), schema });
        } else if (decorator.name === 'Query') {
          result.push(...this.queryClass(type, at));
        } else if (decorator.name === 'Headers' && name) {
          result.push({ name, in: 'header', required: false, schema: { type: 'string' } });
        }
      }
    }
    for (const name of pathNames) result.push({ name, in: 'path', required: true, schema: pathSchemas.get(name) ?? { type: 'string' } });
    for (const decorator of decorators) {
      const options = objectLiteralStrings(decorator.args[0]);
      const name = typeof options['name'] === 'string' ? options['name'] : undefined;
      if (!name || (decorator.name !== 'ApiHeader' && decorator.name !== 'ApiQuery')) continue;
      const where = decorator.name === 'ApiHeader' ? 'header' : 'query';
      const existing = result.find((parameter) => parameter.in === where && parameter.name.toLowerCase() === name.toLowerCase());
      const described: OpenApiParameter = {
        name,
        in: where,
        required: options['required'] === true,
        schema: existing?.schema ?? { type: 'string' },
        ...(typeof options['description'] === 'string' ? { description: options['description'] } : {}),
      };
      if (existing) Object.assign(existing, described);
      else result.push(described);
    }
    return result;
  }

  /** The parameter's decorators, with a home-made one (`const VacancyId = () => Param('id', …)`) read as what it returns. */
  private parameterDecorators(parameter: ts.ParameterDeclaration): DecoratorCall[] {
    return decoratorsOf(parameter).map((decorator) => {
      if (['Param', 'Query', 'Body', 'Headers', 'UploadedFile'].includes(decorator.name)) return decorator;
      const declaration = ts.getDecorators(parameter)?.find((d) => d.expression.getText().startsWith(decorator.name));
      const callee = declaration && ts.isCallExpression(declaration.expression) ? declaration.expression.expression : undefined;
      const symbol = callee ? this.checker.getSymbolAtLocation(callee) : undefined;
      const variable = symbol?.valueDeclaration;
      if (variable && ts.isVariableDeclaration(variable) && variable.initializer && ts.isArrowFunction(variable.initializer)) {
        const body = variable.initializer.body;
        if (ts.isCallExpression(body)) return { name: body.expression.getText(), args: body.arguments };
      }
      return decorator;
    });
  }

  private withPipes(schema: JsonSchema, args: readonly ts.Expression[]): JsonSchema {
    const pipes = args.slice(1).map((arg) => (ts.isNewExpression(arg) || ts.isCallExpression(arg) ? arg.expression.getText() : arg.getText()));
    if (pipes.includes('ParseUUIDPipe')) return { type: 'string', format: 'uuid' };
    if (pipes.includes('ParseIntPipe')) return { type: 'integer' };
    if (pipes.includes('ParseBoolPipe')) return { type: 'boolean' };
    return schema;
  }

  private pipesAreOptional(args: readonly ts.Expression[]): boolean {
    return args
      .slice(1)
      .some((arg) => ts.isNewExpression(arg) && (arg.arguments ?? []).some((option) => objectLiteralStrings(option)['optional'] === true));
  }

  /** `@Query() query: SomeQuery`: each property of the class is a query parameter. */
  private queryClass(type: ts.Type, at: string): OpenApiParameter[] {
    const reference = this.schemas.schemaOf(type, `${at} query`);
    const schema = this.resolve(reference);
    const properties = (schema['properties'] ?? {}) as Record<string, JsonSchema>;
    const required = new Set((schema['required'] ?? []) as string[]);
    if (!Object.keys(properties).length && schema['additionalProperties'] !== false) this.gaps.push(`${at}: a query object without properties`);
    return Object.entries(properties).map(([name, property]) => {
      const { description, ...propertySchema } = property;
      return {
        name,
        in: 'query' as const,
        required: required.has(name),
        schema: propertySchema,
        ...(typeof description === 'string' ? { description } : {}),
      };
    });
  }

  private resolve(schema: JsonSchema): JsonSchema {
    const ref = schema['$ref'];
    return typeof ref === 'string' ? (this.schemas.components.get(ref.slice(COMPONENT_REF_PREFIX.length)) ?? {}) : schema;
  }

  private requestBody(member: ts.MethodDeclaration, decorators: DecoratorCall[], at: string): OpenApiOperation['requestBody'] {
    let body: JsonSchema | undefined;
    let upload = false;
    for (const parameter of member.parameters) {
      for (const decorator of this.parameterDecorators(parameter)) {
        if (decorator.name === 'Body')
          body = this.schemas.schemaOf(this.checker.getNonNullableType(this.checker.getTypeAtLocation(parameter)), `${at} body`);
        if (decorator.name === 'UploadedFile') upload = true;
      }
    }
    const consumes = decorators.find((decorator) => decorator.name === 'ApiConsumes')?.args.map(text)[0];
    if (upload || consumes === 'multipart/form-data') {
      const fields = body ? this.resolve(body) : { properties: {}, required: [] };
      const schema: JsonSchema = {
        type: 'object',
        properties: { ...(fields['properties'] as object), file: { type: 'string', format: 'binary', description: 'The file (PDF, JPEG or PNG)' } },
        required: [...((fields['required'] as string[] | undefined) ?? []), 'file'],
      };
      return { required: true, content: { 'multipart/form-data': { schema } } };
    }
    if (!body) return undefined;
    return { required: true, content: { 'application/json': { schema: body, example: exampleOf(body, this.schemas.components) } } };
  }

  private successResponse(member: ts.MethodDeclaration, decorators: DecoratorCall[], status: number, at: string): OpenApiResponse {
    const signature = this.checker.getSignatureFromDeclaration(member);
    const returned = signature ? this.checker.getAwaitedType(this.checker.getReturnTypeOfSignature(signature)) : undefined;
    const headerType = decorators.find(
      (decorator) => decorator.name === 'Header' && this.literal(decorator.args[0])?.toLowerCase() === 'content-type',
    );
    const produces =
      this.literal(decorators.find((decorator) => decorator.name === 'ApiProduces')?.args[0]) ?? this.literal(headerType?.args[1])?.split(';')[0];
    const description = status === 204 ? 'Done; no content' : 'Success';
    if (!returned) {
      this.gaps.push(`${at}: no return type`);
      return { description };
    }
    const manual = member.parameters.some((parameter) =>
      decoratorsOf(parameter).some((decorator) => decorator.name === 'Res' && !objectLiteralStrings(decorator.args[0])['passthrough']),
    );
    if (manual) {
      // The handler writes the response itself (an event stream): what it produces is declared with @ApiProduces.
      if (!produces) this.gaps.push(`${at}: writes the response itself but declares no @ApiProduces`);
      return { description: 'A stream', content: { [produces ?? 'application/octet-stream']: { schema: { type: 'string' } } } };
    }
    if (returned.flags & (ts.TypeFlags.Void | ts.TypeFlags.Undefined)) return { description };
    const envelope = RESPONSE_ENVELOPES[returned.getSymbol()?.name ?? ''];
    if (envelope && returned.getSymbol()?.declarations?.[0]?.getSourceFile().fileName.startsWith(API_SOURCE)) {
      // An interceptor sends only the envelope's body (and the rest as headers).
      const body = returned.getProperty(envelope.body);
      if (!body) throw new Error(`${at}: ${returned.getSymbol()?.name} has no ${envelope.body}`);
      const schema = this.schemas.schemaOf(this.checker.getTypeOfSymbolAtLocation(body, member), `${at} response`);
      return {
        description,
        headers: envelope.headers,
        content: { [produces ?? 'application/json']: { schema, example: exampleOf(schema, this.schemas.components) } },
      };
    }
    const symbolName = returned.getSymbol()?.name;
    if (symbolName === 'StreamableFile' || symbolName === 'Buffer') {
      // A file of one of the media types its handler names (a data set as JSON or CSV, say), else plain bytes.
      const types = produces ? [produces] : this.mediaTypesIn(member);
      const file = { schema: { type: 'string', format: 'binary' } };
      return {
        description: 'A file',
        content: Object.fromEntries((types.length > 0 ? types : ['application/octet-stream']).map((type) => [type, file])),
      };
    }
    const schema = this.schemas.schemaOf(returned, `${at} response`);
    if (returned.flags & ts.TypeFlags.String && !produces) return { description, content: { 'text/plain': { schema } } };
    return { description, content: { [produces ?? 'application/json']: { schema, example: exampleOf(schema, this.schemas.components) } } };
  }

  /** A string literal, or a constant holding one. */
  private literal(node: ts.Expression | undefined): string | undefined {
    if (!node) return undefined;
    const type = this.checker.getTypeAtLocation(node);
    return text(node) ?? (type.isStringLiteral() ? type.value : undefined);
  }

  /** The media types a download handler names (`'application/pdf'`, also in a helper of its file), to say what the file is. */
  private mediaTypesIn(member: ts.MethodDeclaration): string[] {
    const found = new Set<string>();
    const seen = new Set<ts.Node>();
    const visit = (node: ts.Node): void => {
      if (ts.isStringLiteralLike(node) && /^(application|text|image)\/[\w.+-]+/.test(node.text)) found.add(node.text.split(';')[0]);
      if (ts.isCallExpression(node)) {
        const declaration = this.checker.getResolvedSignature(node)?.declaration;
        if (
          declaration &&
          ts.isFunctionDeclaration(declaration) &&
          declaration.getSourceFile() === member.getSourceFile() &&
          !seen.has(declaration)
        ) {
          seen.add(declaration);
          if (declaration.body) visit(declaration.body);
        }
      }
      ts.forEachChild(node, visit);
    };
    if (member.body) visit(member.body);
    return [...found];
  }

  /**
   * The 4xx statuses the route's own code can throw: `new ProblemException(409, …)` or a Nest exception, in the
   * handler and in the API's functions and services it calls (followed through the checker, a few calls deep).
   */
  private thrownStatuses(member: ts.MethodDeclaration): number[] {
    const statuses = new Set<number>();
    const seen = new Set<ts.Node>();
    const walk = (node: ts.Node, depth: number): void => {
      if (ts.isNewExpression(node)) {
        const name = node.expression.getText();
        if (name === 'ProblemException') {
          const status = this.checker.getTypeAtLocation(node.arguments?.[0] ?? node);
          if (status.isNumberLiteral()) statuses.add(status.value);
        } else if (NEST_EXCEPTION_STATUS[name]) statuses.add(NEST_EXCEPTION_STATUS[name]);
      }
      if (ts.isCallExpression(node) && depth < 6) {
        const declaration = this.checker.getResolvedSignature(node)?.declaration;
        if (
          declaration &&
          !seen.has(declaration) &&
          declaration.getSourceFile().fileName.startsWith(API_SOURCE) &&
          'body' in declaration &&
          declaration.body
        ) {
          seen.add(declaration);
          walk(declaration.body as ts.Node, depth + 1);
        }
      }
      ts.forEachChild(node, (child) => walk(child, depth));
    };
    if (member.body) walk(member.body, 0);
    return [...statuses].filter((status) => status >= 400 && status < 500);
  }
}

function problemResponse(status: number | undefined, description: string): OpenApiResponse {
  const example = status ? PROBLEM_EXAMPLES[status] : undefined;
  return {
    description,
    content: {
      [PROBLEM_CONTENT_TYPE]: {
        schema: { $ref: `${COMPONENT_REF_PREFIX}ProblemDetails` },
        ...(example ? { example } : {}),
      },
    },
  };
}

/** Objects with their keys in order, so the exported file changes only where the contract does. */
export function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}

/** A response of an operation, its `$ref` to a shared one (the problems) followed. */
export function resolveResponse(document: OpenApiDocument, response: OpenApiResponse | { $ref: string }): OpenApiResponse {
  if (!('$ref' in response)) return response;
  const shared = (document.components['responses'] as Record<string, OpenApiResponse> | undefined)?.[response.$ref.slice(RESPONSE_REF_PREFIX.length)];
  if (!shared) throw new Error(`No response ${response.$ref} in the document`);
  return shared;
}

export function generateContract(): GeneratedContract {
  return new ContractGenerator(createProgram()).generate();
}

/** The document as docs/openapi.json holds it. */
export function serializeDocument(document: OpenApiDocument): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}

export function readCommittedDocument(): string {
  return readFileSync(OPENAPI_DOCUMENT_PATH, 'utf8');
}

export const documentPathForMessages = relative(WORKSPACE_ROOT, OPENAPI_DOCUMENT_PATH) || dirname(OPENAPI_DOCUMENT_PATH);
