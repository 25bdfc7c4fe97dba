import { buildSync } from 'esbuild';
import { join } from 'node:path';

/**
 * The intake code travels in dist/Code.js, which Apps Script loads on every execution: it stays
 * under 110 kB minified, counted with the libraries it pulls in (fflate, txml), as the bundle holds it.
 */
const LIMIT_BYTES = 110_000;

test('the intake code, minified with its libraries, stays under 110 kB', () => {
  const out = buildSync({
    entryPoints: [join(__dirname, '../../../src/intake/index.ts')],
    bundle: true,
    minify: true,
    format: 'iife',
    globalName: 'intake',
    target: 'es2020',
    write: false,
    logLevel: 'silent',
  });
  const bytes = out.outputFiles[0].contents.length;
  expect(bytes).toBeGreaterThan(10_000);
  expect(bytes).toBeLessThan(LIMIT_BYTES);
});
