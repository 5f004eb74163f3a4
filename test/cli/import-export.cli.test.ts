import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT_DIR } from '../../server/config';
import { openDatabase } from '../../server/db/connection';
import { migrate } from '../../server/db/migrate';
import { DEMO_DIR, MIGRATIONS_DIR } from '../helpers/services';

const SHARED = process.env.SHARED_DIR ?? path.resolve(ROOT_DIR, '..', 'shared');
const SEED = path.join(SHARED, 'seed', '000_548e2d166db6910e.txt');

/** Runs the CLI exactly as the README says: npm run --silent cli -- … */
function cli(args: string[], env: Record<string, string> = {}) {
  const res = spawnSync('npm', ['run', '--silent', 'cli', '--', ...args], {
    cwd: ROOT_DIR,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: res.status, stdout: res.stdout, stderr: res.stderr };
}

interface ImportJson {
  id: number;
  title: { zh: string; en: string };
  segments: { position: number; kind: string; zh: string; en: string }[];
}

describe('cli import / export', () => {
  let dir: string;
  let db: string;
  beforeAll(() => {
    // Compile once up front so the timed commands below do not each pay for it.
    execFileSync(process.execPath, [path.join(ROOT_DIR, 'scripts', 'build.mjs'), '--if-needed', '--quiet'], {
      cwd: ROOT_DIR,
    });
  });
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'duizhao-cli-'));
    db = path.join(dir, 'cli.db');
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('imports a pair and prints the documented JSON, then exports txt, md and tsv', () => {
    const res = cli([
      'import',
      '--zh',
      path.join(DEMO_DIR, 'visit.zh.txt'),
      '--en',
      path.join(DEMO_DIR, 'visit.en.txt'),
      '--db',
      db,
      '--json',
    ]);
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    const out = JSON.parse(res.stdout) as ImportJson;
    expect(out.id).toBe(1);
    expect(out.title).toEqual({
      zh: '印尼总统访澳料提振经贸关系 防务分歧难有突破',
      en: "Indonesian President's Australia visit set to resolve defence disputes",
    });
    expect(out.segments[0]).toMatchObject({ position: 0, kind: 'headline' });

    const txt = cli(['export', String(out.id), '--format', 'txt', '--db', db]);
    expect(txt.code).toBe(0);
    expect(txt.stdout.split('\n')[0]).toBe(out.title.en);
    const md = cli(['export', String(out.id), '--format', 'md'], { DB_PATH: db });
    expect(md.stdout.startsWith('# Indonesian President')).toBe(true);
    const tsv = cli(['export', String(out.id), '--format', 'tsv', '--db', db]);
    expect(tsv.stdout).toContain('印尼总统访澳');
  });

  it('imports the seed repost with the forum chrome gone and its headlines kept', () => {
    if (!fs.existsSync(SEED)) throw new Error(`seed file missing: ${SEED} (set SHARED_DIR)`);
    const zh = path.join(dir, 'zh.txt');
    fs.writeFileSync(
      zh,
      '李在明访华料改善双边关系 安全议题难有突破\n\n韩国总统李在明星期天开始对中国进行为期四天的国事访问。\n',
    );
    const res = cli(['import', '--zh', zh, '--en', SEED, '--db', db, '--json']);
    expect(res.code).toBe(0);
    const out = JSON.parse(res.stdout) as ImportJson;
    const en = out.segments.map((s) => s.en).filter(Boolean);
    const headline = out.segments.find((s) => s.kind === 'headline');
    expect(headline?.en).toBe(
      "Lee Jae-myung's visit to China is highly likely to improve bilateral security issues.",
    );
    expect(out.segments.find((s) => s.kind === 'subhead')?.en).toMatch(
      /Security Issues Unlikely to See Breakthrough$/,
    );
    expect(out.segments.find((s) => s.kind === 'caption')?.en).toMatch(
      /^On November 1, 2025, South Korean President/,
    );
    const all = en.join('\n');
    expect(all).toContain('Chey Tae-won');
    for (const chrome of [
      '返回列表',
      '发表于',
      '回复',
      '您需要登录',
      '本版积分规则',
      '关灯',
      '扫一扫',
      'QQ客服',
      '快速回复',
      '.jpg',
    ]) {
      expect(all).not.toContain(chrome);
    }
    expect(en).not.toContain('20 0');
  });

  it('fails with a clear message and exit 1 for a missing article or bad input', () => {
    const empty = openDatabase(db);
    migrate(empty, MIGRATIONS_DIR);
    empty.close();
    const missing = cli(['export', '77', '--format', 'txt', '--db', db]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/article_not_found/);
    const usage = cli([
      'import',
      '--zh',
      path.join(dir, 'nope.txt'),
      '--en',
      path.join(dir, 'nope.txt'),
      '--db',
      db,
    ]);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/no such file/);
  });
});
