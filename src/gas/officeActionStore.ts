import { parseOfficeAction, type OfficeAction, type OfficeActionStore } from '../app/office/officeActions';

const PREFIX = 'officeAction|';
/** A property value holds 9 KB; Vietnamese text takes up to 3 bytes a character. */
const PART_CHARS = 3000;
const partKey = (key: string, i: number) => `${PREFIX}${key}#${i}`;

function partsOf(key: string, text: string): Record<string, string> {
  const values: Record<string, string> = {};
  const count = Math.ceil(text.length / PART_CHARS);
  for (let i = 0; i < count; i++) values[partKey(key, i + 1)] = text.slice(i * PART_CHARS, (i + 1) * PART_CHARS);
  return values;
}

/**
 * Pending office actions in script properties: one property each, a letter too long for one
 * value split into numbered parts (the head says how many, and is written last).
 */
export function scriptOfficeActionStore(): OfficeActionStore {
  let properties: GoogleAppsScript.Properties.Properties | null = null;
  const open = () => (properties ??= PropertiesService.getScriptProperties());
  const read = (stored: Record<string, string>, key: string): OfficeAction | null => {
    const head = stored[PREFIX + key];
    if (head === undefined) return null;
    const parts = /^parts:(\d+)$/.exec(head);
    if (!parts) return parseOfficeAction(head);
    const pieces = Array.from({ length: Number(parts[1]) }, (_, i) => stored[partKey(key, i + 1)]);
    return pieces.every((p) => p !== undefined) ? parseOfficeAction(pieces.join('')) : null;
  };
  return {
    all() {
      const stored = open().getProperties();
      return Object.keys(stored)
        .filter((name) => name.startsWith(PREFIX) && !/#\d+$/.test(name))
        .map((name) => read(stored, name.slice(PREFIX.length)))
        .filter((action): action is OfficeAction => action !== null)
        .sort((a, b) => a.at - b.at);
    },
    get: (key) => read(open().getProperties(), key),
    put(action) {
      const text = JSON.stringify(action);
      if (text.length <= PART_CHARS) return void open().setProperty(PREFIX + action.key, text);
      open().setProperties(partsOf(action.key, text));
      open().setProperty(PREFIX + action.key, `parts:${Math.ceil(text.length / PART_CHARS)}`);
    },
    putAll(actions) {
      if (actions.length === 0) return;
      // One write: a head and its parts land together, so no reader sees a head without its parts.
      const values: Record<string, string> = {};
      for (const action of actions) {
        const text = JSON.stringify(action);
        if (text.length <= PART_CHARS) values[PREFIX + action.key] = text;
        else Object.assign(values, partsOf(action.key, text), { [PREFIX + action.key]: `parts:${Math.ceil(text.length / PART_CHARS)}` });
      }
      open().setProperties(values);
    },
    remove(key) {
      const props = open();
      const head = props.getProperty(PREFIX + key);
      props.deleteProperty(PREFIX + key);
      const parts = head ? /^parts:(\d+)$/.exec(head) : null;
      for (let i = 1; parts && i <= Number(parts[1]); i++) props.deleteProperty(partKey(key, i));
    },
  };
}
