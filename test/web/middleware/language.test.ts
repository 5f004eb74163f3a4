import express from 'express';
import supertest from 'supertest';
import { createI18n, i18nMiddleware, LANG_COOKIE } from '../../../server/i18n';

/** A bare app with only the language middleware: what each request is given. */
function appWithLanguage() {
  const app = express();
  const seen: unknown[] = [];
  app.use(i18nMiddleware(createI18n()));
  app.get('/', (req, res) => {
    seen.push(req.t);
    res.json({ language: req.language, text: req.t('search.submit'), local: res.locals.t === req.t });
  });
  return { app, seen };
}

describe('i18nMiddleware', () => {
  it('takes ?lang= first, then the cookie, then Accept-Language, and keeps the choice in the cookie', async () => {
    const { app } = appWithLanguage();
    const chosen = await supertest(app).get('/?lang=zh-CN').set('Accept-Language', 'en');
    expect(chosen.body).toEqual({ language: 'zh-CN', text: '搜索', local: true });
    expect(chosen.headers['content-language']).toBe('zh-CN');
    expect(String(chosen.headers['set-cookie'])).toContain(`${LANG_COOKIE}=zh-CN`);
    const cookie = await supertest(app)
      .get('/')
      .set('Cookie', `${LANG_COOKIE}=zh-CN`)
      .set('Accept-Language', 'en');
    expect(cookie.body.language).toBe('zh-CN');
    const header = await supertest(app).get('/').set('Accept-Language', 'zh-TW,zh;q=0.9');
    expect(header.body.language).toBe('zh-CN');
    const none = await supertest(app).get('/').set('Accept-Language', 'fr');
    expect(none.body).toEqual({ language: 'en', text: 'Search', local: true });
  });

  it('gives every request of one language the same translator instead of a copy of i18next', async () => {
    const { app, seen } = appWithLanguage();
    await supertest(app).get('/?lang=en');
    await supertest(app).get('/?lang=en');
    await supertest(app).get('/?lang=zh-CN');
    expect(seen[0]).toBe(seen[1]);
    expect(seen[2]).not.toBe(seen[0]);
  });
});
