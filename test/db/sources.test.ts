import { type DB, openDatabase } from '../../server/db/connection';
import { migrate } from '../../server/db/migrate';
import { createSourcesRepo, type NewSource } from '../../server/db/sources.repo';
import { demoText, MIGRATIONS_DIR, migratedTo, versionBefore } from '../helpers/services';

function article(db: DB): number {
  return (
    db.prepare("INSERT INTO articles (title_zh, title_en) VALUES ('标题', 'Title') RETURNING id").get() as {
      id: number;
    }
  ).id;
}

const text = demoText('visit', 'zh');
const paragraphs = JSON.stringify(
  text
    .split(/\n+/)
    .filter(Boolean)
    .map((t) => ({ kind: 'body', text: t })),
);
const source = (articleId: number, raw: Buffer): NewSource => ({
  article_id: articleId,
  lang: 'zh',
  role: 'primary',
  label: '',
  filename: 'zh.txt',
  format: 'txt',
  encoding: 'GB18030',
  raw,
  paragraphs,
  dropped: '[]',
});

describe('sources.repo (packed sources)', () => {
  it('gives back the raw bytes and paragraphs exactly, stored once and compressed', () => {
    const db = openDatabase(':memory:');
    migrate(db, MIGRATIONS_DIR);
    const repo = createSourcesRepo(db);
    const raw = Buffer.concat([Buffer.from([0xff, 0x00, 0xfe]), Buffer.from(text, 'utf8')]);
    const id = repo.insert(source(article(db), raw));
    const back = repo.get(id)!;
    expect(Buffer.compare(back.raw, raw)).toBe(0);
    expect(back.paragraphs).toBe(paragraphs);
    expect(back).toMatchObject({ lang: 'zh', encoding: 'GB18030', filename: 'zh.txt' });
    expect(repo.primary(back.article_id, 'zh')!.paragraphs).toBe(paragraphs);
    const stored = db
      .prepare('SELECT length(raw) AS raw, length(paragraphs) AS p, length(packed) AS packed FROM sources')
      .get() as {
      raw: number;
      p: number;
      packed: number;
    };
    expect(stored.raw + stored.p).toBe(0);
    // the paragraphs repeat the raw text: together they pack to less than the raw bytes alone
    expect(stored.packed).toBeLessThan(raw.length);
  });

  it('reads sources stored before the migration unchanged', () => {
    const db = migratedTo(versionBefore('packed_sources'));
    const articleId = article(db);
    const raw = Buffer.from(text, 'utf8');
    db.prepare(
      `INSERT INTO sources (article_id, lang, role, label, filename, format, encoding, raw, paragraphs, dropped)
       VALUES (@article_id, @lang, @role, @label, @filename, @format, @encoding, @raw, @paragraphs, @dropped)`,
    ).run(source(articleId, raw));
    migrate(db, MIGRATIONS_DIR);
    const [back] = createSourcesRepo(db).byArticle(articleId);
    expect(Buffer.compare(back.raw, raw)).toBe(0);
    expect(back.paragraphs).toBe(paragraphs);
    expect(back).not.toHaveProperty('packed');
  });
});
