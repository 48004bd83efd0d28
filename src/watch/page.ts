// The live page of `cica watch --serve`: the diagnostics of the latest version, then each output of the last good one
// (its PDF in the browser's own viewer, its words as HTML text). No external assets and no inline script or style,
// so the Content-Security-Policy can forbid everything but this server's own files.
import { escapeHtml } from './html.js';

/** What the page shows; the server keeps the latest. */
export interface LiveState {
  /** Counts every version rendered (good or not); the page reloads when the server's moves past its own. */
  version: number;
  /** The latest version has errors: the outputs shown are the last good version's. */
  failed: boolean;
  /** The latest version's diagnostics, formatted as `cica draft` prints them (no colour). */
  diagnostics: string[];
  /** The last good version, when there was one. */
  good?: GoodVersion;
}

export interface GoodVersion {
  version: number;
  /** Every file written, by its name in --out: the only paths the server serves under /files/. */
  files: Map<string, Uint8Array>;
  /** Each document as text, by output name without the format (`memorandum.en`), with the files of it. */
  documents: { name: string; lang: string; html: string; files: string[] }[];
}

/** No source but this server; no framing by other sites; no plugins, forms or base URL. */
export const PAGE_CSP = "default-src 'none'; script-src 'self'; style-src 'self'; frame-src 'self'; connect-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const fileLink = (name: string) => `<a href="/files/${encodeURIComponent(name)}" download>${escapeHtml(name)}</a>`;

export function pageHtml(state: LiveState): string {
  const { good } = state;
  const status = state.failed
    ? good
      ? `Version ${state.version} has errors: showing version ${good.version}, the last good one.`
      : `Version ${state.version} has errors, and no version has rendered yet.`
    : `Version ${state.version}: rendered.`;
  const diagnostics = state.diagnostics.length
    ? `<ol id="diagnostics">${state.diagnostics.map((d) => `<li><pre>${escapeHtml(d)}</pre></li>`).join('')}</ol>`
    : '<p id="diagnostics">No diagnostics.</p>';
  const documents = (good?.documents ?? []).map((d) => {
    const pdf = d.files.find((f) => f.endsWith('.pdf'));
    return `<section class="document">
<h2>${escapeHtml(d.name)}</h2>
<p class="files">${d.files.map(fileLink).join(' · ')}</p>
${pdf ? `<iframe class="pdf" src="/files/${encodeURIComponent(pdf)}" title="${escapeHtml(pdf)}" loading="lazy"></iframe>` : ''}
<details open><summary>Text</summary><article class="text" lang="${escapeHtml(d.lang)}">${d.html}</article></details>
</section>`;
  }).join('\n');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>cica watch</title>
<link rel="stylesheet" href="/page.css">
<script src="/page.js" defer></script>
</head>
<body data-version="${state.version}">
<h1>cica watch</h1>
<p id="status" class="${state.failed ? 'failed' : 'ok'}">${escapeHtml(status)}</p>
${diagnostics}
${documents}
</body>
</html>
`;
}

/** Reloads the page when the server reports a version other than the page's own (also one made between the page's
 *  load and the stream's start: the stream's first event is the current version). */
export const PAGE_JS = `'use strict';
const shown = document.body.dataset.version;
const events = new EventSource('/events');
events.addEventListener('version', (e) => { if (e.data !== shown) location.reload(); });
`;

export const PAGE_CSS = `body { font: 15px/1.4 serif; margin: 1em auto; max-width: 70em; padding: 0 1em; }
#status.failed { color: #a00; font-weight: bold; }
#diagnostics pre { white-space: pre-wrap; background: #f6f6f6; padding: .5em; }
.pdf { width: 100%; height: 40em; border: 1px solid #ccc; }
.row { display: flex; gap: 2em; }
.cell { flex: 1; }
.label { margin-right: .5em; }
ul { list-style: none; padding-left: 1.5em; }
.title, .subtitle, .articleNumber, .articleHeading { text-align: center; font-weight: bold; }
.blank { letter-spacing: -1px; }
`;
