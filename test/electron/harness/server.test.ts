import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createAppServices } from '../../../electron/app-services';
import type { Harness } from '../../../electron/harness/server';
import { parseTarget, startHarness, TOKEN_HEADER } from '../../../electron/harness/server';
import { MAX_IMPORT_BYTES, MAX_REQUEST_BYTES } from '../../../shared/limits';

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

/**
 * Bytes sent exactly as given over a TCP socket: fetch and `http.request` normalise or refuse the
 * hostile request targets these tests need to send.
 */
function rawBytes(port: number, text: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      const answer = Buffer.concat(chunks).toString('utf8');
      const split = answer.indexOf('\r\n\r\n');
      const head = split === -1 ? answer : answer.slice(0, split);
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1] ?? 0);
      let body = split === -1 ? '' : answer.slice(split + 4);
      if (/^transfer-encoding: *chunked/im.test(head)) body = dechunk(body);
      resolve({ status, body });
    });
    // Not ended: a half-closed socket may be dropped before a slower answer (a file) is written.
    // Every request here asks for `Connection: close`, so the server closes once it has answered.
    socket.write(Buffer.from(text, 'latin1'));
    socket.setTimeout(5000, () => socket.destroy());
  });
}

/** The body of a chunked answer (`<hex size>\\r\\n<bytes>\\r\\n`…, ending with size 0). */
function dechunk(text: string): string {
  let body = '';
  let at = 0;
  for (;;) {
    const lineEnd = text.indexOf('\r\n', at);
    const size = lineEnd === -1 ? 0 : Number.parseInt(text.slice(at, lineEnd), 16);
    if (!size) return body;
    body += text.slice(lineEnd + 2, lineEnd + 2 + size);
    at = lineEnd + 2 + size + 2;
  }
}

/** What no answer may ever show: an error's name, text or stack, or a file path. */
const INTERNALS = /error|exception|stack|\bat \S+:\d+|node:|\/tmp|\/home|\\/i;

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

  it('lets an import as large as the contract allows through, and refuses a larger request unread', async () => {
    const post = (text: string) =>
      raw(harness.port, {
        method: 'POST',
        path: '/ipc/portfolio:import',
        headers: {
          host: `127.0.0.1:${harness.port}`,
          'content-type': 'application/json',
          origin,
          [TOKEN_HEADER]: token,
        },
        body: JSON.stringify({ input: { text } }),
      }).catch((error: unknown) => ({ status: 0, body: String(error) }));
    // Just under the limit: read, and refused by the contract's rules for a portfolio, not for size.
    const fits = await post('x'.repeat(MAX_IMPORT_BYTES - 64));
    expect(fits.status).toBe(200);
    expect(JSON.parse(fits.body)).toMatchObject({ ok: false, error: { code: 'file-corrupt' } });
    const tooLarge = await post('x'.repeat(MAX_REQUEST_BYTES + 1));
    expect(tooLarge.status).toBe(413);
  }, 30_000);

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

  describe('hostile request targets, sent byte for byte', () => {
    const PORT = 'PORT';
    const table: [label: string, method: string, target: string, status: number][] = [
      ['an unclosed IPv6 authority', 'GET', '//[::1/', 400],
      ['a malformed authority escape', 'GET', '//%zz/', 400],
      ['an authority posing as a path', 'GET', '//evil.example/index.html', 400],
      ['a call with an authority posing as a path', 'POST', '//[::1/ipc/app:info', 400],
      ['a lone percent sign', 'GET', '/%', 404],
      ['encoded dot segments', 'GET', '/..%2f..%2fetc/passwd', 404],
      ['raw dot segments', 'GET', '/../../etc/passwd', 404],
      ['absolute-form naming another host', 'GET', 'http://evil.example/', 400],
      ['absolute-form naming another port', 'GET', `http://127.0.0.1:${PORT}0/`, 400],
      ['absolute-form with a user name', 'GET', `http://127.0.0.1:${PORT}@evil.example/`, 400],
      ['absolute-form with another scheme', 'GET', `https://127.0.0.1:${PORT}/`, 400],
      ['absolute-form naming this server', 'GET', `http://127.0.0.1:${PORT}/`, 200],
      ['absolute-form naming this server, upper case', 'GET', `HTTP://127.0.0.1:${PORT}?x=1`, 200],
      ['the asterisk form', 'GET', '*', 400],
      ['the asterisk form with OPTIONS', 'OPTIONS', '*', 400],
      ['the authority form', 'CONNECT', `127.0.0.1:${PORT}`, 400],
      ['a relative path', 'GET', 'index.html', 400],
      ['an empty target', 'GET', '', 400],
      ['brackets in a path', 'GET', '/[x]', 400],
      ['a fragment', 'GET', '/index.html#top', 400],
      ['a backslash', 'GET', '/..\\..\\etc\\passwd', 400],
      ['a very long target', 'GET', `/${'a'.repeat(5000)}`, 414],
      ['a target longer than any header may be', 'GET', `/${'a'.repeat(20_000)}`, 431],
      ['a control character', 'GET', '/a\u0001b', 400],
      ['a NUL byte', 'GET', '/a\u0000b', 400],
      ['a DEL character', 'GET', '/a\u007fb', 400],
      ['a tab', 'GET', '/a\tb', 400],
      ['a raw non-ASCII byte', 'GET', '/caf\u00e9', 400],
      ['a line break', 'GET', '/a\nGET /', 400],
    ];

    it.each(table)('answers %s (%s %j) with %i and nothing more', async (_l, method, t, status) => {
      const target = t.replaceAll(PORT, String(harness.port));
      const response = await rawBytes(
        harness.port,
        `${method} ${target} HTTP/1.1\r\nHost: 127.0.0.1:${harness.port}\r\n` +
          'Connection: close\r\n\r\n',
      );
      expect(response.status).toBe(status);
      if (status === 200) expect(response.body).toContain('pwp-harness-token');
      else expect(response.body).not.toMatch(INTERNALS);
      expect(response.body).not.toContain(rendererDir);
    });

    it('refuses a hostile target on a call too, before reading it', async () => {
      const response = await rawBytes(
        harness.port,
        `POST http://evil.example/ipc/app:info HTTP/1.1\r\nHost: 127.0.0.1:${harness.port}\r\n` +
          `Origin: ${origin}\r\n${TOKEN_HEADER}: ${token}\r\nContent-Length: 2\r\n` +
          'Connection: close\r\n\r\n{}',
      );
      expect(response).toEqual({ status: 400, body: 'Bad request' });
    });

    it('still answers a call sent in absolute form to this server', async () => {
      const response = await rawBytes(
        harness.port,
        `POST ${origin}/ipc/app:info HTTP/1.1\r\nHost: 127.0.0.1:${harness.port}\r\n` +
          `Origin: ${origin}\r\n${TOKEN_HEADER}: ${token}\r\nContent-Length: 2\r\n` +
          'Connection: close\r\n\r\n{}',
      );
      expect(response.status).toBe(200);
      expect(JSON.parse(response.body)).toMatchObject({ ok: true });
    });
  });

  it('never reads a path starting // as another host', () => {
    expect(parseTarget('//evil.example/x', 'http://127.0.0.1:80')).toEqual({
      ok: false,
      status: 400,
    });
    expect(parseTarget('/assets/app.js?v=1', 'http://127.0.0.1:80')).toEqual({
      ok: true,
      path: '/assets/app.js',
    });
  });
});

describe('the browser harness when something unexpected fails', () => {
  it('answers a plain 500 and keeps the details for its log', async () => {
    const rendererDir = await mkdtemp(join(tmpdir(), 'pwp-harness-page-'));
    await writeFile(join(rendererDir, 'index.html'), '<html><head></head><body></body></html>');
    const log = vi.fn();
    const harness = await startHarness({
      dispatch: () => Promise.reject(new TypeError(`Invalid thing at ${rendererDir}/x.ts:1:2`)),
      rendererDir,
      log,
    });
    try {
      const host = `127.0.0.1:${harness.port}`;
      const page = await rawBytes(
        harness.port,
        `GET / HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`,
      );
      const token = /content="([^"]+)"/.exec(page.body)?.[1] ?? '';
      const response = await rawBytes(
        harness.port,
        `POST /ipc/app:info HTTP/1.1\r\nHost: ${host}\r\nOrigin: http://${host}\r\n` +
          `${TOKEN_HEADER}: ${token}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n`,
      );
      expect(response).toEqual({ status: 500, body: 'Internal error' });
      expect(log).toHaveBeenCalledOnce();
    } finally {
      await harness.close();
      await rm(rendererDir, { recursive: true, force: true });
    }
  });
});
