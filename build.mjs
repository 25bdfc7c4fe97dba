// Builds the Apps Script project into dist/: Code.js (the bundle plus one top-level delegating
// function per export of src/main.ts), appsscript.json, and Sidebar.html with its script and
// styles inlined (HtmlService serves one file).
import { build } from 'esbuild';
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(fileURLToPath(import.meta.url));
const dist = join(root, 'dist');
const GLOBAL = 'App';
// Apps Script's V8 runs ES2019 reliably; newer syntax is lowered.
const TARGET = 'es2019';

/**
 * fflate probes for a streaming TextDecoder at load, calling `td.decode()` where `td` is false in
 * Apps Script (no TextDecoder): the TypeError it catches makes V8 abandon its lazy parse and
 * compile the whole bundle again, about half of every execution's start. The probe is guarded;
 * the build fails if fflate's text changes so that the guard no longer applies.
 */
const FFLATE_PROBE = 'try {\n    td.decode(et, { stream: true });';
const guardFflateProbe = {
  name: 'guard-fflate-text-decoder-probe',
  setup(b) {
    b.onLoad({ filter: /[\\/]fflate[\\/]esm[\\/]browser\.js$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      if (!source.includes(FFLATE_PROBE)) throw new Error(`build.mjs: fflate's TextDecoder probe not found in ${args.path}; update guardFflateProbe`);
      return { contents: source.replace(FFLATE_PROBE, `if (td) ${FFLATE_PROBE}`), loader: 'js' };
    });
  },
};

/** Names exported by src/main.ts, read from esbuild's metafile of an ESM build. */
async function entryExports() {
  const result = await build({
    entryPoints: [join(root, 'src/main.ts')],
    bundle: true,
    format: 'esm',
    write: false,
    metafile: true,
    outdir: join(dist, '.exports'),
    logLevel: 'silent',
  });
  const output = Object.values(result.metafile.outputs).find((o) => o.entryPoint);
  return [...output.exports].sort();
}

async function buildServer() {
  const names = await entryExports();
  const result = await build({
    entryPoints: [join(root, 'src/main.ts')],
    bundle: true,
    format: 'iife',
    globalName: GLOBAL,
    target: TARGET,
    platform: 'neutral',
    mainFields: ['module', 'main'],
    write: false,
    legalComments: 'none',
    charset: 'utf8',
    logLevel: 'warning',
    plugins: [guardFflateProbe],
  });
  const bundle = result.outputFiles[0].text;
  const wrappers = names
    .map((name) => `function ${name}(){return ${GLOBAL}.${name}.apply(this,arguments)}`)
    .join('\n');
  await writeFile(join(dist, 'Code.js'), `${bundle}\n${wrappers}\n`);
  return names;
}

async function buildSidebar() {
  const script = await build({
    entryPoints: [join(root, 'src/ui/client/main.ts')],
    bundle: true,
    format: 'iife',
    target: 'es2019',
    minify: true,
    write: false,
    charset: 'utf8',
    logLevel: 'warning',
  });
  const template = await readFile(join(root, 'src/ui/sidebar.html'), 'utf8');
  const css = await readFile(join(root, 'src/ui/sidebar.css'), 'utf8');
  // A literal "</script" inside the bundle would end the tag early.
  const js = script.outputFiles[0].text.replace(/<\/script/gi, '<\\/script');
  const html = template.replace('/*STYLE*/', () => css).replace('/*SCRIPT*/', () => js);
  await writeFile(join(dist, 'Sidebar.html'), html);
}

await mkdir(dist, { recursive: true });
const names = await buildServer();
await buildSidebar();
await copyFile(join(root, 'appsscript.json'), join(dist, 'appsscript.json'));
console.log(`dist/Code.js: ${names.length} entry points (${names.join(', ')})`);
