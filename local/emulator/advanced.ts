/**
 * Advanced services exist in the script only when the manifest enables them
 * (`dependencies.enabledAdvancedServices`, developers.google.com/apps-script/manifest/dependencies):
 * otherwise their global is not defined (`ReferenceError: Drive is not defined`).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { stateKey, type World } from './world';

export interface AdvancedService {
  readonly userSymbol: string;
  readonly serviceId: string;
  readonly version: string;
}

const ENABLED = stateKey('advancedServices', (): { services: AdvancedService[] } => ({ services: [] }));

/** `dependencies.enabledAdvancedServices` of the manifest in `dir`; [] without one. */
export function manifestAdvancedServices(dir: string): AdvancedService[] {
  const file = path.join(dir, 'appsscript.json');
  if (!fs.existsSync(file)) return [];
  const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as { dependencies?: { enabledAdvancedServices?: unknown } };
  const list = parsed.dependencies?.enabledAdvancedServices ?? [];
  if (!Array.isArray(list)) throw new Error(`Emulator: dependencies.enabledAdvancedServices in ${file} must be an array`);
  return list.map((entry: unknown) => {
    const e = entry as Partial<AdvancedService>;
    if (typeof e.userSymbol !== 'string' || typeof e.serviceId !== 'string' || typeof e.version !== 'string') {
      throw new Error(`Emulator: an enabled advanced service in ${file} needs userSymbol, serviceId and version`);
    }
    return { userSymbol: e.userSymbol, serviceId: e.serviceId, version: e.version };
  });
}

export function enableAdvancedServices(world: World, services: readonly AdvancedService[]): void {
  world.state(ENABLED).services = [...services];
}

/** The symbol the script reaches the service by, when `serviceId` at `version` is enabled; else null. */
export function advancedSymbol(world: World, serviceId: string, version: string): string | null {
  const found = world.state(ENABLED).services.find((s) => s.serviceId === serviceId);
  if (!found) return null;
  // Only the version faked here: another would be a different API, loudly.
  if (found.version !== version) throw new Error(`Emulator: advanced service ${serviceId} ${found.version} is not emulated (only ${version})`);
  return found.userSymbol;
}
