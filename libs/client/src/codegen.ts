/**
 * The typed client's source, from the OpenAPI document: a TypeScript type per component schema and, per operation,
 * its method, path, parameters, body and success answer. `npm run openapi:export` writes it to
 * libs/client/src/lib/api.generated.ts; codegen.spec fails when that file and docs/openapi.json disagree.
 */

type Schema = Record<string, unknown>;

interface Parameter {
  name: string;
  in: string;
  required: boolean;
  schema: Schema;
}

interface Operation {
  operationId: string;
  summary?: string;
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema: Schema }> };
  responses: Record<string, { content?: Record<string, { schema: Schema }> } | { $ref: string }>;
}

export interface OpenApiDocumentLike {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
}

const REF_PREFIX = '#/components/schemas/';
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

const typeName = (name: string) => name.replace(/[^\w$]/g, '_');
const key = (name: string) => (IDENTIFIER.test(name) ? name : JSON.stringify(name));

/** The TypeScript type of a JSON Schema, as the document's schemas use them. */
export function typeOf(schema: Schema | undefined, indent = ''): string {
  if (!schema || Object.keys(schema).length === 0) return 'unknown';
  if (typeof schema['$ref'] === 'string') return typeName(schema['$ref'].slice(REF_PREFIX.length));
  if (Array.isArray(schema['enum'])) return schema['enum'].map((value) => JSON.stringify(value)).join(' | ');
  const options = (schema['anyOf'] ?? schema['oneOf']) as Schema[] | undefined;
  if (options) return options.map((option) => wrap(typeOf(option, indent))).join(' | ');
  if (Array.isArray(schema['type'])) return (schema['type'] as string[]).map((type) => typeOf({ ...schema, type }, indent)).join(' | ');
  switch (schema['type']) {
    case 'string':
      return 'string';
    case 'integer':
    case 'number':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'null':
      return 'null';
    case 'array':
      if (Array.isArray(schema['prefixItems'])) return `[${(schema['prefixItems'] as Schema[]).map((item) => typeOf(item, indent)).join(', ')}]`;
      return `${wrap(typeOf(schema['items'] as Schema | undefined, indent))}[]`;
    case 'object':
      return objectType(schema, indent);
    default:
      return 'unknown';
  }
}

function wrap(type: string): string {
  return /[|&]/.test(type) && !/^[[{]/.test(type) ? `(${type})` : type;
}

function objectType(schema: Schema, indent: string): string {
  const properties = (schema['properties'] ?? {}) as Record<string, Schema>;
  const required = new Set((schema['required'] ?? []) as string[]);
  const inner = `${indent}  `;
  const lines = Object.entries(properties).map(([name, property]) => {
    const doc =
      typeof property['description'] === 'string' ? `${inner}/** ${property['description'].replace(/\*\//g, '* /').replace(/\n/g, ' ')} */\n` : '';
    return `${doc}${inner}${key(name)}${required.has(name) ? '' : '?'}: ${typeOf(property, inner)};`;
  });
  const additional = schema['additionalProperties'];
  if (additional && typeof additional === 'object') lines.push(`${inner}[key: string]: ${typeOf(additional as Schema, inner)};`);
  if (!lines.length) return additional === false ? 'Record<string, never>' : 'Record<string, unknown>';
  return `{\n${lines.join('\n')}\n${indent}}`;
}

function parametersType(parameters: Parameter[], where: string): string {
  const chosen = parameters.filter((parameter) => parameter.in === where);
  if (!chosen.length) return 'Record<string, never>';
  return `{ ${chosen.map((parameter) => `${key(parameter.name)}${parameter.required ? '' : '?'}: ${typeOf(parameter.schema, '    ')}`).join('; ')} }`;
}

function successOf(operation: Operation): { status: string; type: string; json: boolean } {
  const [status, response] = Object.entries(operation.responses).find(([code]) => /^2\d\d$/.test(code)) ?? ['200', {}];
  const content = '$ref' in response ? undefined : response.content;
  if (!content) return { status, type: 'void', json: false };
  const jsonType = Object.keys(content).find((type) => type.includes('json'));
  if (jsonType) return { status, type: typeOf(content[jsonType].schema, '    '), json: true };
  return { status, type: 'Blob', json: false };
}

export function generateClientSource(document: OpenApiDocumentLike): string {
  const out: string[] = ['/* Generated from docs/openapi.json by `npm run openapi:export`: do not edit by hand. */', ''];
  for (const [name, schema] of Object.entries(document.components.schemas)) {
    if (typeof schema['description'] === 'string') out.push(`/** ${schema['description'].replace(/\*\//g, '* /').replace(/\n/g, ' ')} */`);
    out.push(`export type ${typeName(name)} = ${typeOf(schema)};`, '');
  }
  const operations: string[] = [];
  const routes: string[] = [];
  for (const [path, methods] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(methods)) {
      const parameters = operation.parameters ?? [];
      const body = operation.requestBody?.content['application/json']?.schema;
      const multipart = !!operation.requestBody?.content['multipart/form-data'];
      const success = successOf(operation);
      if (operation.summary) operations.push(`  /** ${operation.summary.replace(/\*\//g, '* /')} */`);
      operations.push(
        `  ${key(operation.operationId)}: {`,
        `    path: ${parametersType(parameters, 'path')};`,
        `    query: ${parametersType(parameters, 'query')};`,
        `    body: ${body ? typeOf(body, '    ') : multipart ? 'FormData' : 'undefined'};`,
        `    response: ${success.type};`,
        '  };',
      );
      routes.push(`  ${key(operation.operationId)}: { method: '${method.toUpperCase()}', path: '${path}', json: ${success.json} },`);
    }
  }
  out.push('/** Every operation of the API by its operationId: what it takes and what it answers. */');
  out.push('export interface Operations {', ...operations, '}', '');
  out.push('/** Where each operation lives, and whether it answers JSON. */');
  out.push('export const ROUTES = {', ...routes, '} as const;', '');
  return out.join('\n');
}
