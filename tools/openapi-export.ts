/** `npm run openapi:export`: writes the API's OpenAPI document, generated from the code, to docs/openapi.json. */
import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { generateContract, OPENAPI_DOCUMENT_PATH, serializeDocument } from '../apps/api/src/openapi/openapi-generator';
import { generateClientSource, type OpenApiDocumentLike } from '../libs/client/src/codegen';

const CLIENT_PATH = 'libs/client/src/lib/api.generated.ts';

const { document, gaps } = generateContract();
if (gaps.length) {
  console.error(`The contract has gaps; describe these in the code first:\n${gaps.map((gap) => `  - ${gap}`).join('\n')}`);
  process.exit(1);
}
writeFileSync(OPENAPI_DOCUMENT_PATH, serializeDocument(document));
// The typed client is built from the file as written, so it and the document cannot drift apart.
writeFileSync(CLIENT_PATH, generateClientSource(JSON.parse(serializeDocument(document)) as OpenApiDocumentLike));
const operations = Object.values(document.paths).reduce((count, methods) => count + Object.keys(methods).length, 0);
console.log(
  `${relative(process.cwd(), OPENAPI_DOCUMENT_PATH)}: ${operations} operations, ${Object.keys(document.components.schemas).length} schemas`,
);
