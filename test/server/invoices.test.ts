import { strict as assert } from 'node:assert';
import { after, before, describe, it } from 'node:test';
import { testApp } from './helpers.js';

interface Invoice {
  id: string;
  number: string;
  status: string;
  currency: string;
  total: number;
  amount_due: number;
  amount_paid: number;
  created_at: string;
  pdf_url: string;
}

describe('GET /v1/invoices', () => {
  let t: Awaited<ReturnType<typeof testApp>>;
  let token: string;
  before(async () => {
    t = await testApp();
    token = (await t.session('cus_demo')).token;
  });
  after(() => t.close());

  const list = async (query = '', as = token) => {
    const response = await t.customer(`/v1/invoices${query}`, as);
    return { status: response.status, body: await response.json() };
  };

  it('needs a session token', async () => {
    const response = await t.app.request('/v1/invoices');
    assert.equal(response.status, 401);
    assert.equal((await response.json()).error.code, 'unauthenticated');
    assert.equal((await list('', 'pst_forged')).status, 401);
  });

  it('pages through all 36 of cus_demo’s invoices, newest first, without gaps or repeats', async () => {
    const seen: Invoice[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const { status, body } = await list(`?limit=10${cursor ? `&starting_after=${cursor}` : ''}`);
      assert.equal(status, 200);
      assert.equal(body.object, 'list');
      seen.push(...body.data);
      cursor = body.next_cursor;
      assert.equal(body.has_more, cursor !== null);
      pages++;
    } while (cursor);
    assert.equal(pages, 4);
    assert.equal(seen.length, 36);
    assert.equal(new Set(seen.map((i) => i.id)).size, 36);
    const times = seen.map((i) => Date.parse(i.created_at));
    assert.deepEqual(times, [...times].sort((a, b) => b - a));
    assert.equal(seen[0]!.number, 'DEMO-0036');
    assert.deepEqual(new Set(seen.map((i) => i.status)), new Set(['open', 'paid', 'void', 'uncollectible']));
    assert.deepEqual(new Set(seen.map((i) => i.currency)), new Set(['usd', 'eur']));
  });

  it('states money in minor units with the amounts consistent', async () => {
    const { body } = await list('?limit=100');
    for (const invoice of body.data as Invoice[]) {
      assert.ok(Number.isInteger(invoice.total));
      if (invoice.status === 'paid') assert.equal(invoice.amount_paid, invoice.total);
      if (invoice.status === 'open') assert.equal(invoice.amount_due, invoice.total);
    }
    assert.equal(body.data.length, 36);
  });

  it('shows a customer only their own invoices, and refuses another customer’s cursor', async () => {
    const other = (await t.session('cus_invoice_only')).token;
    const { body } = await list('?limit=100', other);
    assert.equal(body.data.length, 5);
    assert.ok((body.data as Invoice[]).every((i) => i.number.startsWith('IO-')));
    const foreign = await list('?starting_after=in_io_1');
    assert.equal(foreign.status, 400);
    assert.equal(foreign.body.error.param, 'starting_after');
  });

  it('validates limit', async () => {
    for (const bad of ['0', '101', 'abc', '1.5']) {
      const { status, body } = await list(`?limit=${bad}`);
      assert.equal(status, 400, bad);
      assert.equal(body.error.param, 'limit');
    }
  });

  it('serves the first page of 10,000 invoices quickly', async () => {
    const heavy = (await t.session('cus_heavy')).token;
    const started = performance.now();
    const { body } = await list('?limit=20', heavy);
    assert.ok(performance.now() - started < 200);
    assert.equal(body.data.length, 20);
    assert.equal(body.has_more, true);
    assert.equal(body.data[0].number, 'HVY-10000');
  });
});

describe('GET /v1/invoices?status=', () => {
  let t: Awaited<ReturnType<typeof testApp>>;
  let token: string;
  before(async () => {
    t = await testApp();
    token = (await t.session('cus_demo')).token;
  });
  after(() => t.close());

  const list = async (query = '', as = token) => {
    const response = await t.customer(`/v1/invoices${query}`, as);
    return { status: response.status, body: await response.json() };
  };

  /** Every page of `query`'s list, following next_cursor with the same filter. */
  const all = async (query: string, limit: number, as = token) => {
    const seen: Invoice[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const { status, body } = await list(`?limit=${limit}&${query}${cursor ? `&starting_after=${cursor}` : ''}`, as);
      assert.equal(status, 200);
      assert.equal(body.has_more, body.next_cursor !== null);
      seen.push(...body.data);
      cursor = body.next_cursor;
      pages++;
    } while (cursor);
    return { seen, pages };
  };

  it('lists only the invoices in that status, newest first, and the filtered lists add up to the whole history', async () => {
    const everything = (await list('?limit=100')).body.data as Invoice[];
    let total = 0;
    for (const status of ['paid', 'open', 'void', 'uncollectible', 'draft']) {
      const { seen } = await all(`status=${status}`, 100);
      assert.ok(seen.every((i) => i.status === status), status);
      assert.deepEqual(
        seen.map((i) => i.id),
        everything.filter((i) => i.status === status).map((i) => i.id),
        status,
      );
      total += seen.length;
    }
    assert.equal(total, everything.length);
    const open = (await list('?status=open')).body;
    assert.deepEqual(open.data.map((i: Invoice) => i.number), ['DEMO-0036']);
    assert.equal(open.has_more, false);
    assert.equal(open.next_cursor, null);
  });

  it('pages a filtered list by cursor without gaps or repeats (cus_heavy’s void invoices, 10 a page)', async () => {
    const heavy = (await t.session('cus_heavy')).token;
    const { seen, pages } = await all('status=void', 10, heavy);
    // Every 97th of the 10,000 is void: days 0, 97, …, 9991 back → 104 invoices.
    assert.equal(seen.length, 104);
    assert.equal(pages, 11);
    assert.equal(new Set(seen.map((i) => i.id)).size, 104);
    assert.ok(seen.every((i) => i.status === 'void'));
    const times = seen.map((i) => Date.parse(i.created_at));
    assert.deepEqual(times, [...times].sort((a, b) => b - a));
    assert.equal(seen[0]!.number, 'HVY-10000');
    assert.equal(seen[1]!.number, 'HVY-09903');
  });

  it('continues a filtered list from a cursor of the unfiltered one', async () => {
    const first = (await list('?limit=1')).body.data[0] as Invoice; // DEMO-0036, open
    const { body } = await list(`?status=paid&limit=3&starting_after=${first.id}`);
    assert.equal(body.data.length, 3);
    assert.ok((body.data as Invoice[]).every((i) => i.status === 'paid' && Date.parse(i.created_at) < Date.parse(first.created_at)));
  });

  it('validates the status', async () => {
    for (const bad of ['PAID', 'refunded', '']) {
      const { status, body } = await list(`?status=${bad}`);
      assert.equal(status, 400, bad);
      assert.equal(body.error.param, 'status');
    }
  });

  it('answers an empty filtered list for a customer with none in that status', async () => {
    const other = (await t.session('cus_invoice_only')).token;
    const { status, body } = await list('?status=uncollectible', other);
    assert.equal(status, 200);
    assert.deepEqual(body, { object: 'list', data: [], has_more: false, next_cursor: null });
  });
});

describe('invoice PDFs', () => {
  let t: Awaited<ReturnType<typeof testApp>>;
  let invoices: Invoice[];
  before(async () => {
    t = await testApp();
    const { token } = await t.session('cus_demo');
    invoices = (await (await t.customer('/v1/invoices?limit=100', token)).json()).data;
  });
  after(() => t.close());

  const path = (url: string) => url.replace('http://localhost:4400', '');

  it('downloads a real PDF through the signed URL, without a bearer token', async () => {
    const invoice = invoices.find((i) => i.number === 'DEMO-0001')!;
    const response = await t.app.request(path(invoice.pdf_url));
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'application/pdf');
    assert.equal(response.headers.get('content-disposition'), 'attachment; filename="invoice-DEMO-0001.pdf"');
    const bytes = Buffer.from(await response.arrayBuffer());
    assert.equal(bytes.subarray(0, 5).toString(), '%PDF-');
    assert.ok(bytes.subarray(-6).toString().includes('%%EOF'));
    const { PDFDocument } = await import('pdf-lib');
    const doc = await PDFDocument.load(bytes);
    assert.equal(doc.getPageCount(), 1);
    assert.equal(doc.getTitle(), 'Invoice DEMO-0001');
  });

  it('refuses a forged signature and another invoice’s signature', async () => {
    const [a, b] = invoices;
    const forged = path(a!.pdf_url).replace(/signature=[^&]+/, 'signature=AAAA');
    assert.equal((await t.app.request(forged)).status, 403);
    const swapped = path(a!.pdf_url).replace(a!.id, b!.id);
    const response = await t.app.request(swapped);
    assert.equal(response.status, 403);
    assert.equal((await response.json()).error.code, 'signature_invalid');
  });

  it('expires the link after 15 minutes', async () => {
    const url = path(invoices[0]!.pdf_url);
    t.clock.now += 15 * 60_000 + 1000;
    const response = await t.app.request(url);
    assert.equal(response.status, 403);
    assert.equal((await response.json()).error.code, 'link_expired');
  });
});
