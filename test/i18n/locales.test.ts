import fs from 'node:fs';
import path from 'node:path';
import { EXPORT_FORMATS as ENGINE_FORMATS } from '../../server/engine/formats/export/types';
import en from '../../server/i18n/locales/en.json';
import zhCN from '../../server/i18n/locales/zh-CN.json';
import { ACTIVITY_ACTIONS } from '../../server/web/pages/activity-labels';
import { allLabelKeys, EXPORT_FORMATS, FLAG_STATUSES } from '../../server/web/pages/labels';

type Tree = { [key: string]: string | Tree };
const ROOT = path.join(__dirname, '..', '..');

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    if (typeof v === 'string') out.set(prefix + k, v);
    else for (const [kk, vv] of flatten(v, `${prefix}${k}.`)) out.set(kk, vv);
  }
  return out;
}

const locales = { en: flatten(en as Tree), 'zh-CN': flatten(zhCN as Tree) };

/** {{variables}} and $t(nested) references: both must match across languages. */
function placeholders(s: string): string[] {
  const vars = [...s.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((m) => `var:${m[1]}`);
  const nests = [...s.matchAll(/\$t\(([^)]+)\)/g)].map((m) => `nest:${m[1]}`);
  return [...new Set([...vars, ...nests])].sort();
}

function walk(dir: string, ext: RegExp): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return walk(p, ext);
    return ext.test(e.name) ? [p] : [];
  });
}

/** Keys used literally in the sources: t('a.b'), req.t('a.b'), and the errors services throw. */
function usedKeys(): Map<string, string> {
  const found = new Map<string, string>();
  const files = [...walk(path.join(ROOT, 'views'), /\.ejs$/), ...walk(path.join(ROOT, 'server'), /\.ts$/)];
  for (const file of files) {
    const src = fs.readFileSync(file, 'utf8');
    const rel = path.relative(ROOT, file);
    for (const m of src.matchAll(/\b(?:t|tt|tf|te|req\.t|i18n\.t)\(\s*'([a-z][\w-]*(?:\.[\w-]+)+)'\s*[,)]/g))
      found.set(m[1], rel);
    for (const m of src.matchAll(/'(errors\.[a-z_]+)'/g)) found.set(m[1], rel);
    for (const m of src.matchAll(/new (?:ValidationError|ConflictError)\(\s*'([a-z_]+)'/g))
      found.set(`errors.${m[1]}`, rel);
    for (const m of src.matchAll(/new NotFoundError\(\s*'([a-z_]+)'/g))
      found.set(`errors.${m[1]}_not_found`, rel);
    for (const m of src.matchAll(/new AppError\(\s*\d+,\s*'([a-z_]+)'/g)) found.set(`errors.${m[1]}`, rel);
  }
  return found;
}

const REQUIRED_ERRORS = [
  'not_found',
  'article_not_found',
  'segment_not_found',
  'flag_not_found',
  'rendering_not_found',
  'revision_not_found',
  'payload_too_large',
  'bad_json',
  'bad_upload',
  'unsupported_encoding',
  'bad_request',
  'internal_error',
  'cross_origin_request',
  'empty_text',
  'too_large',
  'binary_file',
  'unsupported_format',
  'bad_docx',
  'zip_bomb',
  'invalid_field',
  'version_conflict',
  'invalid_status',
  'unknown_format',
  'segment_not_in_article',
  'xml_entities_forbidden',
  'bad_xml',
  'no_units',
  'bad_tsv',
  'too_many_rows',
];

describe('locales', () => {
  it('have exactly the same keys in English and Chinese', () => {
    const a = [...locales.en.keys()].sort();
    const b = [...locales['zh-CN'].keys()].sort();
    expect(a.filter((k) => !locales['zh-CN'].has(k))).toEqual([]);
    expect(b.filter((k) => !locales.en.has(k))).toEqual([]);
    expect(a.length).toBeGreaterThan(200);
  });

  it('use the same {{variables}} and nested references for every key', () => {
    const mismatched = [...locales.en.entries()]
      .filter(([k, v]) => placeholders(v).join() !== placeholders(locales['zh-CN'].get(k) ?? '').join())
      .map(([k]) => k);
    expect(mismatched).toEqual([]);
  });

  it('have no empty strings, and nested references point at existing keys', () => {
    for (const [lng, map] of Object.entries(locales)) {
      for (const [k, v] of map) {
        expect(`${lng}:${k}:${v.trim() === '' ? 'EMPTY' : 'ok'}`).toBe(`${lng}:${k}:ok`);
        for (const m of v.matchAll(/\$t\(([^)]+)\)/g)) {
          for (const side of ['zh', 'en']) expect(map.has(m[1].replace('{{lang}}', side))).toBe(true);
        }
      }
    }
  });

  it('contain every error key the services and middleware throw', () => {
    const missing = REQUIRED_ERRORS.map((e) => `errors.${e}`).filter((k) => !locales.en.has(k));
    expect(missing).toEqual([]);
  });

  it('contain every label of the closed lists (kinds, statuses, severities, categories, findings, formats)', () => {
    for (const map of Object.values(locales)) expect(allLabelKeys().filter((k) => !map.has(k))).toEqual([]);
  });

  it('label every export format the engine offers', () => {
    expect([...ENGINE_FORMATS].filter((f) => !(EXPORT_FORMATS as readonly string[]).includes(f))).toEqual([]);
  });

  it('contain the keys views build from a prefix and a list', () => {
    const built = [
      ...FLAG_STATUSES.map((s) => `articles.flags.actions.${s}`),
      ...['zh', 'en'].flatMap((side) => [
        `articles.new.${side}_heading`,
        `articles.new.${side}_text_label`,
        `articles.new.${side}_file_label`,
        `articles.dropped.${side}`,
        `lang_names.${side}`,
      ]),
      ...['status', 'severity', 'category', 'origin'].map((k) => `articles.flags.${k}`),
      ...ACTIVITY_ACTIONS.map((a) => `activity.actions.${a}`),
      ...['system', 'cli', 'no_account'].map((k) => `activity.who.${k}`),
      ...['article', 'segment', 'flag', 'rendering', 'glossary_term', 'user'].map(
        (k) => `activity.entities.${k}`,
      ),
    ];
    for (const map of Object.values(locales)) expect(built.filter((k) => !map.has(k))).toEqual([]);
  });

  it('contain every key used literally in views/ and server/', () => {
    const used = usedKeys();
    expect(used.size).toBeGreaterThan(100);
    const missing = [...used]
      .filter(([k]) => !locales.en.has(k) || !locales['zh-CN'].has(k))
      .map(([k, f]) => `${k} (${f})`);
    expect(missing).toEqual([]);
  });
});
