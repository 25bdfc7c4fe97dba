import type { FormStore } from '../form/records';
/** A small store that outlives an execution: the script's properties (9 KB a value, 500 KB in all). */
export interface KeyValueStore {
  get(key: string): string | null;
  set(key: string, value: string): void;
}

export function scriptStore(): KeyValueStore {
  let properties: GoogleAppsScript.Properties.Properties | null = null;
  const open = () => (properties ??= PropertiesService.getScriptProperties());
  return {
    get: (key) => open().getProperty(key),
    set: (key, value) => void open().setProperty(key, value),
  };
}

/**
 * The script's properties read in one call, for a run that looks at several of them (setup, the
 * form build); writes go through at once and update what was read.
 */
export function scriptStoreReadOnce(): FormStore {
  let cached: { properties: GoogleAppsScript.Properties.Properties; values: Record<string, string> } | null = null;
  const open = () => {
    if (!cached) {
      const properties = PropertiesService.getScriptProperties();
      cached = { properties, values: properties.getProperties() };
    }
    return cached;
  };
  return {
    get: (key) => open().values[key] ?? null,
    set: (key, value) => {
      const c = open();
      c.properties.setProperty(key, value);
      c.values[key] = value;
    },
    setMany: (values) => {
      const c = open();
      c.properties.setProperties(values);
      Object.assign(c.values, values);
    },
    remove: (key) => {
      const c = open();
      c.properties.deleteProperty(key);
      delete c.values[key];
    },
    keysWith: (prefix) => Object.keys(open().values).filter((key) => key.startsWith(prefix)),
  };
}
