import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { toErrorPayload } from '../../shared/errors';
import { MAX_REQUEST_BYTES } from '../../shared/limits';
import type { Dispatch } from '../ipc/dispatch';
import { contentSecurityPolicy } from '../security-policy';

/**
 * The browser harness: serves the built renderer and the same IPC dispatcher as Electron's main
 * process over HTTP, so the real UI and the real main-side code run in Chromium.
 *
 * It listens on 127.0.0.1 only. A call is accepted only when its Host is this server (no DNS
 * rebinding), its Origin is this server (no other site can post to it) and it carries the
 * per-launch token written into the page this server served (no other local page knows it).
 *
 * Nothing it answers ever carries an error's text: a malformed address gets a plain 400 (a
 * well-formed path whose escapes do not decode names no file, so a page asking for it gets 404),
 * and any other failure a plain 500 (the details go to `log`, never to the page).
 */
export interface HarnessOptions {
  dispatch: Dispatch;
  rendererDir: string;
  port?: number;
  /** Where unexpected failures are reported (the answer itself only says "Internal error"). */
  log?: (message: string, error: unknown) => void;
}

export interface Harness {
  url: string;
  port: number;
  close: () => Promise<void>;
}

export const TOKEN_HEADER = 'x-pwp-token';
/** One limit with the IPC contract: an import's text fits, anything larger is refused unread. */
const MAX_BODY_BYTES = MAX_REQUEST_BYTES;
/** Longer request targets get 414; the page never asks for anything near this long. */
export const MAX_TARGET_LENGTH = 4096;

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
  log = () => {},
}: HarnessOptions): Promise<Harness> {
  const token = randomBytes(24).toString('base64url');
  let origin = '';
  let host = '';

  /** Connections with an answer under way: a parse error there cannot get a clean answer. */
  const answering = new WeakSet<Socket>();

  const server = createServer((request, response) => {
    const socket = request.socket;
    answering.add(socket);
    response.on('close', () => answering.delete(socket));
    handle(request, response).catch((error: unknown) => {
      log('Harness request failed', error);
      // Only a fixed sentence: an error's text can name files, paths and internals.
      if (response.headersSent) response.destroy();
      else send(response, 500, 'text/plain; charset=utf-8', 'Internal error');
    });
  });
  // Requests Node's own parser refuses (control characters, oversized headers) get a plain answer
  // too, instead of whatever the parser's error says.
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Socket) => {
    if (answering.has(socket)) socket.destroy();
    else answerClientError(error, socket);
  });

  // CONNECT names an authority, never a path of ours; without this Node drops it unanswered.
  server.on('connect', (_request: IncomingMessage, socket: Socket) => {
    answerOnSocket(socket, '400 Bad Request', 'Bad request');
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (request.headers.host !== host) {
      return send(response, 421, 'text/plain; charset=utf-8', 'Unknown host');
    }
    const parsed = parseTarget(request.url ?? '', origin);
    if (!parsed.ok) {
      return parsed.status === 414
        ? send(response, 414, 'text/plain; charset=utf-8', 'Address too long')
        : send(response, 400, 'text/plain; charset=utf-8', 'Bad request');
    }
    const target = parsed.path;
    if (request.method === 'POST' && target.startsWith('/ipc/')) {
      const channel = safeDecode(target.slice(5));
      if (channel === null) return send(response, 400, 'text/plain; charset=utf-8', 'Bad request');
      return handleCall(request, response, channel);
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return send(response, 405, 'text/plain; charset=utf-8', 'Method not allowed');
    }
    return serveFile(response, target);
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
  host = `127.0.0.1:${actualPort}`;
  origin = `http://${host}`;

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

/** What a path may hold (RFC 3986 `pchar` and `/`); anything else is a malformed address. */
const PATH_CHARS = /^[A-Za-z0-9\-._~%!$&'()*+,;=:@/]*$/;
/** What a query may hold (RFC 3986 `query`). The harness ignores queries, but checks them. */
const QUERY_CHARS = /^[A-Za-z0-9\-._~%!$&'()*+,;=:@/?]*$/;

/**
 * The path of a request target, parsed here rather than by `new URL(target, origin)`, whose
 * resolution would read `//evil.example/x` as another host and throw on `//[::1/`.
 *
 * - origin-form (`/path?query`) is the normal case. A path starting `//` is refused: it is only
 *   ever an attempt to smuggle in an authority, and no file of ours is named that way.
 * - absolute-form (`http://127.0.0.1:<port>/path`) is accepted only when it names this very
 *   server (HTTP/1.1 servers must accept it), and then only its path is used. One naming any other
 *   host, port, scheme or user is refused: this is not a proxy.
 * - asterisk-form (`*`), authority-form (`host:port`) and anything else are refused.
 *
 * The path comes back still percent-encoded: decoding is left to the caller, which answers a path
 * that does not decode as it sees fit (404 for a file, 400 for a call).
 */
export type ParsedTarget = { ok: true; path: string } | { ok: false; status: 400 | 414 };

export function parseTarget(target: string, ownOrigin: string): ParsedTarget {
  const malformed = { ok: false, status: 400 } as const;
  if (target.length > MAX_TARGET_LENGTH) return { ok: false, status: 414 };
  let rest = target;
  if (!rest.startsWith('/')) {
    // Scheme and host are case-insensitive; the port is digits, so the origin either matches
    // exactly up to where the path starts, or the target names somewhere else.
    if (rest.slice(0, ownOrigin.length).toLowerCase() !== ownOrigin) return malformed;
    rest = rest.slice(ownOrigin.length);
    if (rest === '' || rest.startsWith('?')) rest = `/${rest}`;
    // `http://127.0.0.1:80801/` or `http://127.0.0.1:8080@evil/`: another port, or not a host.
    if (!rest.startsWith('/')) return malformed;
  }
  const queryAt = rest.indexOf('?');
  const path = queryAt === -1 ? rest : rest.slice(0, queryAt);
  const query = queryAt === -1 ? '' : rest.slice(queryAt + 1);
  if (path.startsWith('//')) return malformed;
  if (!PATH_CHARS.test(path) || !QUERY_CHARS.test(query)) return malformed;
  return { ok: true, path };
}

/**
 * Answers a request Node's HTTP parser could not read, with a fixed status and sentence (never the
 * parser's own message), then closes the connection.
 */
function answerClientError(error: NodeJS.ErrnoException, socket: Socket): void {
  if (error.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  if (error.code === 'HPE_HEADER_OVERFLOW') {
    answerOnSocket(socket, '431 Request Header Fields Too Large', 'Request too large');
  } else if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT') {
    answerOnSocket(socket, '408 Request Timeout', 'Request timeout');
  } else answerOnSocket(socket, '400 Bad Request', 'Bad request');
}

/** A whole plain-text answer written straight to a connection Node's server has given up on. */
function answerOnSocket(socket: Socket, status: string, text: string): void {
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  socket.end(
    `HTTP/1.1 ${status}\r\nContent-Type: text/plain; charset=utf-8\r\n` +
      `Content-Length: ${Buffer.byteLength(text)}\r\nConnection: close\r\n\r\n${text}`,
  );
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
