import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppServices } from '../../../electron/app-services';
import type { Harness } from '../../../electron/harness/server';
import { startHarness, TOKEN_HEADER } from '../../../electron/harness/server';

/** A raw HTTP request, so tests can send headers a browser's fetch would not let them forge. */
function raw(
  port: number,
  options: { method?: string; path?: string; headers?: Record<string, string>; body?: string },
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method: options.method ?? 'GET',
        path: options.path ?? '/',
        headers: options.headers,
      },
      (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

describe('the browser harness', () => {
  let dataDir: string;
  let rendererDir: string;
  let harness: Harness;
  let token: string;
  let origin: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'pwp-harness-data-'));
    rendererDir = await mkdtemp(join(tmpdir(), 'pwp-harness-page-'));
    await writeFile(
      join(rendererDir, 'index.html'),
      '<html><head><title>t</title></head><body></body></html>',
    );
    const { dispatch } = createAppServices({ dataDir, runtime: 'harness', version: '0' });
    harness = await startHarness({ dispatch, rendererDir });
    origin = harness.url.replace(/\/$/, '');
    const page = await raw(harness.port, { headers: { host: `127.0.0.1:${harness.port}` } });
    token = /name="pwp-harness-token" content="([^"]+)"/.exec(page.body)?.[1] ?? '';
  });
  afterAll(async () => {
    await harness.close();
    await rm(dataDir, { recursive: true, force: true });
    await rm(rendererDir, { recursive: true, force: true });
  });

  const call = (headers: Record<string, string>, channel = 'app:info') =>
    raw(harness.port, {
      method: 'POST',
      path: `/ipc/${channel}`,
      headers: {
        host: `127.0.0.1:${harness.port}`,
        'content-type': 'application/json',
        ...headers,
      },
      body: JSON.stringify({}),
    });

  it('listens on the loopback address only', () => {
    expect(harness.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it('sends the app’s Content-Security-Policy with the page', async () => {
    const response = await new Promise<string | undefined>((resolve, reject) => {
      request(
        {
          host: '127.0.0.1',
          port: harness.port,
          path: '/',
          headers: { host: `127.0.0.1:${harness.port}` },
        },
        (res) => {
          res.resume();
          resolve(res.headers['content-security-policy'] as string | undefined);
        },
      )
        .on('error', reject)
        .end();
    });
    expect(response).toContain("default-src 'none'");
    expect(response).toContain("script-src 'self'");
  });

  it('writes a per-launch token into the page it serves', () => {
    expect(token.length).toBeGreaterThanOrEqual(32);
  });

  it('answers a call from its own page', async () => {
    const response = await call({ origin, [TOKEN_HEADER]: token });
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toMatchObject({ ok: true, data: { runtime: 'harness' } });
  });

  it.each([
    ['no token', { origin: 'ORIGIN' }],
    ['a wrong token', { origin: 'ORIGIN', [TOKEN_HEADER]: 'x'.repeat(32) }],
    ['another origin', { origin: 'http://evil.example', [TOKEN_HEADER]: 'TOKEN' }],
  ])('refuses a call with %s', async (_label, headers: Record<string, string>) => {
    // The table is built before the server starts; fill in its real origin and token now.
    const live: Record<string, string> = { ORIGIN: origin, TOKEN: token };
    const withToken = Object.fromEntries(
      Object.entries(headers).map(([k, v]) => [k, live[v] ?? v]),
    );
    const response = await call(withToken);
    expect(response.status).toBe(403);
    expect(JSON.parse(response.body)).toMatchObject({
      ok: false,
      error: { code: 'forbidden-sender' },
    });
  });

  it('refuses requests for another host name (DNS rebinding)', async () => {
    const response = await raw(harness.port, {
      headers: { host: `attacker.example:${harness.port}` },
    });
    expect(response.status).toBe(421);
  });

  it('never serves files outside the built renderer', async () => {
    const response = await raw(harness.port, {
      path: '/..%2f..%2f..%2fetc%2fpasswd',
      headers: { host: `127.0.0.1:${harness.port}` },
    });
    expect(response.status).toBe(404);
  });

  it('answers a malformed address calmly, without revealing anything', async () => {
    const page = await raw(harness.port, {
      path: '/%E0%A4%A',
      headers: { host: `127.0.0.1:${harness.port}` },
    });
    expect(page.status).toBe(404);
    const call = await raw(harness.port, {
      method: 'POST',
      path: '/ipc/%E0%A4%A',
      headers: { host: `127.0.0.1:${harness.port}`, origin, [TOKEN_HEADER]: token },
    });
    expect(call.status).toBe(400);
    expect(call.body).toBe('Bad request');
  });

  it('validates input exactly as Electron does', async () => {
    const response = await raw(harness.port, {
      method: 'POST',
      path: '/ipc/portfolio:open',
      headers: { host: `127.0.0.1:${harness.port}`, origin, [TOKEN_HEADER]: token },
      body: JSON.stringify({ input: { id: 'Not An Id!' } }),
    });
    expect(JSON.parse(response.body)).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', fields: [{ path: 'id' }] },
    });
  });
});
