import type { Request } from 'express';
import { z } from 'zod';
import { NotFoundError, ValidationError } from '../errors';

/** Parses input with a zod schema; the first failing field names the error. */
export function parse<T extends z.ZodType>(schema: T, data: unknown): z.infer<T> {
  const result = schema.safeParse(data ?? {});
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw new ValidationError('invalid_field', { field: issue?.path.join('.') || 'body' });
}

/** A route id: a positive integer, else the thing simply does not exist. */
export function idParam(req: Request, name: string, what = 'article'): number {
  const raw = req.params[name];
  const n = typeof raw === 'string' && /^\d{1,12}$/.test(raw) ? Number(raw) : Number.NaN;
  if (!Number.isSafeInteger(n) || n <= 0) throw new NotFoundError(what, raw);
  return n;
}

/** Optional integer from a form or query value ('' counts as absent). */
export const optionalInt = z.preprocess(
  (v) => (v === '' || v === undefined || v === null ? undefined : typeof v === 'string' ? Number(v) : v),
  z.number().int().min(0).optional(),
);

export const pageQuery = z.object({
  page: optionalInt,
  pageSize: optionalInt,
  q: z.string().max(200).optional(),
  status: z.string().max(20).optional(),
});

/**
 * Optional query values from closed lists (?status=, ?origin=, …): an unknown value is a 400
 * that names the field and the accepted values, never an empty answer.
 */
export function closedListQuery<K extends string>(
  query: unknown,
  lists: Record<K, readonly string[]>,
): Partial<Record<K, string>> {
  const q = (query ?? {}) as Record<string, unknown>;
  const out: Partial<Record<K, string>> = {};
  for (const [field, accepted] of Object.entries(lists) as [K, readonly string[]][]) {
    const v = q[field];
    if (v === undefined || v === '') continue;
    if (typeof v !== 'string' || !accepted.includes(v))
      throw new ValidationError('invalid_value', {
        field,
        value: typeof v === 'string' ? v.slice(0, 40) : '',
        accepted: accepted.join(', '),
      });
    out[field] = v;
  }
  return out;
}
