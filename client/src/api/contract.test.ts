// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { describe, expect, it } from 'vitest';

// Half of the contract-drift check: the committed types must be exactly what openapi-typescript makes of the
// committed openapi.json. The other half (tests/Crm.Api.Tests/ContractTests.cs) checks openapi.json against the API.
const generated = join(process.cwd(), 'src', 'api', 'generated');

describe('generated API types', () => {
  it('match the committed OpenAPI document (run ./build.sh contract after an API change)', async () => {
    const document = JSON.parse(readFileSync(join(generated, 'openapi.json'), 'utf8'));
    const expected = astToString(await openapiTS(document));
    const committed = readFileSync(join(generated, 'schema.d.ts'), 'utf8');
    const body = (text: string) => text.replace(/\r\n/g, '\n').replace(/^\/\*\*[\s\S]*?\*\/\n*/, '').trim();
    expect(body(committed)).toBe(body(expected));
  }, 30_000);
});
