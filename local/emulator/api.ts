/**
 * The real Apps Script API surface, read from `@types/google-apps-script` at run time.
 *
 * The proxies use it to tell "a method the real API has but the fake lacks" (loud error) from
 * "a name the real API does not have" (undefined, as on the platform), and to build every enum.
 * `coverage.ts` uses it to list what each fake implements.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';

export type ApiMember = { kind: 'method' } | { kind: 'property'; enumRef?: string };

export interface ApiInterface {
  /** Qualified name inside `GoogleAppsScript`, e.g. `Spreadsheet.Range`. */
  readonly qualified: string;
  readonly members: ReadonlyMap<string, ApiMember>;
}

export interface ApiSurface {
  interfaces: ReadonlyMap<string, ApiInterface>;
  /** Qualified enum name → member names in declaration order. */
  enums: ReadonlyMap<string, readonly string[]>;
}

const FILES = [
  'base', 'cache', 'html', 'lock', 'mail', 'properties', 'script', 'spreadsheet', 'utilities',
  'gmail', 'forms', 'drive', 'charts', 'calendar', 'document',
];
/** Advanced services (`apis/<name>.d.ts`): the service is the top-level interface (`Drive`), its collections nested. */
const ADVANCED_FILES = ['drive_v3'];

function qualify(ns: string, name: string): string {
  return ns ? `${ns}.${name}` : name;
}

let cached: ApiSurface | undefined;

export function typesDir(): string {
  return path.dirname(require.resolve('@types/google-apps-script/package.json'));
}

interface RawInterface {
  members: Map<string, ApiMember>;
  bases: string[];
}

export function apiSurface(): ApiSurface {
  if (cached) return cached;
  const raw = new Map<string, RawInterface>();
  const enums = new Map<string, string[]>();
  const dir = typesDir();
  const walk = (block: ts.ModuleBlock, ns: string, source: ts.SourceFile): void => {
    for (const decl of block.statements) {
      if (ts.isModuleDeclaration(decl) && decl.body && ts.isModuleBlock(decl.body)) {
        walk(decl.body, ns ? `${ns}.${decl.name.getText(source)}` : decl.name.getText(source), source);
      } else if (ts.isEnumDeclaration(decl)) {
        enums.set(qualify(ns, decl.name.text), decl.members.map((m) => m.name.getText(source)));
      } else if (ts.isInterfaceDeclaration(decl)) {
        raw.set(qualify(ns, decl.name.text), readInterface(decl, ns, source));
      }
    }
  };
  for (const file of [...FILES.map((f) => `google-apps-script.${f}.d.ts`), ...ADVANCED_FILES.map((f) => path.join('apis', `${f}.d.ts`))]) {
    const full = path.join(dir, file);
    if (!fs.existsSync(full)) continue;
    const source = ts.createSourceFile(full, fs.readFileSync(full, 'utf8'), ts.ScriptTarget.Latest, false);
    for (const top of source.statements) {
      if (!ts.isModuleDeclaration(top) || top.name.getText(source) !== 'GoogleAppsScript') continue;
      if (top.body && ts.isModuleBlock(top.body)) walk(top.body, '', source);
    }
  }
  const interfaces = new Map<string, ApiInterface>();
  const resolve = (name: string, seen: Set<string>): Map<string, ApiMember> => {
    const entry = raw.get(name);
    if (!entry || seen.has(name)) return new Map();
    seen.add(name);
    const merged = new Map<string, ApiMember>();
    for (const base of entry.bases) for (const [k, v] of resolve(base, seen)) merged.set(k, v);
    for (const [k, v] of entry.members) merged.set(k, v);
    return merged;
  };
  for (const name of raw.keys()) interfaces.set(name, { qualified: name, members: resolve(name, new Set()) });
  cached = { interfaces, enums };
  return cached;
}

function readInterface(decl: ts.InterfaceDeclaration, ns: string, source: ts.SourceFile): RawInterface {
  const members = new Map<string, ApiMember>();
  const bases: string[] = [];
  for (const clause of decl.heritageClauses ?? []) {
    for (const t of clause.types) {
      const name = t.expression.getText(source);
      bases.push(name.includes('.') ? name : qualify(ns, name));
    }
  }
  for (const m of decl.members) {
    if (!m.name) continue;
    const name = m.name.getText(source).replace(/^["']|["']$/g, '');
    if (ts.isMethodSignature(m)) {
      members.set(name, { kind: 'method' });
    } else if (ts.isPropertySignature(m)) {
      let enumRef: string | undefined;
      if (m.type && ts.isTypeQueryNode(m.type)) {
        const ref = m.type.exprName.getText(source);
        enumRef = ref.includes('.') ? ref : qualify(ns, ref);
      }
      members.set(name, enumRef ? { kind: 'property', enumRef } : { kind: 'property' });
    }
  }
  return { members, bases };
}

export function apiInterface(qualified: string): ApiInterface {
  const found = apiSurface().interfaces.get(qualified);
  if (!found) throw new Error(`Emulator: no interface GoogleAppsScript.${qualified} in @types/google-apps-script`);
  return found;
}
