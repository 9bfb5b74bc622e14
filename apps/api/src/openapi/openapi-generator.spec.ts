import {
  generateContract,
  readCommittedDocument,
  resolveResponse,
  serializeDocument,
  type GeneratedContract,
  type OpenApiOperation,
} from './openapi-generator';

/** Every operation of the document, as "METHOD path" with its operation. */
function operationsOf(contract: GeneratedContract): [string, OpenApiOperation][] {
  return Object.entries(contract.document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]): [string, OpenApiOperation] => [`${method.toUpperCase()} ${path}`, operation]),
  );
}

const isEmptySchema = (schema: object | undefined) => !schema || Object.keys(schema).length === 0;

describe('the OpenAPI contract (docs/openapi.json)', () => {
  let contract: GeneratedContract;

  beforeAll(() => {
    contract = generateContract();
  }, 120_000);

  it('describes every type it meets (no any, unknown or untyped body)', () => {
    expect(contract.gaps).toEqual([]);
  });

  it('finds the controllers (the checks below are not vacuous)', () => {
    expect(operationsOf(contract).length).toBeGreaterThan(150);
    expect(contract.document.paths['/api/auth/login']?.['post']?.requestBody).toBeDefined();
  });

  it('gives every operation a success response with a schema, or says it has no content', () => {
    const missing = operationsOf(contract).flatMap(([name, operation]) => {
      const success = Object.entries(operation.responses).filter(([status]) => /^2\d\d$/.test(status));
      if (success.length !== 1) return [`${name}: ${success.length} success responses`];
      const [status, response] = [success[0][0], resolveResponse(contract.document, success[0][1])];
      if (status === '204' || !response.content) return status === '204' || response.description.startsWith('Success') ? [] : [`${name}: no content`];
      return Object.entries(response.content)
        .filter(([, media]) => isEmptySchema(media.schema))
        .map(([type]) => `${name} ${status} ${type}: no schema`);
    });
    expect(missing).toEqual([]);
  });

  it('gives every request body, path, query and header parameter a schema', () => {
    const missing = operationsOf(contract).flatMap(([name, operation]) => [
      ...Object.entries(operation.requestBody?.content ?? {})
        .filter(([, media]) => isEmptySchema(media.schema))
        .map(([type]) => `${name} body ${type}`),
      ...(operation.parameters ?? [])
        .filter((parameter) => isEmptySchema(parameter.schema))
        .map((parameter) => `${name} ${parameter.in} ${parameter.name}`),
      ...[...name.matchAll(/\{(\w+)\}/g)]
        .filter(([, param]) => !operation.parameters?.some((parameter) => parameter.in === 'path' && parameter.name === param))
        .map(([, param]) => `${name} path ${param} undeclared`),
    ]);
    expect(missing).toEqual([]);
  });

  it('answers every error as problem+json, and says who may call each operation', () => {
    const wrong = operationsOf(contract).flatMap(([name, operation]) => [
      ...Object.entries(operation.responses)
        .filter(([status]) => status === 'default' || /^[45]/.test(status))
        .filter(([, response]) => !resolveResponse(contract.document, response).content?.['application/problem+json'])
        .map(([status]) => `${name} ${status}`),
      ...(operation.tags.length ? [] : [`${name}: no tags`]),
      ...(operation.security.length || operation.tags.includes('public') ? [] : [`${name}: neither public nor secured`]),
    ]);
    expect(wrong).toEqual([]);
  });

  it('resolves every $ref', () => {
    const schemas = contract.document.components.schemas;
    const responses = contract.document.components['responses'] as Record<string, unknown>;
    const text = serializeDocument(contract.document);
    const refs = [...text.matchAll(/"\$ref": "#\/components\/schemas\/([^"]+)"/g)].map((match) => match[1]);
    expect(refs.filter((name) => !schemas[name])).toEqual([]);
    const responseRefs = [...text.matchAll(/"\$ref": "#\/components\/responses\/([^"]+)"/g)].map((match) => match[1]);
    expect(responseRefs.filter((name) => !responses[name])).toEqual([]);
  });

  it('is the committed docs/openapi.json (run npm run openapi:export when this fails)', () => {
    const committed = readCommittedDocument();
    const generated = serializeDocument(contract.document);
    if (committed !== generated) throw new Error('docs/openapi.json and the code disagree: run npm run openapi:export and commit docs/openapi.json');
  });
});
