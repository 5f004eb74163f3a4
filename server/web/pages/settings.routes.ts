import { Router } from 'express';
import { ValidationError } from '../../errors';
import { isValidUserName, USER_COOKIE } from '../middleware/locals';
import { errorMessage, formAction, safeReturnPath, wantsJson } from './forms';
import { buildUrl } from './view-helpers';

const ONE_YEAR_MS = 365 * 24 * 3600 * 1000;

export function settingsPages(): Router {
  const r = Router();

  /** POST /settings/user — remember who is working (a name cookie; there are no passwords yet) */
  r.post('/settings/user', async (req, res) => {
    const back = safeReturnPath(req.body?.return);
    const input = typeof req.body?.user === 'string' ? req.body.user : '';
    await formAction(
      req,
      () => {
        const user = input.trim();
        if (!isValidUserName(user)) throw new ValidationError('invalid_user_name');
        res.cookie(USER_COOKIE, user, { httpOnly: true, sameSite: 'lax', maxAge: ONE_YEAR_MS, path: '/' });
        if (wantsJson(req)) {
          res.json({ user });
          return;
        }
        const url = new URL(back, 'http://desk.local');
        url.searchParams.set('notice', 'user_saved');
        res.redirect(303, buildUrl(url.pathname, Object.fromEntries(url.searchParams), undefined));
      },
      (err) =>
        res
          .status(err.status)
          .render('settings/user', { userError: errorMessage(req, err), userInput: input, back }),
    );
  });

  return r;
}
