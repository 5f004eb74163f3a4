// Accounts: people, their passwords and roles, and the first administrator of a fresh desk.
// Sessions and API tokens live in their own services; this one answers "who is this?".
import type { Repos } from '../db';
import type { DB } from '../db/connection';
import type { UserRow } from '../db/users.repo';
import { AppError, ConflictError, NotFoundError, ValidationError } from '../errors';
import { type Actor, requirePermission } from './actor';
import {
  DEFAULT_COST,
  decoyHash,
  hashPassword,
  MAX_PASSWORD_LENGTH,
  MIN_PASSWORD_LENGTH,
  type ScryptCost,
  verifyPassword,
} from './passwords';
import { isRole, type Role } from './permissions';

/** Letters, digits and . _ - ; no spaces or colons, so a login never looks like anything else. */
const LOGIN = /^[\p{L}\p{N}][\p{L}\p{N}._-]{0,39}$/u;
const MAX_DISPLAY_NAME = 80;

export interface UserView {
  id: number;
  login: string;
  displayName: string;
  role: Role;
  disabled: boolean;
  hasPassword: boolean;
  createdAt: string;
}

export interface NewUserInput {
  login: string;
  displayName?: string;
  role: string;
  /** Optional: an account without one cannot log in until a password is set. */
  password?: string;
}

export function toUserView(u: UserRow): UserView {
  return {
    id: u.id,
    login: u.login,
    displayName: u.display_name,
    role: u.role,
    disabled: u.disabled_at !== null,
    hasPassword: u.password_hash !== null,
    createdAt: u.created_at,
  };
}

export function checkPassword(password: string): void {
  if (password.length < MIN_PASSWORD_LENGTH)
    throw new ValidationError('password_too_short', { min: MIN_PASSWORD_LENGTH });
  if (password.length > MAX_PASSWORD_LENGTH)
    throw new ValidationError('password_too_long', { max: MAX_PASSWORD_LENGTH });
}

function cleanUser(input: NewUserInput): { login: string; displayName: string; role: Role } {
  const login = input.login.trim();
  if (!LOGIN.test(login)) throw new ValidationError('invalid_login');
  const displayName = (input.displayName ?? '').trim() || login;
  if (displayName.length > MAX_DISPLAY_NAME)
    throw new ValidationError('invalid_field', { field: 'displayName' });
  if (!isRole(input.role)) throw new ValidationError('invalid_role');
  if (input.password !== undefined) checkPassword(input.password);
  return { login, displayName, role: input.role };
}

export function createAccountsService(db: DB, repos: Repos, opts: { cost?: ScryptCost } = {}) {
  const cost = opts.cost ?? DEFAULT_COST;
  let since: string | undefined;

  function requireUser(login: string): UserRow {
    const user = repos.users.byLogin(login.trim());
    if (!user) throw new NotFoundError('user', login);
    return user;
  }
  function requireUserId(id: number): UserRow {
    const user = repos.users.get(id);
    if (!user) throw new NotFoundError('user', id);
    return user;
  }
  /** Taking the last active administrator away would leave nobody to manage accounts on the web. */
  function keepAnAdmin(user: UserRow, nextRole: Role, disabling: boolean): void {
    const stillAdmin = nextRole === 'admin' && !disabling;
    if (user.role === 'admin' && !user.disabled_at && !stillAdmin && repos.users.activeAdmins() <= 1)
      throw new ConflictError('last_admin');
  }

  function insert(
    clean: { login: string; displayName: string; role: Role },
    hash: string | null,
    actor: Actor,
  ) {
    if (repos.users.byLogin(clean.login)) throw new ConflictError('login_taken', { login: clean.login });
    const id = repos.users.insert({
      login: clean.login,
      display_name: clean.displayName,
      role: clean.role,
      password_hash: hash,
    });
    repos.audit.record(actor, 'user_add', 'user', id, { login: clean.login, role: clean.role });
    return id;
  }

  return {
    list: (): UserView[] => repos.users.list().map(toUserView),
    get: (id: number): UserView => toUserView(requireUserId(id)),
    getByLogin: (login: string): UserView => toUserView(requireUser(login)),
    row: (id: number): UserRow | undefined => repos.users.get(id),

    /** The random secret CSRF tokens are signed with (made by the accounts migration). */
    csrfSecret: (): string => repos.meta.get('csrf_secret')!,
    /** When accounts began: author names written before this were free text. */
    accountsSince: (): string => {
      // Set once by the accounts migration and never changed: read it once.
      since ??= repos.meta.get('accounts_since') ?? '';
      return since;
    },

    /** An account nobody can log in to until a password is set (tests, and invitations). */
    createWithoutPassword(input: Omit<NewUserInput, 'password'>, actor: Actor): UserView {
      requirePermission(actor, 'users.manage');
      const clean = cleanUser(input);
      return toUserView(requireUserId(db.transaction(() => insert(clean, null, actor))()));
    },

    /** No account yet: the desk asks for its first administrator. */
    needsSetup: (): boolean => repos.users.count() === 0,

    async create(input: NewUserInput, actor: Actor): Promise<UserView> {
      requirePermission(actor, 'users.manage');
      const clean = cleanUser(input);
      const hash = input.password === undefined ? null : await hashPassword(input.password, cost);
      const id = db.transaction(() => insert(clean, hash, actor))();
      return toUserView(requireUserId(id));
    },

    /** The one-time setup of a fresh desk; refused as soon as any account exists. */
    async setupFirstAdmin(
      input: { login: string; displayName?: string; password: string },
      as: (user: UserRow) => Actor,
    ): Promise<UserView> {
      if (repos.users.count() > 0) throw new AppError(409, 'setup_done', 'errors.setup_done');
      const clean = cleanUser({ ...input, role: 'admin' });
      const hash = await hashPassword(input.password, cost);
      // Checked again inside the transaction: two setup forms sent at once make one admin.
      const id = db.transaction(() => {
        if (repos.users.count() > 0) throw new AppError(409, 'setup_done', 'errors.setup_done');
        const newId = repos.users.insert({
          login: clean.login,
          display_name: clean.displayName,
          role: 'admin',
          password_hash: hash,
        });
        repos.audit.record(as(repos.users.get(newId)!), 'setup', 'user', newId, { login: clean.login });
        return newId;
      })();
      return toUserView(requireUserId(id));
    },

    /**
     * The account for a login and password, or null. Unknown logins, disabled accounts and wrong
     * passwords all answer null after the same scrypt work, so the answer tells an outsider nothing.
     */
    async verifyLogin(login: string, password: string): Promise<UserRow | null> {
      const user = login.length <= 40 ? repos.users.byLogin(login.trim()) : undefined;
      const usable = user && !user.disabled_at && user.password_hash ? user : undefined;
      const ok = await verifyPassword(
        password.slice(0, MAX_PASSWORD_LENGTH + 1),
        usable?.password_hash ?? (await decoyHash(cost)),
      );
      return ok && usable ? usable : null;
    },

    /** A failed login goes into the audit log under the login that was tried (never the password). */
    recordFailedLogin(login: string, address: string): void {
      const name = login.trim().slice(0, 40);
      const user = name ? repos.users.byLogin(name) : undefined;
      repos.audit.record(
        { userId: user?.id ?? null, name, via: 'web' },
        'login_failed',
        'user',
        user?.id ?? null,
        {
          address,
        },
      );
    },

    async setPassword(login: string, password: string, actor: Actor): Promise<UserView> {
      const user = requireUser(login);
      if (actor.userId !== user.id) requirePermission(actor, 'users.manage');
      checkPassword(password);
      const hash = await hashPassword(password, cost);
      db.transaction(() => {
        repos.users.setPassword(user.id, hash);
        // A new password ends every session that knew the old one.
        repos.sessions.removeUser(user.id);
        repos.audit.record(actor, 'user_password', 'user', user.id, { login: user.login });
      })();
      return toUserView(requireUserId(user.id));
    },

    async changeOwnPassword(userId: number, current: string, next: string, actor: Actor): Promise<void> {
      const user = requireUserId(userId);
      if (!user.password_hash || !(await verifyPassword(current, user.password_hash)))
        throw new ValidationError('wrong_password');
      await this.setPassword(user.login, next, actor);
    },

    setDisabled(login: string, disabled: boolean, actor: Actor): UserView {
      requirePermission(actor, 'users.manage');
      const user = requireUser(login);
      if (disabled) keepAnAdmin(user, user.role, true);
      db.transaction(() => {
        repos.users.setDisabled(user.id, disabled);
        if (disabled) repos.sessions.removeUser(user.id);
        repos.audit.record(actor, disabled ? 'user_disable' : 'user_enable', 'user', user.id, {
          login: user.login,
        });
      })();
      return toUserView(requireUserId(user.id));
    },

    setRole(login: string, role: string, actor: Actor): UserView {
      requirePermission(actor, 'users.manage');
      const user = requireUser(login);
      if (!isRole(role)) throw new ValidationError('invalid_role');
      keepAnAdmin(user, role, false);
      db.transaction(() => {
        repos.users.setRole(user.id, role);
        repos.audit.record(actor, 'user_role', 'user', user.id, { login: user.login, from: user.role, role });
      })();
      return toUserView(requireUserId(user.id));
    },
  };
}
export type AccountsService = ReturnType<typeof createAccountsService>;
