// serveLive: the HTTP server of `cica watch --serve`, on 127.0.0.1 only. It answers GET and HEAD of the page, its
// script and style, an event stream that says each new version, and the files of the last good version by their exact
// names; nothing else (no path is ever joined to a folder, so no path can leave it). A request whose Host header is
// not this server's own address is refused: a page of another site that rebinds its name to 127.0.0.1 (DNS rebinding)
// sends its own name as Host.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PAGE_CSP, PAGE_CSS, PAGE_JS, pageHtml, type LiveState } from './page.js';

/** The only interface served: the loopback address, never 0.0.0.0 or a LAN address. */
export const LOOPBACK = '127.0.0.1';
export const DEFAULT_PORT = 4510;

export interface LiveServer {
  /** http://127.0.0.1:PORT/ */
  url: string;
  port: number;
  /** Tells every open page that a new version is there. */
  notify(): void;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  xml: 'application/xml; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

const COMMON_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

function send(res: ServerResponse, req: IncomingMessage, status: number, type: string, body: string | Uint8Array, extra: Record<string, string> = {}): void {
  const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  res.writeHead(status, { ...COMMON_HEADERS, 'Content-Type': type, 'Content-Length': String(bytes.length), ...extra });
  res.end(req.method === 'HEAD' ? undefined : bytes);
}

/** Starts the server on 127.0.0.1:`port` (0: any free port). Rejects with the listen error (EADDRINUSE...). */
export function serveLive(port: number, state: () => LiveState): Promise<LiveServer> {
  const streams = new Set<ServerResponse>();
  let allowedHosts = new Set<string>();
  const sendVersion = (res: ServerResponse) => res.write(`event: version\ndata: ${state().version}\n\n`);

  const server: Server = createServer((req, res) => {
    const plain = 'text/plain; charset=utf-8';
    if (!allowedHosts.has((req.headers.host ?? '').toLowerCase())) {
      send(res, req, 421, plain, 'This server answers only to its own address (127.0.0.1 or localhost and its port).\n');
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(res, req, 405, plain, 'Only GET and HEAD.\n', { Allow: 'GET, HEAD' });
      return;
    }
    const path = (req.url ?? '').split('?')[0] ?? '';
    if (path === '/') return send(res, req, 200, 'text/html; charset=utf-8', pageHtml(state()), { 'Content-Security-Policy': PAGE_CSP, 'X-Frame-Options': 'DENY' });
    if (path === '/page.js') return send(res, req, 200, 'text/javascript; charset=utf-8', PAGE_JS);
    if (path === '/page.css') return send(res, req, 200, 'text/css; charset=utf-8', PAGE_CSS);
    if (path === '/events' && req.method === 'GET') {
      res.writeHead(200, { ...COMMON_HEADERS, 'Content-Type': 'text/event-stream; charset=utf-8', Connection: 'keep-alive' });
      streams.add(res);
      req.on('close', () => streams.delete(res));
      sendVersion(res);
      return;
    }
    if (path.startsWith('/files/')) {
      let name: string | undefined;
      try {
        name = decodeURIComponent(path.slice('/files/'.length));
      } catch {
        name = undefined;
      }
      // Looked up by exact name among the files of the last good version: never a path on disk.
      const bytes = name !== undefined ? state().good?.files.get(name) : undefined;
      if (name !== undefined && bytes) {
        const type = TYPES[name.split('.').pop() ?? ''] ?? 'application/octet-stream';
        // Shown inside the page (the PDF in an iframe of it), never framed by another site.
        return send(res, req, 200, type, bytes, { 'X-Frame-Options': 'SAMEORIGIN', 'Content-Security-Policy': "frame-ancestors 'self'" });
      }
    }
    send(res, req, 404, plain, 'Not found: this server serves the page and the files of the last good version only.\n');
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, LOOPBACK, () => {
      server.off('error', reject);
      const bound = (server.address() as AddressInfo).port;
      allowedHosts = new Set([`${LOOPBACK}:${bound}`, `localhost:${bound}`]);
      resolve({
        url: `http://${LOOPBACK}:${bound}/`,
        port: bound,
        notify: () => { for (const res of streams) sendVersion(res); },
        close: () => new Promise<void>((done) => {
          for (const res of streams) res.end();
          streams.clear();
          server.close(() => done());
          server.closeAllConnections();
        }),
      });
    });
  });
}
