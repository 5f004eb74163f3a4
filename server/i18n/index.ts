import i18next, { type i18n as I18n } from 'i18next';
import { handle, LanguageDetector } from 'i18next-http-middleware';
import en from './locales/en.json';
import zhCN from './locales/zh-CN.json';

export const LANGUAGES = ['en', 'zh-CN'] as const;
export type UiLanguage = (typeof LANGUAGES)[number];
export const LANG_COOKIE = 'dz_lang';

/**
 * One i18next instance per app. Language comes from ?lang= (the switcher), then the cookie the
 * switcher sets, then Accept-Language; anything Chinese maps to zh-CN.
 */
export function createI18n(): I18n {
  const instance = i18next.createInstance();
  const detector = new LanguageDetector(undefined, {
    order: ['querystring', 'cookie', 'header'],
    lookupQuerystring: 'lang',
    lookupCookie: LANG_COOKIE,
    caches: ['cookie'],
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

export function i18nMiddleware(instance: I18n) {
  return handle(instance);
}

/** The UI language to use for a request's language tag. */
export function uiLanguage(lng: string | undefined): UiLanguage {
  return lng?.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}
