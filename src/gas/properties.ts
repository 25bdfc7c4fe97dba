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
