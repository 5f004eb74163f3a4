// Who is acting. Routes build it from the session or API token; the command line acts as a
// local administrator named after the OS user; the services check its role and record it.
import os from 'node:os';
import { ForbiddenError, type Permission, type Role, roleCan } from './permissions';

export type Via = 'web' | 'api' | 'cli' | 'system';

export interface Actor {
  /** The account, or null for the command line and the system. */
  readonly userId: number | null;
  /** What author columns store: the account's login (logins never change). */
  readonly name: string;
  readonly displayName: string;
  readonly role: Role;
  readonly via: Via;
}

export function userActor(
  user: { id: number; login: string; display_name: string; role: Role },
  via: 'web' | 'api',
): Actor {
  return Object.freeze({
    userId: user.id,
    name: user.login,
    displayName: user.display_name,
    role: user.role,
    via,
  });
}

/** The command line: whoever can open the database file is its administrator. */
export function cliActor(osUser: string = currentOsUser()): Actor {
  return Object.freeze({ userId: null, name: osUser, displayName: osUser, role: 'admin', via: 'cli' });
}

/** Work the server does for itself (loading the demo articles). */
export const SYSTEM_ACTOR: Actor = Object.freeze({
  userId: null,
  name: 'system',
  displayName: 'system',
  role: 'admin',
  via: 'system',
});

export function currentOsUser(): string {
  try {
    return os.userInfo().username || process.env.USER || 'cli';
  } catch {
    return process.env.USER || 'cli';
  }
}

export function can(actor: Actor, permission: Permission): boolean {
  return roleCan(actor.role, permission);
}

/** Refuses (403 forbidden) unless the actor's role has the permission. */
export function requirePermission(actor: Actor, permission: Permission): void {
  if (!can(actor, permission)) throw new ForbiddenError(permission);
}

/**
 * What services accept: an Actor from the web (session or token), or a bare name from an
 * in-process caller that already holds the database — the command line, the demo loader, tests —
 * which acts as the local administrator under that name (recorded as via 'cli').
 */
export type ActorLike = Actor | string;

export function toActor(a: ActorLike): Actor {
  return typeof a === 'string' ? cliActor(a) : a;
}

/** The actor, once its role is known to allow `permission` (else 403 forbidden). */
export function authorize(a: ActorLike, permission: Permission): Actor {
  const actor = toActor(a);
  requirePermission(actor, permission);
  return actor;
}
