import { strict as assert } from 'node:assert';
import { after, before, describe, it } from 'node:test';
import { generateContract } from '../../scripts/contract.js';
import { readFile } from 'node:fs/promises';
import { testApp } from './helpers.js';

describe('HTTP surface', () => {
  let t: Awaited<ReturnType<typeof testApp>>;
  before(async () => (t = await testApp()));
  after(() => t.close());

  it('admits allowed origins to the customer API with CORS, and no others', async () => {
    const { token } = await t.session();
    const allowed = await t.customer('/v1/invoices?limit=1', token, { headers: { Origin: 'https://shop.example.com' } });
    assert.equal(allowed.headers.get('access-control-allow-origin'), 'https://shop.example.com');
    const own = await t.customer('/v1/invoices?limit=1', token, { headers: { Origin: 'http://localhost:4400' } });
    assert.equal(own.headers.get('access-control-allow-origin'), 'http://localhost:4400');
    const other = await t.customer('/v1/invoices?limit=1', token, { headers: { Origin: 'https://evil.example.net' } });
    assert.equal(other.headers.get('access-control-allow-origin'), null);

    const preflight = await t.app.request('/v1/invoices', {
      method: 'OPTIONS',
      headers: {
        Origin: 'https://shop.example.com',
        'Access-Control-Request-Method': 'GET',
        'Access-Control-Request-Headers': 'authorization',
      },
    });
    assert.equal(preflight.status, 204);
    assert.equal(preflight.headers.get('access-control-allow-origin'), 'https://shop.example.com');
    assert.match(preflight.headers.get('access-control-allow-headers') ?? '', /authorization/i);
  });

  it('does not open the merchant API to browsers', async () => {
    const response = await t.app.request('/v1/portal-sessions', {
      method: 'OPTIONS',
      headers: { Origin: 'https://shop.example.com', 'Access-Control-Request-Method': 'POST' },
    });
    assert.equal(response.headers.get('access-control-allow-origin'), null);
  });

  it('answers unknown routes with 404 in the error shape', async () => {
    const response = await t.app.request('/v1/nothing-here');
    assert.equal(response.status, 404);
    assert.deepEqual(await response.json(), {
      error: { type: 'not_found_error', code: 'resource_missing', message: 'No such route.' },
    });
  });

  it('serves its OpenAPI 3.1 document, and the kit’s types are generated from that same document (and its country codes from the server’s)', async () => {
    const response = await t.app.request('/v1/openapi.json');
    assert.equal(response.status, 200);
    const served = await response.json();
    assert.equal(served.openapi, '3.1.0');
    assert.ok(served.paths['/v1/invoices'].get);
    assert.ok(served.paths['/v1/portal-sessions'].post);
    const generated = await generateContract();
    assert.deepEqual(served, JSON.parse(generated.doc));
    const committed = async (file: string) => readFile(new URL(`../../src/state/${file}`, import.meta.url), 'utf8');
    assert.equal(await committed('contract.gen.ts'), generated.types, 'src/state/contract.gen.ts is stale: run `npm run contract`');
    assert.equal(
      await committed('contract-schemas.gen.ts'),
      generated.schemas,
      'src/state/contract-schemas.gen.ts is stale: run `npm run contract`',
    );
    assert.equal(
      await committed('contract-schemas-later.gen.ts'),
      generated.laterSchemas,
      'src/state/contract-schemas-later.gen.ts is stale: run `npm run contract`',
    );
    assert.equal(await committed('countries.gen.ts'), generated.countries, 'src/state/countries.gen.ts is stale: run `npm run contract`');
  });

  it('sends nosniff and no-referrer on every answer, no-store where a token is used', async () => {
    const { token } = await t.session();
    const response = await t.customer('/v1/invoices?limit=1', token);
    assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(response.headers.get('referrer-policy'), 'no-referrer');
    assert.equal(response.headers.get('cache-control'), 'no-store');
  });
});
