/**
 * What every Document element handle shares: the document it came from and whether that handle's
 * document was closed (`saveAndClose`), after which the platform refuses every call on it.
 */
import { EnumValue, enumName } from '../enums';
import { exception, signatureError } from '../errors';
import type { World } from '../world';
import type { DocModel } from './model';

export class DocHandle {
  closed = false;
  constructor(
    readonly world: World,
    readonly doc: DocModel,
  ) {}

  /** Before any call through this handle. */
  open(): DocModel {
    if (this.closed) throw exception('Document is closed, its contents cannot be updated.');
    return this.doc;
  }
}

/** The platform's signature refusal for a Document class (`DocumentApp.Body.appendParagraph`). */
export function docSignature(owner: string, method: string, args: readonly unknown[]): Error {
  return signatureError(`DocumentApp.${owner}`, method, args);
}

/** An enum argument (the enum's value, not its name as a string): its name; else the signature refusal. */
export function enumArg<T extends string>(value: unknown, qualified: string, names: readonly T[], owner: string, method: string): T {
  const name = value instanceof EnumValue ? enumName(value, qualified) : undefined;
  if (name === undefined || !(names as readonly string[]).includes(name)) throw docSignature(owner, method, [value]);
  return name as T;
}

export function numberArg(value: unknown, owner: string, method: string, args: readonly unknown[]): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw docSignature(owner, method, args);
  return value;
}

export function stringArg(value: unknown, owner: string, method: string, args: readonly unknown[]): string {
  if (typeof value !== 'string') throw docSignature(owner, method, args);
  return value;
}

export function booleanArg(value: unknown, owner: string, method: string, args: readonly unknown[]): boolean {
  if (typeof value !== 'boolean') throw docSignature(owner, method, args);
  return value;
}

/** A child index for insert/get: 0 … count (inclusive for insert). */
export function indexArg(value: unknown, count: number, owner: string, method: string, args: readonly unknown[]): number {
  const n = numberArg(value, owner, method, args);
  if (!Number.isInteger(n) || n < 0 || n > count) throw exception(`Child index (${n}) must be less than the number of child elements (${count}).`);
  return n;
}
