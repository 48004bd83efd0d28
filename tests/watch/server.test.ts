// The server of `cica watch --serve` (src/watch/server.ts) without a browser: 127.0.0.1 only, its own Host header
// only (DNS rebinding), the known outputs only (no path reaches the disk), a strict CSP, diagnostics escaped.
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LiveState } from '../../src/watch/page.js';
import { serveLive, type LiveServer } from '../../src/watch/server.js';

const state: LiveState = {
  version: 3,
  failed: true,
  diagnostics: ['m.yaml:1:1  YAML_SYNTAX  <script>alert(1)</script> & "quotes"'],
  good: {
    version: 2,
    files: new Map([['m.en.pdf', new Uint8Array([0x25, 0x50, 0x44, 0x46])]]),
    documents: [{ name: 'm.en', lang: 'en', html: '<p class="recital" lang="en-GB">noting</p>', files: ['m.en.pdf'] }],
  },
};

let server: LiveServer;
beforeAll(async () => { server = await serveLive(0, () => state); });
afterAll(async () => { await server.close(); });

/** A raw GET with the Host header given (fetch would not let a test set it). */
function get(path: string, host = `127.0.0.1:${server.port}`, method = 'GET'): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    // An empty host: no Host header at all (HTTP/1.0 style).
    const req = request({ host: '127.0.0.1', port: server.port, path, method, setHost: false, headers: host ? { Host: host } : {} }, (res) => {
      let body = '';
      res.setEncoding('latin1');
      res.on('data', (c) => { body += c; });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('cica watch --serve', () => {
  it('listens on 127.0.0.1 only and prints that address', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/`);
    expect(server.port).toBeGreaterThan(0);
  });

  it('serves the page with a strict CSP and the diagnostics escaped', async () => {
    const r = await get('/');
    expect(r.status).toBe(200);
    expect(String(r.headers['content-security-policy'])).toMatch(/default-src 'none'/);
    expect(String(r.headers['content-security-policy'])).not.toMatch(/unsafe/);
    expect(r.body).toContain('&#60;script&#62;alert(1)&#60;/script&#62; &#38; &#34;quotes&#34;');
    expect(r.body).not.toContain('<script>alert');
    expect(r.body).toContain('showing version 2, the last good one');
  });

  it('answers to localhost:PORT too, and refuses any other Host header (DNS rebinding)', async () => {
    expect((await get('/', `localhost:${server.port}`)).status).toBe(200);
    for (const host of ['evil.example', `evil.example:${server.port}`, '127.0.0.1', `127.0.0.1:${server.port + 1}`, `0.0.0.0:${server.port}`, '']) {
      const r = await get('/', host);
      // No Host at all: node's server answers 400 itself (requireHostHeader).
      expect(r.status, host).toBe(host ? 421 : 400);
      expect(r.body).not.toContain('cica watch');
    }
    expect((await get('/files/m.en.pdf', 'evil.example')).status).toBe(421);
  });

  it('serves the known outputs by exact name and 404s anything else, traversal included', async () => {
    const pdf = await get('/files/m.en.pdf');
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.body).toBe('%PDF');
    for (const path of ['/files/../package.json', '/files/..%2Fpackage.json', '/files/%2e%2e/%2e%2e/etc/passwd', '/../../etc/passwd',
      '/files/m.en.docx', '/files/', '/files/%E0%A4%A', '/package.json', '/src/cli/main.ts', '/index.html']) {
      expect((await get(path)).status, path).toBe(404);
    }
  });

  it('refuses methods other than GET and HEAD', async () => {
    expect((await get('/', undefined, 'POST')).status).toBe(405);
    expect((await get('/', undefined, 'HEAD')).status).toBe(200);
  });
});
