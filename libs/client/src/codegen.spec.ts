import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateClientSource, typeOf, type OpenApiDocumentLike } from './codegen';

const root = join(__dirname, '../../..');

describe('the typed client', () => {
  it('is generated from the committed docs/openapi.json (run npm run openapi:export when this fails)', () => {
    const document = JSON.parse(readFileSync(join(root, 'docs/openapi.json'), 'utf8')) as OpenApiDocumentLike;
    const committed = readFileSync(join(__dirname, 'lib/api.generated.ts'), 'utf8');
    if (committed !== generateClientSource(document))
      throw new Error('libs/client/src/lib/api.generated.ts and docs/openapi.json disagree: run npm run openapi:export and commit both');
  });

  it('turns schemas into types', () => {
    expect(typeOf({ type: ['string', 'null'] })).toBe('string | null');
    expect(typeOf({ type: 'array', items: { enum: ['A', 'B'] } })).toBe('("A" | "B")[]');
    expect(typeOf({ $ref: '#/components/schemas/Page_AccountView' })).toBe('Page_AccountView');
    expect(
      typeOf({ type: 'object', properties: { id: { type: 'string' }, note: { type: 'string' } }, required: ['id'], additionalProperties: false }),
    ).toBe('{\n  id: string;\n  note?: string;\n}');
  });
});
