// The activity views' queries: each filter finds its entries through an index, newest first,
// and filters combine; the log's own order (id) is the order shown.
import { createAuditRepo } from '../../server/db/audit.repo';
import type { DB } from '../../server/db/connection';
import { openDatabase } from '../../server/db/connection';
import { migrate } from '../../server/db/migrate';
import { MIGRATIONS_DIR } from '../helpers/services';

describe('audit repo filters', () => {
  let db: DB;
  let prepared: string[];
  let audit: ReturnType<typeof createAuditRepo>;
  beforeEach(() => {
    db = openDatabase(':memory:');
    migrate(db, MIGRATIONS_DIR);
    prepared = [];
    const prepare = db.prepare.bind(db);
    const spy = ((sql: string) => {
      prepared.push(sql);
      return prepare(sql);
    }) as DB['prepare'];
    audit = createAuditRepo(Object.create(db, { prepare: { value: spy } }) as DB);
    const who = (name: string) => ({ userId: null, name, via: 'web' as const });
    for (let i = 0; i < 30; i++)
      audit.record(
        who(i % 3 === 0 ? 'Mei' : 'lin'),
        i % 2 ? 'edit' : 'flag',
        'article',
        null,
        {},
        (i % 5) + 1,
      );
  });
  afterEach(() => db.close());

  const planOf = (sql: string, params: Record<string, unknown>) =>
    (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params) as { detail: string }[])
      .map((r) => r.detail)
      .join(' | ');

  it('walks the article index for an article and the person index for a person', () => {
    audit.list({ articleId: 3 }, 50, 0);
    const byArticle = prepared.at(-2)!;
    expect(planOf(byArticle, { articleId: 3, limit: 50, offset: 0 })).toMatch(
      /USING (COVERING )?INDEX audit_log_article/,
    );
    audit.list({ actor: 'MEI' }, 50, 0);
    const byActor = prepared.at(-2)!;
    expect(planOf(byActor, { actor: 'MEI', limit: 50, offset: 0 })).toMatch(/USING INDEX audit_log_actor/);
  });

  it('combines filters, compares names without case, and pages newest first', () => {
    const mei = audit.list({ actor: 'MEI' }, 50, 0);
    expect(mei).toHaveLength(10);
    expect(mei.every((r) => r.actor === 'Mei')).toBe(true);
    expect(mei.map((r) => r.id)).toEqual([...mei.map((r) => r.id)].sort((a, b) => b - a));
    expect(audit.count({ actor: 'mei', action: 'flag', articleId: 1 })).toBe(
      audit.list({ actor: 'mei' }, 50, 0).filter((r) => r.action === 'flag' && r.article_id === 1).length,
    );
    const first = audit.list({}, 7, 0);
    const second = audit.list({}, 7, 7);
    expect(first.at(-1)!.id).toBeGreaterThan(second[0].id);
    expect(audit.count({ from: '2000-01-01T00:00:00.000Z', to: '2000-01-02T00:00:00.000Z' })).toBe(0);
    expect(audit.count({ from: '2000-01-01T00:00:00.000Z' })).toBe(30);
  });
});
