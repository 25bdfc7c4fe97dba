import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createContext, runInContext } from 'node:vm';

const dist = join(__dirname, '../../dist');

describe('the built bundle (npm run build)', () => {
  const code = readFileSync(join(dist, 'Code.js'), 'utf8');

  test('declares one top-level delegating function per export of main.ts', () => {
    const topLevel = [...code.matchAll(/^function (\w+)\(\)\{return App\.(\w+)\.apply\(this,arguments\)\}$/gm)];
    expect(topLevel.every((m) => m[1] === m[2])).toBe(true);
    expect(topLevel.map((m) => m[1])).toMatchSnapshot();
  });

  test('is plain script: no module syntax and no Node built-ins', () => {
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
    expect(code).not.toMatch(/\brequire\(["']node:|\brequire\(["'](fs|path|crypto|buffer|util|zlib)["']\)/);
    expect(code).not.toMatch(/\bsetTimeout\(|\bprocess\.env\b/);
    // fflate probes for TextDecoder and falls back when Apps Script has none; nothing may rely on it.
    const decoderLines = code.split('\n').filter((line) => line.includes('TextDecoder'));
    expect(decoderLines.every((line) => line.includes('typeof TextDecoder'))).toBe(true);
  });

  test('loads without an exception where Apps Script has no TextDecoder (a caught one makes V8 compile the bundle twice)', () => {
    // `false.decode` looks the name up on Boolean.prototype: a getter there sees any probe of it.
    const context = createContext({});
    runInContext("var probes = 0; Object.defineProperty(Boolean.prototype, 'decode', { get: function () { probes++; return undefined; } });", context);
    runInContext(code, context);
    expect(runInContext('typeof App.onOpen', context)).toBe('function');
    expect(runInContext('probes', context)).toBe(0);
  });

  test('ships the manifest and the sidebar page', () => {
    const manifest = JSON.parse(readFileSync(join(dist, 'appsscript.json'), 'utf8')) as Record<string, unknown>;
    expect(manifest).toMatchObject({ timeZone: 'Asia/Ho_Chi_Minh', runtimeVersion: 'V8', exceptionLogging: 'STACKDRIVER' });
    expect(Array.isArray(manifest.oauthScopes)).toBe(true);
    const sidebar = readFileSync(join(dist, 'Sidebar.html'), 'utf8');
    expect(sidebar).toContain('<html lang="vi">');
    expect(sidebar).not.toContain('/*SCRIPT*/');
    expect(sidebar).not.toContain('/*STYLE*/');
    expect(sidebar).toMatch(/google\.script\.run/);
  });
});
