/** Session and User. */
import { createHash } from 'node:crypto';
import { asApi, registerFake } from './bridge';
import type { World } from './world';

export class FakeUser implements Pick<GoogleAppsScript.Base.User, 'getEmail'> {
  constructor(readonly email: string) {}
  getEmail(): string {
    return this.email;
  }
}
registerFake(FakeUser, { iface: 'Base.User', service: 'Base' });

export function apiUser(email: string): GoogleAppsScript.Base.User {
  return asApi(new FakeUser(email));
}

type SessionMethods =
  | 'getActiveUser'
  | 'getEffectiveUser'
  | 'getScriptTimeZone'
  | 'getTemporaryActiveUserKey'
  | 'getActiveUserLocale';

export class FakeSession implements Pick<GoogleAppsScript.Base.Session, SessionMethods> {
  constructor(private readonly world: World) {}
  /** The execution's user: the trigger's creator in a trigger, '' where the platform hides it. */
  getActiveUser(): GoogleAppsScript.Base.User {
    return apiUser(this.world.activeUser());
  }
  getEffectiveUser(): GoogleAppsScript.Base.User {
    return apiUser(this.world.effectiveUser());
  }
  getScriptTimeZone(): string {
    return this.world.options.scriptTimeZone;
  }
  /** Stable per user and script, opaque, like the platform's. */
  getTemporaryActiveUserKey(): string {
    return createHash('sha256').update(`${this.world.scriptId}|${this.world.activeUser()}`).digest('base64url').slice(0, 43);
  }
  getActiveUserLocale(): string {
    return 'vi';
  }
}
registerFake(FakeSession, { iface: 'Base.Session', service: 'Session' });
