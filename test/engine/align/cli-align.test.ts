import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { run } from '../../../scripts/cli/align';
import { captureRun } from '../../helpers/cli';
import { realLexicon } from '../lexicon/real-lexicon';
import { story } from './story';

realLexicon(); // builds data/generated/lexicon.tsv if a fresh checkout lacks it

async function capture(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const r = await captureRun(run, argv);
  return { code: r.code, out: r.stdout, err: r.stderr };
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'duizhao-cli-align-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function write(name: string, lines: string[]): string {
  const file = path.join(dir, name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

/** Every line of both files exactly once, in order, in well-formed beads. */
function expectCoverage(beads: string, nZh: number, nEn: number): void {
  const zh: number[] = [];
  const en: number[] = [];
  for (const line of beads.trimEnd().split('\n')) {
    const m = /^\[([0-9,]*)\]:\[([0-9,]*)\]$/.exec(line);
    expect(m).not.toBeNull();
    if (!m) return;
    const ids = (s: string) => (s ? s.split(',').map(Number) : []);
    expect(ids(m[1]).length + ids(m[2]).length).toBeGreaterThan(0);
    zh.push(...ids(m[1]));
    en.push(...ids(m[2]));
  }
  expect(zh).toEqual(Array.from({ length: nZh }, (_, k) => k));
  expect(en).toEqual(Array.from({ length: nEn }, (_, k) => k));
}

describe('cli align', () => {
  it('prints one bead per line for presplit files, covering every line once in order', async () => {
    const s = story('1-2');
    const { code, out } = await capture([
      '--zh',
      write('a.zh', s.zh),
      '--en',
      write('a.en', s.en),
      '--presplit',
      '--format',
      'beads',
    ]);
    expect(code).toBe(0);
    expectCoverage(out, s.zh.length, s.en.length);
    expect(out.split('\n')).toContain('[3]:[3,4]');
  });

  it('prints deletions and insertions as [i]:[] and []:[j]', async () => {
    const del = story('1-0');
    const a = await capture(['--zh', write('d.zh', del.zh), '--en', write('d.en', del.en), '--presplit']);
    expect(a.out.split('\n')).toContain('[3]:[]');
    expectCoverage(a.out, del.zh.length, del.en.length);
    const ins = story('0-1');
    const b = await capture(['--zh', write('i.zh', ins.zh), '--en', write('i.en', ins.en), '--presplit']);
    expect(b.out.split('\n')).toContain('[]:[3]');
    expectCoverage(b.out, ins.zh.length, ins.en.length);
  });

  it('prints JSON with paragraphs, sentences, beads and confidences for raw articles', async () => {
    const zh = write('raw.zh', ['猫和狗', '', '猫吃鱼。狗喝水。', '', '下雨了。']);
    const en = write('raw.en', [
      'Cats and dogs',
      '',
      'The cat eats fish. The dog drinks water.',
      '',
      'It is raining.',
    ]);
    const { code, out } = await capture(['--zh', zh, '--en', en]);
    expect(code).toBe(0);
    const doc = JSON.parse(out);
    expect(doc.zh.paragraphs.map((p: { kind: string }) => p.kind)).toEqual(['headline', 'body', 'body']);
    expect(doc.en.sentences.map((s: { text: string }) => s.text)).toEqual([
      'Cats and dogs',
      'The cat eats fish.',
      'The dog drinks water.',
      'It is raining.',
    ]);
    expect(doc.beads.map((b: { zh: number[]; en: number[] }) => `${b.zh}:${b.en}`)).toEqual([
      '0:0',
      '1:1',
      '2:2',
      '3:3',
    ]);
    expect(doc.beads[0].kind).toBe('headline');
    for (const b of doc.beads) expect(b.confidence).toBeGreaterThanOrEqual(0);
  });

  it('aligns every same-named pair of two directories into OUT/NAME.align', async () => {
    const one = story('2-1');
    const two = story('1-3');
    write('zh/one', one.zh);
    write('en/one', one.en);
    write('zh/two', two.zh);
    write('en/two', two.en);
    write('zh/lonely', ['只有中文。']);
    const out = path.join(dir, 'out');
    const { code } = await capture([
      '--zh-dir',
      path.join(dir, 'zh'),
      '--en-dir',
      path.join(dir, 'en'),
      '--out',
      out,
      '--presplit',
    ]);
    expect(code).toBe(0);
    expect(fs.readdirSync(out).sort()).toEqual(['one.align', 'two.align']);
    expectCoverage(fs.readFileSync(path.join(out, 'one.align'), 'utf8'), one.zh.length, one.en.length);
    expectCoverage(fs.readFileSync(path.join(out, 'two.align'), 'utf8'), two.zh.length, two.en.length);
  });

  it('exits 2 on usage errors and 1 on a missing file', async () => {
    expect((await capture(['--zh', 'x'])).code).toBe(2);
    expect((await capture(['--zh-dir', dir, '--en-dir', dir, '--presplit'])).code).toBe(2);
    expect((await capture(['--zh', 'x', '--en', 'y', '--format', 'xml'])).code).toBe(1);
    const missing = await capture([
      '--zh',
      path.join(dir, 'nope'),
      '--en',
      path.join(dir, 'nope'),
      '--presplit',
    ]);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('no such file');
  });
});
