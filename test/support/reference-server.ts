/**
 * Starts the real reference server (`server/main.ts`) in a child process on a free
 * port with a fresh data folder, for component, server and end-to-end tests.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../..', import.meta.url));
export const TEST_SECRET_KEY = 'sk_test_portal_kit_suite';

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface RunningServer {
  url: string;
  apiBase: string;
  port: number;
  dataDir: string;
  secretKey: string;
  output: () => string;
  /** Creates a portal session through the merchant API; returns its body. */
  createSession(customer: string, extra?: Record<string, unknown>): Promise<{ token: string; url: string; id: string }>;
  /** A new copy of a seeded customer (demo-only `POST /v1/dev/customers`), for a test that changes it: its id, email and ids by the seed's names. */
  copyCustomer(template?: string): Promise<CustomerCopy>;
  stop(): Promise<void>;
}

export interface CustomerCopy {
  id: string;
  email: string;
  /** The copy's ids of the template's objects, by the seed's ids (`sub_demo_pro` → `sub_…`). */
  ids: Record<string, string>;
}

export interface StartOptions {
  env?: Record<string, string>;
  port?: number;
  dataDir?: string;
  /** Keep the data folder after stop (to start a second server on it, say). */
  keepData?: boolean;
}

export async function startReferenceServer(options: StartOptions = {}): Promise<RunningServer> {
  const port = options.port ?? (await freePort());
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'portal-kit-test-'));
  const url = `http://localhost:${port}`;
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', join(root, 'server/main.ts')], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      PORTAL_PUBLIC_URL: url,
      PORTAL_DATA_DIR: dataDir,
      PORTAL_SECRET_KEY: TEST_SECRET_KEY,
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));

  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The reference server did not start in 30 s:\n${output}`)), 30_000);
    const check = () => {
      if (output.includes('listening on')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', check);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The reference server exited with ${code}:\n${output}`));
    });
  });

  const secretKey = options.env?.PORTAL_SECRET_KEY ?? TEST_SECRET_KEY;
  return {
    url,
    apiBase: `${url}/v1`,
    port,
    dataDir,
    secretKey,
    output: () => output,
    async createSession(customer, extra = {}) {
      const response = await fetch(`${url}/v1/portal-sessions`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${secretKey}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ customer, ...extra }),
      });
      if (response.status !== 201) throw new Error(`createSession: ${response.status} ${await response.text()}`);
      return (await response.json()) as { token: string; url: string; id: string };
    },
    async copyCustomer(template = 'cus_demo') {
      const response = await fetch(`${url}/v1/dev/customers`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${secretKey}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ template }),
      });
      if (response.status !== 201) throw new Error(`copyCustomer: ${response.status} ${await response.text()}`);
      return (await response.json()) as CustomerCopy;
    },
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      if (!options.keepData && !options.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
