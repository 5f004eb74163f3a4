// Brute-force protection for the login form (rate-limiter-flexible, counted in memory): failed
// logins are counted per address and per login name — whether or not that login exists, so the
// limit says nothing about which accounts there are. A success clears the login's count.
import { RateLimiterMemory, type RateLimiterRes } from 'rate-limiter-flexible';
import { AppError } from '../errors';

export interface LoginLimits {
  /** Failures one address may have in `windowSeconds`. */
  perAddress: number;
  /** Failures one login may have in `windowSeconds`, from anywhere. */
  perLogin: number;
  windowSeconds: number;
}

export const DEFAULT_LOGIN_LIMITS: LoginLimits = { perAddress: 30, perLogin: 8, windowSeconds: 15 * 60 };

export function createLoginLimiter(limits: LoginLimits = DEFAULT_LOGIN_LIMITS) {
  const byAddress = new RateLimiterMemory({
    keyPrefix: 'login_ip',
    points: limits.perAddress,
    duration: limits.windowSeconds,
  });
  const byLogin = new RateLimiterMemory({
    keyPrefix: 'login_name',
    points: limits.perLogin,
    duration: limits.windowSeconds,
  });
  const loginKey = (login: string) => login.trim().toLowerCase().slice(0, 64);
  const tooMany = (msBeforeNext: number) =>
    new AppError(429, 'too_many_logins', 'errors.too_many_logins', {
      minutes: Math.max(1, Math.ceil(msBeforeNext / 60_000)),
    });

  return {
    /** Throws 429 while either count is used up; call before checking the password. */
    async check(address: string, login: string): Promise<void> {
      const [a, l] = await Promise.all([byAddress.get(address), byLogin.get(loginKey(login))]);
      const blocked = [
        a && a.consumedPoints >= limits.perAddress ? a : null,
        l && l.consumedPoints >= limits.perLogin ? l : null,
      ].filter((r): r is RateLimiterRes => r !== null);
      if (blocked.length) throw tooMany(Math.max(...blocked.map((r) => r.msBeforeNext)));
    },
    async failed(address: string, login: string): Promise<void> {
      // consume() rejects once a count is used up; the next check() reports it.
      await Promise.allSettled([byAddress.consume(address), byLogin.consume(loginKey(login))]);
    },
    async succeeded(login: string): Promise<void> {
      await byLogin.delete(loginKey(login));
    },
  };
}
export type LoginLimiter = ReturnType<typeof createLoginLimiter>;
