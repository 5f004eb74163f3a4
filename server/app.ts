import path from 'node:path';
import cookieParser from 'cookie-parser';
import express, { type Express } from 'express';
import helmet from 'helmet';
import type { Config } from './config';
import type { DB } from './db/connection';
import { createI18n, i18nMiddleware } from './i18n';
import { createServices, type Services } from './services';
import { apiRouter } from './web/api';
import { healthz } from './web/health';
import { createLoginLimiter, type LoginLimits } from './web/login-limiter';
import { allowedHostsOnly } from './web/middleware/allowed-hosts';
import { authenticate, requireSignedIn } from './web/middleware/auth';
import { csrfProtection } from './web/middleware/csrf';
import { errorHandler, notFoundHandler } from './web/middleware/errors';
import { localsMiddleware } from './web/middleware/locals';
import { acceptedBodies, defaultBody, wellFormedText } from './web/middleware/request-shape';
import { sameOriginOnly } from './web/middleware/same-origin';
import { pagesRouter } from './web/pages';

export interface AppDeps {
  db: DB;
  config: Config;
  services?: Services;
  /** Failed-login limits (tests lower them). */
  loginLimits?: LoginLimits;
}

/** Builds the Express app; never listens (main.ts does, tests use supertest). */
export function createApp(deps: AppDeps): Express {
  const { config } = deps;
  const services = deps.services ?? createServices(deps.db, config);
  const i18n = createI18n();
  const app = express();

  app.disable('x-powered-by');
  app.set('view engine', 'ejs');
  app.set('views', config.viewsDir);
  // Without it EJS re-reads and recompiles every template and partial per include (per row).
  app.set('view cache', config.viewCache);
  app.set('trust proxy', config.trustProxy);
  app.locals.services = services;

  app.use(cookieParser());
  app.use(i18nMiddleware(i18n));
  // Before anything reads the request: only the configured host names are answered.
  app.use(allowedHostsOnly(config.allowedHosts));
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: true,
        // Everything is served from here: no inline styles, no https: sources (helmet's defaults allow both).
        directives: {
          'default-src': ["'self'"],
          'style-src': ["'self'"],
          'style-src-attr': ["'none'"],
          'font-src': ["'self'"],
          'img-src': ["'self'", 'data:'],
          'upgrade-insecure-requests': null,
        },
      },
      strictTransportSecurity: false,
      // Same-origin referrers let the Origin/Referer CSRF check recognise our own forms.
      referrerPolicy: { policy: 'same-origin' },
    }),
  );
  app.use('/assets', express.static(path.join(config.viewsDir, 'assets'), { maxAge: '1h' }));
  app.get('/healthz', healthz(deps.db));
  // Origin first: no body of a cross-site request is ever parsed.
  app.use(sameOriginOnly(config.allowedHosts));
  app.use(acceptedBodies);
  // Pastes may be large; the services reject texts over config.maxTextBytes with a clear message,
  // the parser limit only guards the process.
  app.use(express.urlencoded({ extended: false, limit: '25mb', parameterLimit: 5000 }));
  app.use(express.json({ limit: '25mb' }));
  app.use(defaultBody);
  app.use(wellFormedText);
  app.use(authenticate(services));
  app.use(requireSignedIn(services));
  app.use(csrfProtection(services));
  app.use(localsMiddleware);

  app.use('/api', apiRouter(services, config));
  app.use(pagesRouter(services, config, createLoginLimiter(deps.loginLimits)));

  app.use(notFoundHandler);
  app.use(errorHandler);
  return app;
}
