import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Emulator } from '../emulator';
import { scriptRun } from './scriptRun';

/** Stands in for google.script.run in the page: each call is POSTed to /rpc/<name>. */
const SHIM = `<script>
(function () {
  function runner(success, failure) {
    return new Proxy({}, {
      get: function (_, name) {
        if (name === 'withSuccessHandler') return function (fn) { return runner(fn, failure); };
        if (name === 'withFailureHandler') return function (fn) { return runner(success, fn); };
        if (name === 'withUserObject') return function () { return runner(success, failure); };
        return function () {
          var args = Array.prototype.slice.call(arguments);
          fetch('/rpc/' + encodeURIComponent(String(name)), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(args) })
            .then(function (r) { return r.json(); })
            .then(function (res) {
              if (res.ok) { if (success) success(res.value); }
              else { var e = new Error(res.error); if (failure) failure(e); else console.error(e); }
            }, function (err) { if (failure) failure(err); });
        };
      }
    });
  }
  window.google = { script: { run: runner(null, null), host: { close: function () {}, editor: { focus: function () {} } } } };
})();
</script>`;

/** Google's add-on CSS package as the sidebar links it in Sheets; the preview serves its own copy. */
const ADDON_CSS = /<link rel="stylesheet" href="https:\/\/ssl\.gstatic\.com\/docs\/script\/css\/add-ons1\.css" \/>/;
const LOCAL_CSS = '/addons.css';

/**
 * The sidebar page as the preview serves it: the shim in place of google.script.run, the local
 * stylesheet in place of Google's. A page whose link no longer matches fails here rather than
 * reaching for the network.
 */
export function previewPage(sidebarHtml: string): string {
  if (!ADDON_CSS.test(sidebarHtml)) throw new Error("dist/Sidebar.html: the link to Google's add-on CSS was not found; update local/preview/server.ts");
  return sidebarHtml.replace(ADDON_CSS, `<link rel="stylesheet" href="${LOCAL_CSS}" />`).replace('<head>', `<head>${SHIM}`);
}

async function body(request: import('node:http').IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Serves dist/Sidebar.html on 127.0.0.1 with calls answered by the bundle in the emulator. */
export function startPreview(emu: Emulator, distDir: string, port: number): Promise<Server> {
  const server = createServer(async (request, response) => {
    try {
      const url = new URL(request.url ?? '/', 'http://127.0.0.1');
      if (request.method === 'GET' && (url.pathname === '/' || url.pathname === '/index.html')) {
        const page = await readFile(join(distDir, 'Sidebar.html'), 'utf8');
        response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
        response.end(previewPage(page));
        return;
      }
      if (request.method === 'GET' && url.pathname === LOCAL_CSS) {
        response.writeHead(200, { 'Content-Type': 'text/css; charset=utf-8' });
        response.end(await readFile(join(__dirname, 'addons.css'), 'utf8'));
        return;
      }
      const rpc = /^\/rpc\/([^/]+)$/.exec(url.pathname);
      if (request.method === 'POST' && rpc) {
        const args = JSON.parse((await body(request)) || '[]') as unknown;
        const result = scriptRun(emu, decodeURIComponent(rpc[1]), Array.isArray(args) ? args : [args]);
        response.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8' });
        response.end(JSON.stringify(result));
        return;
      }
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end('Không tìm thấy');
    } catch (error) {
      response.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end(error instanceof Error ? error.message : String(error));
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}
