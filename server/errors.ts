/**
 * Every error a user can see is an AppError: an HTTP status, a stable code that tests and API
 * clients rely on, and an i18n key (with params) for the message. SQLite's own messages never
 * reach a user.
 */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly i18nKey: string,
    readonly params: Record<string, unknown> = {},
  ) {
    super(code);
    this.name = 'AppError';
  }
}

export class NotFoundError extends AppError {
  constructor(what: string, id: unknown) {
    super(404, `${what}_not_found`, `errors.${what}_not_found`, { id: String(id) });
  }
}

export class ValidationError extends AppError {
  constructor(code: string, params: Record<string, unknown> = {}) {
    super(400, code, `errors.${code}`, params);
  }
}

export class ConflictError extends AppError {
  constructor(code: string, params: Record<string, unknown> = {}) {
    super(409, code, `errors.${code}`, params);
  }
}

/** 503 with Retry-After: the desk is busy with other work, the same request may succeed later. */
export class BusyError extends AppError {
  constructor(readonly retryAfter: number) {
    super(503, 'server_busy', 'errors.server_busy', { seconds: retryAfter });
  }
}
