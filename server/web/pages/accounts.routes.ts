import { type Request, type Response, Router } from 'express';
import { z } from 'zod';
import { type AppError, ValidationError } from '../../errors';
import type { Services } from '../../services';
import { requirePermission } from '../../services/actor';
import { ROLES } from '../../services/permissions';
import { actorOf } from '../middleware/auth';
import { idParam, parse } from '../validate';
import { errorMessage, formAction } from './forms';

const NOTICES = ['added', 'role', 'disabled', 'enabled', 'password'] as const;

const noticeQuery = z.object({
  notice: z.enum(NOTICES).optional().catch(undefined),
  who: z.string().max(40).optional().catch(undefined),
});
const addBody = z.object({
  login: z.string().max(200).default(''),
  displayName: z.string().max(1000).default(''),
  role: z.string().max(40).default(''),
  password: z.string().max(1000).default(''),
  password2: z.string().max(1000).default(''),
});
const roleBody = z.object({ role: z.string().max(40).default('') });
const passwordBody = z.object({
  password: z.string().max(1000).default(''),
  password2: z.string().max(1000).default(''),
});

/** Where a form's error is shown: beside the add form, or on the row of the account it was about. */
interface FormErrors {
  add?: string[];
  row?: { id: number; messages: string[] };
}

/** Accounts for administrators: who can sign in, with which role; add, change role, disable, set a password. */
export function accountsPages(services: Services): Router {
  const r = Router();
  // Asked before anything else, so nobody else learns even which account ids exist.
  r.use('/admin/accounts', (req, _res, next) => {
    requirePermission(actorOf(req), 'users.manage');
    next();
  });

  function render(req: Request, res: Response, errors: FormErrors = {}, status = 200, values = {}): void {
    const actor = actorOf(req);
    const q = parse(noticeQuery, req.query);
    res.status(status).render('admin/accounts', {
      title: req.t('accounts.title'),
      accounts: services.accounts.list(),
      roles: ROLES,
      self: actor.userId,
      done: status === 200 && q.notice ? req.t(`accounts.notices.${q.notice}`, { login: q.who ?? '' }) : null,
      addErrors: errors.add ?? [],
      rowErrors: errors.row ?? null,
      values: { login: '', displayName: '', role: 'translator', ...values },
    });
  }

  /** The change is made, then the list is shown again saying what was done (post/redirect/get). */
  function done(res: Response, notice: (typeof NOTICES)[number], login: string, id: number): void {
    res.redirect(303, `/admin/accounts?notice=${notice}&who=${encodeURIComponent(login)}#account-${id}`);
  }

  /** A refused change to one account is shown on that account's row. */
  const rowError = (req: Request, res: Response, id: number) => (err: AppError) =>
    render(req, res, { row: { id, messages: [errorMessage(req, err)] } }, err.status);

  /** GET /admin/accounts — every account, its role and whether it can sign in */
  r.get('/admin/accounts', (req, res) => render(req, res));

  /** POST /admin/accounts — add an account with a first password the person changes in Settings */
  r.post('/admin/accounts', async (req, res) => {
    const actor = actorOf(req);
    const body = parse(addBody, req.body);
    await formAction(
      req,
      async () => {
        if (body.password !== body.password2) throw new ValidationError('passwords_differ');
        const user = await services.accounts.create(
          { login: body.login, displayName: body.displayName, role: body.role, password: body.password },
          actor,
        );
        done(res, 'added', user.login, user.id);
      },
      (err) =>
        render(req, res, { add: [errorMessage(req, err)] }, err.status, {
          login: body.login,
          displayName: body.displayName,
          role: body.role,
        }),
    );
  });

  /** POST /admin/accounts/:id/role — give an account another role (never the last administrator's) */
  r.post('/admin/accounts/:id/role', async (req, res) => {
    const id = idParam(req, 'id', 'user');
    const { role } = parse(roleBody, req.body);
    await formAction(
      req,
      () => {
        const user = services.accounts.setRole(services.accounts.get(id).login, role, actorOf(req));
        done(res, 'role', user.login, user.id);
      },
      rowError(req, res, id),
    );
  });

  /** POST /admin/accounts/:id/disable and /enable — a disabled account cannot sign in; its sessions end */
  for (const action of ['disable', 'enable'] as const)
    r.post(`/admin/accounts/:id/${action}`, async (req, res) => {
      const id = idParam(req, 'id', 'user');
      await formAction(
        req,
        () => {
          const login = services.accounts.get(id).login;
          const user = services.accounts.setDisabled(login, action === 'disable', actorOf(req));
          done(res, user.disabled ? 'disabled' : 'enabled', user.login, user.id);
        },
        rowError(req, res, id),
      );
    });

  /** POST /admin/accounts/:id/password — set a new password for someone who lost theirs; their sessions end */
  r.post('/admin/accounts/:id/password', async (req, res) => {
    const id = idParam(req, 'id', 'user');
    const body = parse(passwordBody, req.body);
    await formAction(
      req,
      async () => {
        if (body.password !== body.password2) throw new ValidationError('passwords_differ');
        const user = await services.accounts.setPassword(
          services.accounts.get(id).login,
          body.password,
          actorOf(req),
        );
        done(res, 'password', user.login, user.id);
      },
      rowError(req, res, id),
    );
  });

  return r;
}
