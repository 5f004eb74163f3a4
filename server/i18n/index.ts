import type { NextFunction, Request, Response } from 'express';
import i18next, { type i18n as I18n, type TFunction } from 'i18next';
import { LanguageDetector } from 'i18next-http-middleware';
import en from './locales/en.json';
import zhCN from './locales/zh-CN.json';

export const LANGUAGES = ['en', 'zh-CN'] as const;
export type UiLanguage = (typeof LANGUAGES)[number];
export const LANG_COOKIE = 'dz_lang';
const DETECT_ORDER = ['querystring', 'cookie', 'header'];
const CACHES = ['cookie'];

/**
 * One i18next instance per app. Language comes from ?lang= (the switcher), then the cookie the
 * switcher sets, then Accept-Language; anything Chinese maps to zh-CN.
 */
export function createI18n(): I18n {
  const instance = i18next.createInstance();
  const detector = new LanguageDetector(undefined, {
    order: DETECT_ORDER,
    lookupQuerystring: 'lang',
    lookupCookie: LANG_COOKIE,
    caches: CACHES,
    // zh, zh-Hans, zh-TW… all get the Simplified Chinese UI; en-GB… the English one.
    convertDetectedLanguage: (lng: string) => {
      const l = lng.toLowerCase();
      return l.startsWith('zh') ? 'zh-CN' : l.startsWith('en') ? 'en' : lng;
    },
  });
  instance.use(detector).init({
    resources: { en: { translation: en }, 'zh-CN': { translation: zhCN } },
    fallbackLng: 'en',
    supportedLngs: [...LANGUAGES],
    nonExplicitSupportedLngs: false,
    load: 'currentOnly',
    initAsync: false,
    interpolation: { escapeValue: false }, // EJS escapes on output
    returnNull: false,
  });
  return instance;
}

/**
 * Detects the request's language (the detector above, which also keeps it in the cookie) and
 * gives the request that language's t(). i18next-http-middleware's own handler clones the whole
 * i18next instance for every request, which cost an API call more than its database work; the
 * two languages' translators are made once here instead.
 */
export function i18nMiddleware(instance: I18n) {
  const detector = instance.services.languageDetector as LanguageDetector;
  const fixed = new Map<string, TFunction>();
  const fallback = LANGUAGES[0];
  return (req: Request, res: Response, next: NextFunction): void => {
    const detected = detector.detect(req, res, DETECT_ORDER);
    const found = Array.isArray(detected) ? detected[0] : detected;
    const lng = found && (LANGUAGES as readonly string[]).includes(found) ? found : fallback;
    let t = fixed.get(lng);
    if (!t) {
      t = instance.getFixedT(lng);
      fixed.set(lng, t);
    }
    req.language = lng;
    req.t = t;
    // pages rendered before the locals middleware (an error page for a refused request) need it too
    res.locals.t = t;
    res.locals.language = lng;
    res.setHeader('Content-Language', lng);
    detector.cacheUserLanguage(req, res, lng, CACHES);
    next();
  };
}

/** The UI language to use for a request's language tag. */
export function uiLanguage(lng: string | undefined): UiLanguage {
  return lng?.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}
