import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { toErrorPayload } from '../../shared/errors';
import type { Dispatch } from '../ipc/dispatch';
import { contentSecurityPolicy } from '../security-policy';

/**
 * The browser harness: serves the built renderer and the same IPC dispatcher as Electron's main
 * process over HTTP, so the real UI and the real main-side code run in Chromium.
 *
 * It listens on 127.0.0.1 only. A call is accepted only when its Host is this server (no DNS
 * rebinding), its Origin is this server (no other site can post to it) and it carries the
 * per-launch token written into the page this server served (no other local page knows it).
 */
export interface HarnessOptions {
  dispatch: Dispatch;
  rendererDir: string;
  port?: number;
}

export interface Harness {
  url: string;
  port: number;
  close: () => Promise<void>;
}

export const TOKEN_HEADER = 'x-pwp-token';
const MAX_BODY_BYTES = 10 * 1024 * 1024;

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

export async function startHarness({
  dispatch,
  rendererDir,
  port = 0,
}: HarnessOptions): Promise<Harness> {
  const token = randomBytes(24).toString('base64url');
  let origin = '';

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      send(response, 500, 'text/plain; charset=utf-8', `Harness error: ${String(error)}`);
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (request.headers.host !== new URL(origin).host) {
      return send(response, 421, 'text/plain; charset=utf-8', 'Unknown host');
    }
    const url = new URL(request.url ?? '/', origin);
    if (request.method === 'POST' && url.pathname.startsWith('/ipc/')) {
      const channel = safeDecode(url.pathname.slice(5));
      if (channel === null) return send(response, 400, 'text/plain; charset=utf-8', 'Bad request');
      return handleCall(request, response, channel);
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return send(response, 405, 'text/plain; charset=utf-8', 'Method not allowed');
    }
    return serveFile(response, url.pathname);
  }

  async function handleCall(request: IncomingMessage, response: ServerResponse, channel: string) {
    const presented = Buffer.from(String(request.headers[TOKEN_HEADER] ?? ''));
    const expected = Buffer.from(token);
    const tokenOk = presented.length === expected.length && timingSafeEqual(presented, expected);
    if (request.headers.origin !== origin || !tokenOk) {
      return sendJson(response, 403, { ok: false, error: toErrorPayload('forbidden-sender') });
    }
    const body = await readBody(request);
    if (body === null) return send(response, 413, 'text/plain; charset=utf-8', 'Request too large');
    let input: unknown;
    try {
      input = body.length === 0 ? undefined : (JSON.parse(body) as { input?: unknown }).input;
    } catch {
      const error = toErrorPayload('invalid-input', [], 'The request body is not JSON.');
      return sendJson(response, 400, { ok: false, error });
    }
    return sendJson(response, 200, await dispatch(channel, input));
  }

  async function serveFile(response: ServerResponse, pathname: string) {
    const relative = pathname === '/' ? 'index.html' : safeDecode(pathname.slice(1));
    if (relative === null) return send(response, 404, 'text/plain; charset=utf-8', 'Not found');
    const full = normalize(join(rendererDir, relative));
    if (!full.startsWith(normalize(rendererDir) + sep)) {
      return send(response, 404, 'text/plain; charset=utf-8', 'Not found');
    }
    let bytes: Buffer;
    try {
      bytes = await readFile(full);
    } catch {
      return send(response, 404, 'text/plain; charset=utf-8', 'Not found');
    }
    const type = contentTypes[extname(full)] ?? 'application/octet-stream';
    if (relative === 'index.html') {
      const page = bytes
        .toString('utf8')
        .replace('</head>', `<meta name="pwp-harness-token" content="${token}"></head>`);
      return send(response, 200, type, page);
    }
    return send(response, 200, type, bytes);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const actualPort = (server.address() as AddressInfo).port;
  origin = `http://127.0.0.1:${actualPort}`;

  return {
    url: `${origin}/`,
    port: actualPort,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A URL part decoded, or null when its percent-encoding is malformed. */
function safeDecode(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

function send(response: ServerResponse, status: number, type: string, body: string | Buffer) {
  response.writeHead(status, {
    'content-type': type,
    // The same policy the desktop app sends, so the browser harness is held to it too.
    'content-security-policy': contentSecurityPolicy,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
  });
  response.end(body);
}

function sendJson(response: ServerResponse, status: number, value: unknown) {
  send(response, status, 'application/json; charset=utf-8', JSON.stringify(value));
}

function readBody(request: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        // Stop reading, but let the 413 answer reach the page before the connection closes.
        request.pause();
        resolve(null);
      } else chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}
