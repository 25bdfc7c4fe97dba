/**
 * The boundary between the script's realm (node:vm) and the fakes (host realm).
 *
 * Every fake handed to the script is a Proxy that exposes only names of the real API: a method the
 * fake implements is checked against the granted OAuth scopes, counted, charged to the simulated clock,
 * may fail by plan, gets its arguments
 * converted to host values (proxies unwrapped, Dates and arrays copied) and its result converted to
 * script values (Dates of the script's realm, fakes wrapped). A real method the fake lacks throws
 * `Emulator: Range.setBorder is not implemented`; a name the real API does not have is undefined.
 */
import { apiInterface, type ApiInterface } from './api';
import { EnumValue, enumType, isEnumType } from './enums';
import { notImplemented, ScriptError } from './errors';
import { requireScopes } from './scopes';
import type { World } from './world';

export interface FakeMeta {
  /** Qualified interface, e.g. `Spreadsheet.Range`. */
  readonly iface: string;
  /** The class name in call keys (`Range` in `Range.getValues`). */
  readonly name: string;
  /** The service the call is counted under (`Spreadsheet`, `Mail`, `Base`, …). */
  readonly service: string;
  /** Properties beyond the API are stored on the fake (HtmlTemplate variables). */
  readonly dynamic?: boolean;
}

/** A fake that accepts arbitrary properties (`template.data = …`). */
export interface DynamicProps {
  getDynamic(name: string): unknown;
  setDynamic(name: string, value: unknown): void;
}

type AnyCtor = abstract new (...args: never[]) => object;

const metas = new Map<object, FakeMeta>();

export function registerFake(ctor: AnyCtor, meta: Omit<FakeMeta, 'name'> & { name?: string }): void {
  const name = meta.name ?? meta.iface.slice(meta.iface.lastIndexOf('.') + 1);
  metas.set(ctor.prototype as object, { ...meta, name });
}

export function registeredFakes(): Array<{ prototype: object; meta: FakeMeta }> {
  return [...metas].map(([prototype, meta]) => ({ prototype, meta }));
}

export function fakeMeta(value: object): FakeMeta | undefined {
  let proto: object | null = Object.getPrototypeOf(value) as object | null;
  while (proto) {
    const m = metas.get(proto);
    if (m) return m;
    proto = Object.getPrototypeOf(proto) as object | null;
  }
  return undefined;
}

export function isFake(value: unknown): value is object {
  return typeof value === 'object' && value !== null && fakeMeta(value) !== undefined;
}

/** The host object behind a proxy (vm or host view), or the value itself. */
const targets = new WeakMap<object, object>();

export function unwrap(value: unknown): unknown {
  if (typeof value === 'object' && value !== null) return targets.get(value) ?? value;
  return value;
}

/** Casts a fake to the API type it stands for (the proxy makes it one at run time). */
export function asApi<T>(fake: object): T {
  return fake as unknown as T;
}

/** Narrows an API-typed argument back to the fake class, or throws a signature error. */
export function fromApi<T extends object>(value: unknown, ctor: abstract new (...args: never[]) => T, what: string): T {
  const v = unwrap(value);
  if (v instanceof ctor) return v;
  throw new ScriptError(`Invalid argument: ${what}`);
}

export interface Realm {
  Array: ArrayConstructor;
  Object: ObjectConstructor;
  Date: DateConstructor;
  Error: ErrorConstructor;
}

function isPlainDate(v: object): boolean {
  return Object.prototype.toString.call(v) === '[object Date]';
}

function fakeRecord(fake: object): Record<string, unknown> {
  return fake as unknown as Record<string, unknown>;
}

export class Bridge {
  readonly #vmProxies = new WeakMap<object, object>();
  readonly #hostProxies = new WeakMap<object, object>();

  constructor(
    private readonly world: World,
    private readonly realm: Realm,
  ) {}

  /** Host value → script value. */
  toVm(value: unknown, seen = new Map<object, unknown>()): unknown {
    if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return value;
    if (typeof value === 'function') return value;
    const obj = value as object;
    if (obj instanceof EnumValue || isEnumType(obj)) return obj;
    const target = targets.get(obj);
    if (target) return this.toVm(target, seen);
    if (obj instanceof Date) return new this.realm.Date(obj.getTime());
    const meta = fakeMeta(obj);
    if (meta) return this.#vmProxy(obj, meta);
    const done = seen.get(obj);
    if (done !== undefined) return done;
    if (Array.isArray(obj)) {
      const out = new this.realm.Array<unknown>();
      seen.set(obj, out);
      for (const item of obj) out.push(this.toVm(item, seen));
      return out;
    }
    if (Object.getPrototypeOf(obj) !== Object.prototype && Object.getPrototypeOf(obj) !== null) return obj;
    const out = new this.realm.Object() as Record<string, unknown>;
    seen.set(obj, out);
    for (const [k, v] of Object.entries(obj)) out[k] = this.toVm(v, seen);
    return out;
  }

  /** Script value → host value: proxies unwrapped, Dates and containers copied into the host realm. */
  toHost(value: unknown, seen = new Map<object, unknown>()): unknown {
    if (value === null || typeof value !== 'object') return value;
    const obj = value as object;
    const target = targets.get(obj);
    if (target) return target;
    if (obj instanceof EnumValue || isEnumType(obj) || fakeMeta(obj)) return obj;
    if (isPlainDate(obj)) return new Date((obj as Date).getTime());
    const done = seen.get(obj);
    if (done !== undefined) return done;
    if (Array.isArray(obj)) {
      const out: unknown[] = [];
      seen.set(obj, out);
      for (const item of obj as unknown[]) out.push(this.toHost(item, seen));
      return out;
    }
    const out: Record<string, unknown> = {};
    seen.set(obj, out);
    for (const k of Object.keys(obj)) out[k] = this.toHost((obj as Record<string, unknown>)[k], seen);
    return out;
  }

  /** Any error a fake threw → an Error of the script's realm. */
  vmError(error: unknown): unknown {
    if (error instanceof ScriptError) {
      const e = new this.realm.Error(error.message);
      if (error.kind !== 'plain') e.name = error.name;
      return e;
    }
    if (error instanceof Error) {
      const e = new this.realm.Error(`Emulator internal error: ${error.message}`);
      e.stack = `Error: Emulator internal error: ${error.message}\n${error.stack ?? ''}`;
      return e;
    }
    return error;
  }

  /** An uncounted proxy for host-side assertions (same API gating, host values). */
  hostView<T>(fake: object): T {
    return this.#hostView(fake) as T;
  }

  /** A script result as host values, fakes as host views. */
  hostResult(value: unknown): unknown {
    return this.#hostView(this.toHost(value), true);
  }

  #hostView(value: unknown, deep = false): unknown {
    if (value === null || typeof value !== 'object') return value;
    if (Array.isArray(value)) return value.map((v) => this.#hostView(v, deep));
    const meta = fakeMeta(value);
    if (!meta) {
      if (!deep || Object.getPrototypeOf(value) !== Object.prototype) return value;
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) out[k] = this.#hostView(v, true);
      return out;
    }
    const hit = this.#hostProxies.get(value);
    if (hit) return hit;
    const proxy = this.#makeProxy(
      value,
      meta,
      {},
      (impl, args) => this.#hostView(impl.apply(value, args.map((a) => this.#unwrapDeep(a)))),
      (v) => this.#hostView(v),
      (e) => e,
    );
    this.#hostProxies.set(value, proxy);
    return proxy;
  }

  #unwrapDeep(value: unknown): unknown {
    if (value === null || typeof value !== 'object') return value;
    const t = targets.get(value);
    if (t) return t;
    if (Array.isArray(value)) return value.map((v) => this.#unwrapDeep(v));
    return value;
  }

  #vmProxy(fake: object, meta: FakeMeta): object {
    const hit = this.#vmProxies.get(fake);
    if (hit) return hit;
    const key = (prop: string) => `${meta.name}.${prop}`;
    const proxy = this.#makeProxy(
      fake,
      meta,
      new this.realm.Object(),
      (impl, args, prop) => {
        requireScopes(this.world, meta.iface, key(prop), prop);
        this.world.chargeCall(key(prop), meta.service, fake);
        const hostArgs = args.map((a) => this.toHost(a));
        return this.toVm(impl.apply(fake, hostArgs));
      },
      (v) => this.toVm(v),
      (e) => this.vmError(e),
    );
    this.#vmProxies.set(fake, proxy);
    return proxy;
  }

  #makeProxy(
    fake: object,
    meta: FakeMeta,
    shell: object,
    call: (impl: (...a: unknown[]) => unknown, args: unknown[], prop: string) => unknown,
    toVm: (v: unknown) => unknown,
    convertError: (e: unknown) => unknown,
  ): object {
    const api: ApiInterface = apiInterface(meta.iface);
    const methods = new Map<string, (...a: unknown[]) => unknown>();
    const label = meta.name;
    const proxy = new Proxy(shell, {
      get: (_t, prop) => {
        if (typeof prop !== 'string') return undefined;
        const member = api.members.get(prop);
        if (!member) {
          if (prop === 'toString') return () => label;
          if (meta.dynamic) return toVm((fake as unknown as DynamicProps).getDynamic(prop));
          return undefined;
        }
        const own = fakeRecord(fake)[prop];
        if (member.kind === 'property') {
          if (own !== undefined) return toVm(own);
          if (member.enumRef) return enumType(member.enumRef);
          throw convertError(notImplemented(`${label}.${prop}`));
        }
        if (typeof own !== 'function') throw convertError(notImplemented(`${label}.${prop}`));
        const cached = methods.get(prop);
        if (cached) return cached;
        const impl = own as (...a: unknown[]) => unknown;
        const fn = (...args: unknown[]): unknown => {
          try {
            return call(impl, args, prop);
          } catch (e) {
            throw convertError(e);
          }
        };
        methods.set(prop, fn);
        return fn;
      },
      set: (_t, prop, value) => {
        if (meta.dynamic && typeof prop === 'string' && !api.members.has(prop)) {
          (fake as unknown as DynamicProps).setDynamic(prop, this.toHost(value));
        }
        return true;
      },
      has: (_t, prop) => typeof prop === 'string' && api.members.has(prop),
    });
    targets.set(proxy, fake);
    return proxy;
  }
}
