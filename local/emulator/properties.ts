/**
 * PropertiesService: script, user (per user) and document stores, with the platform's limits:
 * 9 KB per value, 500 KB per store.
 */
import { asApi, registerFake } from './bridge';
import { exception } from './errors';
import { stateKey, type World } from './world';

export const VALUE_LIMIT_BYTES = 9 * 1024;
export const STORE_LIMIT_BYTES = 500 * 1024;
const QUOTA_TEXT = 'You have exceeded the property storage quota. Please remove some properties and try again.';

export type Store = Record<string, string>;

export interface PropertiesState {
  script: Store;
  document: Store;
  users: Map<string, Store>;
  user(email: string): Store;
}

export const PROPERTIES = stateKey('properties', (): PropertiesState => {
  const users = new Map<string, Store>();
  return {
    script: {},
    document: {},
    users,
    user(email: string): Store {
      let s = users.get(email);
      if (!s) {
        s = {};
        users.set(email, s);
      }
      return s;
    },
  };
});

const bytes = (s: string): number => Buffer.byteLength(s, 'utf8');

function storeBytes(store: Store): number {
  let n = 0;
  for (const [k, v] of Object.entries(store)) n += bytes(k) + bytes(v);
  return n;
}

function put(store: Store, key: string, value: string): void {
  Object.defineProperty(store, key, { value, enumerable: true, writable: true, configurable: true });
}

function keyOf(key: unknown): string {
  if (key === null || key === undefined) throw exception('Invalid argument: key');
  return String(key);
}

type PropertiesMethods =
  | 'getProperty'
  | 'setProperty'
  | 'setProperties'
  | 'getProperties'
  | 'getKeys'
  | 'deleteProperty'
  | 'deleteAllProperties';

export class FakeProperties implements Pick<GoogleAppsScript.Properties.Properties, PropertiesMethods> {
  constructor(
    private readonly store: () => Store,
    /** Script and document properties are shared by every execution; a user's are theirs. */
    readonly shared: boolean,
  ) {}

  #self(): GoogleAppsScript.Properties.Properties {
    return asApi(this);
  }

  getProperty(key: string): string | null {
    const s = this.store();
    const k = keyOf(key);
    return Object.prototype.hasOwnProperty.call(s, k) ? (s[k] ?? null) : null;
  }

  setProperty(key: string, value: string): GoogleAppsScript.Properties.Properties {
    this.#write({ [keyOf(key)]: String(value) }, false);
    return this.#self();
  }

  setProperties(properties: { [key: string]: string }, deleteAllOthers?: boolean): GoogleAppsScript.Properties.Properties {
    if (typeof properties !== 'object' || properties === null) throw exception('Invalid argument: properties');
    const entries: Store = {};
    for (const [k, v] of Object.entries(properties)) put(entries, k, String(v));
    this.#write(entries, deleteAllOthers === true);
    return this.#self();
  }

  #write(entries: Store, replace: boolean): void {
    for (const v of Object.values(entries)) if (bytes(v) > VALUE_LIMIT_BYTES) throw exception(QUOTA_TEXT);
    const s = this.store();
    const next: Store = {};
    if (!replace) for (const [k, v] of Object.entries(s)) put(next, k, v);
    for (const [k, v] of Object.entries(entries)) put(next, k, v);
    if (storeBytes(next) > STORE_LIMIT_BYTES) throw exception(QUOTA_TEXT);
    for (const k of Object.keys(s)) delete s[k];
    for (const [k, v] of Object.entries(next)) put(s, k, v);
  }

  getProperties(): { [key: string]: string } {
    const out: Store = {};
    for (const [k, v] of Object.entries(this.store())) put(out, k, v);
    return out;
  }

  getKeys(): string[] {
    return Object.keys(this.store());
  }

  deleteProperty(key: string): GoogleAppsScript.Properties.Properties {
    delete this.store()[keyOf(key)];
    return this.#self();
  }

  deleteAllProperties(): GoogleAppsScript.Properties.Properties {
    const s = this.store();
    for (const k of Object.keys(s)) delete s[k];
    return this.#self();
  }
}
registerFake(FakeProperties, { iface: 'Properties.Properties', service: 'Properties' });

export class FakePropertiesService
  implements Pick<GoogleAppsScript.Properties.PropertiesService, 'getScriptProperties' | 'getUserProperties' | 'getDocumentProperties'>
{
  constructor(private readonly world: World) {}
  getScriptProperties(): GoogleAppsScript.Properties.Properties {
    return asApi(new FakeProperties(() => this.world.state(PROPERTIES).script, true));
  }
  getUserProperties(): GoogleAppsScript.Properties.Properties {
    const email = this.world.effectiveUser() || this.world.options.user;
    return asApi(new FakeProperties(() => this.world.state(PROPERTIES).user(email), false));
  }
  getDocumentProperties(): GoogleAppsScript.Properties.Properties {
    return asApi(new FakeProperties(() => this.world.state(PROPERTIES).document, true));
  }
}
registerFake(FakePropertiesService, { iface: 'Properties.PropertiesService', service: 'Properties' });
