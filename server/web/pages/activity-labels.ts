// Words for the activity views: who an entry names, what its action is called, and the few
// details worth a glance. Kept beside the routes so the template stays markup.
import type { TFunction } from 'i18next';
import type { ActivityEntry } from '../../services/activity.service';
import { labelKeys } from './labels';

/** Every action the services record; the filter offers these (and any other the log holds). */
export const ACTIVITY_ACTIONS = [
  'import',
  'recheck',
  'delete',
  'edit',
  'flag',
  'comment',
  'flag_status',
  'triage',
  'triage_undo',
  'status',
  'approve_override',
  'realign_merge',
  'realign_split',
  'realign_move',
  'realign_unmatch',
  'realign_auto',
  'realign_undo',
  'add_rendering',
  'remove_rendering',
  'export',
  'create',
  'update',
  'login',
  'login_failed',
  'logout',
  'logout_all',
  'setup',
  'user_add',
  'user_password',
  'user_disable',
  'user_enable',
  'user_role',
  'token_create',
  'token_revoke',
] as const;

export function actionName(t: TFunction, action: string): string {
  return t(`activity.actions.${action}`, { defaultValue: action });
}

/** "Wang Mei", "mei (unregistered)", "root (command line)", … */
export function whoName(t: TFunction, who: ActivityEntry['who']): string {
  switch (who.kind) {
    case 'account':
      return who.displayName ?? who.name;
    case 'system':
      return t('activity.who.system');
    case 'cli':
      return t('activity.who.cli', { name: who.name });
    case 'unregistered':
      return t('people.unregistered', { name: who.name });
    default:
      return t('activity.who.no_account', { name: who.name });
  }
}

/** What the entry acted on, when it is not an article (which the view links instead). */
export function targetName(t: TFunction, e: ActivityEntry): string {
  const d = e.details;
  if (e.entity === 'glossary_term' && typeof d.zh === 'string')
    return t('activity.targets.term', { zh: d.zh, en: typeof d.en === 'string' ? d.en : '' });
  const login = typeof d.login === 'string' ? d.login : e.targetLogin;
  if (e.entity === 'user' && login) return t('activity.targets.user', { login });
  return t(`activity.entities.${e.entity}`, { defaultValue: e.entity });
}

/** A short line of the details that matter to a reader (new status, format, role, label, reason). */
export function detailLine(t: TFunction, e: ActivityEntry): string {
  const d = e.details;
  const parts: string[] = [];
  if (typeof d.status === 'string')
    parts.push(
      e.action === 'status' || e.action === 'approve_override'
        ? t(labelKeys.articleStatus(d.status))
        : t(labelKeys.flagStatus(d.status)),
    );
  if (Array.isArray(d.flags)) parts.push(t('activity.details.flags', { count: d.flags.length }));
  if (typeof d.format === 'string') parts.push(t(labelKeys.format(d.format), { defaultValue: d.format }));
  if (typeof d.role === 'string') parts.push(t(`roles.${d.role}`, { defaultValue: d.role }));
  if (typeof d.label === 'string') parts.push(d.label);
  if (typeof d.rows === 'number') parts.push(t('activity.details.rows', { count: d.rows }));
  const reason = typeof d.reason === 'string' ? d.reason : typeof d.override === 'string' ? d.override : '';
  if (reason) parts.push(t('activity.details.reason', { reason }));
  return parts.join(' · ');
}
