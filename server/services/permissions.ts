// Who may do what: one table, read by the services (which refuse) and the views (which hide).
// A role's row is the whole truth; nothing else grants a permission.
import { AppError } from '../errors';

export const ROLES = ['translator', 'reviewer', 'chief', 'admin'] as const;
export type Role = (typeof ROLES)[number];

const T = 'translator';
const R = 'reviewer';
const C = 'chief';
const A = 'admin';

/**
 * Translators edit the English and answer flags; reviewers flag, judge flags and send an article
 * back for changes; chiefs approve (over open critical flags or their own last edit only with a
 * recorded reason), delete, export the final text and keep the glossary; admins can do all that
 * and manage accounts.
 */
export const PERMISSIONS = {
  /** Import an article, preview an import, attach or detach a second rendering. */
  'article.import': [T, R, C, A],
  /** Run the automatic checks again. */
  'article.recheck': [T, R, C, A],
  /** Move between draft and in review (submit, or send back for changes). */
  'article.submit': [T, R, C, A],
  /** Approve, or take an approval back. */
  'article.approve': [C, A],
  /** Approve with a recorded reason over open critical flags or one's own last English edit. */
  'article.override': [C, A],
  'article.delete': [C, A],
  /** Edit the English of a row. */
  'segment.edit': [T, C, A],
  /** Merge, split, move, unmatch, undo and re-run the alignment. */
  'alignment.edit': [T, R, C, A],
  'flag.create': [R, C, A],
  /** Mark a flag resolved (the translator's answer: fixed). */
  'flag.resolve': [T, R, C, A],
  /** Accept, dismiss or reopen a flag. */
  'flag.judge': [R, C, A],
  'flag.comment': [T, R, C, A],
  /** Export the corrected English (txt, md, html, docx) and exchange files (XLIFF, TMX). */
  'export.final': [C, A],
  /** Export review material: the report and the bilingual tables. */
  'export.review': [T, R, C, A],
  'glossary.manage': [C, A],
  /** The desk-wide activity log. */
  'audit.view': [C, A],
  'users.manage': [A],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function roleCan(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

export class ForbiddenError extends AppError {
  constructor(permission: Permission, code = 'forbidden') {
    super(403, code, `errors.${code}`, { permission });
  }
}

/** Every permission of a role, for views that hide what it cannot do. */
export function permissionsOf(role: Role): Record<Permission, boolean> {
  return Object.fromEntries(
    (Object.keys(PERMISSIONS) as Permission[]).map((p) => [p, roleCan(role, p)]),
  ) as Record<Permission, boolean>;
}
