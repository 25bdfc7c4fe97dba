/**
 * Apps Script enums: each value is an object whose `toString()`/`name()` is its name, compared by
 * identity (`e.authMode === ScriptApp.AuthMode.FULL`). Built from the API surface, so every enum
 * the real API exposes exists, implemented or not.
 */
import { apiSurface } from './api';

export class EnumValue {
  readonly #type: string;
  readonly #name: string;
  readonly #ordinal: number;
  constructor(type: string, name: string, ordinal: number) {
    this.#type = type;
    this.#name = name;
    this.#ordinal = ordinal;
  }
  name(): string {
    return this.#name;
  }
  ordinal(): number {
    return this.#ordinal;
  }
  toString(): string {
    return this.#name;
  }
  toJSON(): string {
    return this.#name;
  }
  /** Host-side: the qualified enum type, e.g. `Script.EventType`. */
  typeName(): string {
    return this.#type;
  }
}

export type EnumType = Readonly<Record<string, EnumValue>>;

const types = new Map<string, EnumType>();
const enumTypeObjects = new WeakSet<object>();

export function enumType(qualified: string): EnumType {
  const found = types.get(qualified);
  if (found) return found;
  const names = apiSurface().enums.get(qualified);
  if (!names) throw new Error(`Emulator: no enum GoogleAppsScript.${qualified}`);
  const obj: Record<string, EnumValue> = {};
  names.forEach((n, i) => {
    obj[n] = new EnumValue(qualified, n, i);
  });
  Object.freeze(obj);
  enumTypeObjects.add(obj);
  types.set(qualified, obj);
  return obj;
}

export function enumValue(qualified: string, name: string): EnumValue {
  const v = enumType(qualified)[name];
  if (!v) throw new Error(`Emulator: ${qualified}.${name} does not exist`);
  return v;
}

export function isEnumType(value: unknown): boolean {
  return typeof value === 'object' && value !== null && enumTypeObjects.has(value);
}

/** The name of an enum value handed in by the script, or of its string spelling; else undefined. */
export function enumName(value: unknown, qualified?: string): string | undefined {
  if (value instanceof EnumValue) {
    if (qualified && value.typeName() !== qualified) return undefined;
    return value.name();
  }
  if (typeof value === 'string') return value;
  return undefined;
}
