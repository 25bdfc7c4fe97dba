/** CacheService: script, document and per-user caches; expiry runs on the simulated clock. */
import { asApi, registerFake } from './bridge';
import { exception } from './errors';
import { stateKey, type World } from './world';

export const CACHE_VALUE_LIMIT = 100 * 1024;
const KEY_LIMIT = 250;
const DEFAULT_TTL_S = 600;
const MAX_TTL_S = 21600;

interface Entry {
  value: string;
  expires: number;
}

export const CACHES = stateKey('cache', () => new Map<string, Map<string, Entry>>());

export class FakeCache
  implements Pick<GoogleAppsScript.Cache.Cache, 'get' | 'getAll' | 'put' | 'putAll' | 'remove' | 'removeAll'>
{
  constructor(
    private readonly world: World,
    private readonly scope: string,
  ) {}

  /** Script and document caches are shared by every execution; a user's is theirs. */
  get shared(): boolean {
    return !this.scope.startsWith('user:');
  }

  #entries(): Map<string, Entry> {
    const all = this.world.state(CACHES);
    let m = all.get(this.scope);
    if (!m) {
      m = new Map();
      all.set(this.scope, m);
    }
    return m;
  }

  #key(key: unknown): string {
    const k = String(key);
    if (k.length > KEY_LIMIT) throw exception('Argument too large: key');
    return k;
  }

  get(key: string): string | null {
    const k = this.#key(key);
    const e = this.#entries().get(k);
    if (!e) return null;
    if (e.expires <= this.world.clock.now()) {
      this.#entries().delete(k);
      return null;
    }
    return e.value;
  }

  getAll(keys: string[]): { [key: string]: string } {
    const out: Record<string, string> = {};
    for (const k of keys) {
      const v = this.get(k);
      if (v !== null) out[k] = v;
    }
    return out;
  }

  put(key: string, value: string, expirationInSeconds?: number): void {
    const k = this.#key(key);
    const v = String(value);
    if (Buffer.byteLength(v, 'utf8') > CACHE_VALUE_LIMIT) throw exception('Argument too large: value');
    const ttl = Math.min(expirationInSeconds ?? DEFAULT_TTL_S, MAX_TTL_S);
    this.#entries().set(k, { value: v, expires: this.world.clock.now() + ttl * 1000 });
  }

  putAll(values: { [key: string]: string }, expirationInSeconds?: number): void {
    for (const [k, v] of Object.entries(values)) this.put(k, v, expirationInSeconds);
  }

  remove(key: string): void {
    this.#entries().delete(this.#key(key));
  }

  removeAll(keys: string[]): void {
    for (const k of keys) this.remove(k);
  }
}
registerFake(FakeCache, { iface: 'Cache.Cache', service: 'Cache' });

export class FakeCacheService
  implements Pick<GoogleAppsScript.Cache.CacheService, 'getScriptCache' | 'getUserCache' | 'getDocumentCache'>
{
  constructor(private readonly world: World) {}
  getScriptCache(): GoogleAppsScript.Cache.Cache {
    return asApi(new FakeCache(this.world, 'script'));
  }
  getUserCache(): GoogleAppsScript.Cache.Cache {
    return asApi(new FakeCache(this.world, `user:${this.world.effectiveUser() || this.world.options.user}`));
  }
  getDocumentCache(): GoogleAppsScript.Cache.Cache | null {
    return asApi(new FakeCache(this.world, 'document'));
  }
}
registerFake(FakeCacheService, { iface: 'Cache.CacheService', service: 'Cache' });
