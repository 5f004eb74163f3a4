// What the page routes share: uploads, telling form errors from real failures, and answering
// either a page or JSON (the same routes serve plain forms and fetch() from desk.js).
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import multer from 'multer';
import type { Config } from '../../config';
import { AppError, NotFoundError } from '../../errors';
import type { TextInput } from '../../services';
import { uploadError } from '../api/uploads';
import { wantsJson } from '../middleware/errors';

export type UploadedFiles = Record<string, Express.Multer.File[]> | undefined;

declare module 'express-serve-static-core' {
  interface Request {
    /** A multer failure, kept so the form can be shown again with the message. */
    uploadError?: AppError;
  }
}

/**
 * Multipart parsing for the import forms. Files stay in memory (they are capped at
 * config.maxTextBytes); the field limit is larger so a file carried from the preview step as
 * base64 still fits. A failure is kept on the request instead of thrown, so the handler can
 * show the form again — unless the client asked for JSON.
 */
export function uploadFields(config: Config, fields: string[]): RequestHandler {
  const mw = multer({
    storage: multer.memoryStorage(),
    limits: {
      fileSize: config.maxTextBytes,
      files: 2,
      fields: 20,
      fieldSize: Math.ceil((config.maxTextBytes * 4) / 3) + 4096,
    },
  }).fields(fields.map((name) => ({ name, maxCount: 1 })));
  return (req: Request, res: Response, next: NextFunction) => {
    mw(req, res, (err?: unknown) => {
      if (!err) return next();
      const appErr = uploadError(err);
      if (wantsJson(req)) return next(appErr);
      req.uploadError = appErr;
      // Whatever arrived before the failure is incomplete: the form is shown again empty.
      req.body = {};
      req.files = undefined;
      next();
    });
  };
}

/** A language side: an uploaded file wins over pasted text; a file carried as base64 comes next. */
export function sideInput(req: Request, fileField: string, textField: string, carried?: string): TextInput {
  const file = (req.files as UploadedFiles)?.[fileField]?.[0];
  if (file && file.size > 0) return { buffer: file.buffer, filename: file.originalname };
  const body = (req.body ?? {}) as Record<string, unknown>;
  if (carried) {
    const data = body[`${carried}Data`];
    const name = body[`${carried}Name`];
    if (typeof data === 'string' && data) {
      return {
        buffer: Buffer.from(data, 'base64'),
        filename: typeof name === 'string' ? name.slice(0, 200) : undefined,
      };
    }
  }
  const text = body[textField];
  return { text: typeof text === 'string' ? text : '' };
}

/** Errors a person can fix by changing the form: shown beside the form, not as an error page. */
export function isFormError(err: unknown): err is AppError {
  return err instanceof AppError && err.status >= 400 && err.status < 500 && !(err instanceof NotFoundError);
}

export function errorMessage(req: Request, err: AppError): string {
  const params: Record<string, unknown> = { ...err.params };
  // A refused realignment names its reason by code (no_next_row, …); people read it in words.
  if (typeof params.reason === 'string')
    params.reason = req.t(`alignment.reasons.${params.reason}`, { defaultValue: params.reason });
  return req.t(err.i18nKey, params);
}

/** Runs a form action; form errors go to `onFormError` (re-render), anything else to the error handler. */
export async function formAction(
  req: Request,
  action: () => Promise<void> | void,
  onFormError: (err: AppError) => void,
  res?: Response,
): Promise<void> {
  try {
    await action();
  } catch (err) {
    if (!isFormError(err)) throw err;
    // Given `res`, fetch() callers get the same worded message a form would show.
    if (wantsJson(req) && res) {
      res
        .status(err.status)
        .json({ error: { code: err.code, message: errorMessage(req, err), params: err.params } });
      return;
    }
    if (wantsJson(req)) throw err;
    onFormError(err);
  }
}

export { wantsJson };

/** Only local paths are followed after a form (no open redirects to other hosts). */
export function safeReturnPath(value: unknown, fallback = '/articles'): string {
  if (
    typeof value !== 'string' ||
    !value.startsWith('/') ||
    value.startsWith('//') ||
    value.startsWith('/\\')
  )
    return fallback;
  return value.slice(0, 2000);
}
