// Hostile requests against every route with every content type, and a runner that sends them
// over real HTTP. Used by the bounded fuzz test (npm test) and by `npm run fuzz:http` (thousands).
import http from 'node:http';
import type { HostileFile } from './files';

export interface FuzzRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: Buffer;
  /** What this case is, for the report of a failure. */
  what: string;
  /** The route as a pattern (`PUT /api/articles/:id/segments/:sid`) and the kind of body, for the tally. */
  route: string;
  kind: string;
}

export interface FuzzTargets {
  articleId: number;
  segmentId: number;
  flagId: number;
  glossaryId: number;
  token: string;
}

/** A small deterministic generator (mulberry32), so a failing case can be found again by its seed. */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, pick: <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] };
}

const STRINGS = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\ud800',
  'x\udc00y',
  '💥'.repeat(3),
  '<script>alert(1)</script>',
  "' OR 1=1 --",
  '"a" NEAR b* OR c:',
  '%',
  '%%00',
  '../../../etc/passwd',
  "=cmd|' /C calc'!A0",
  '\r\nSet-Cookie: x=1',
  '李在明访华料改善双边关系',
  'x'.repeat(10_000),
  '标'.repeat(3000),
  '\u202e\u200b\ufeff',
  '{{t}} $t(errors.not_found)',
];
const NUMBERS = ['0', '-1', '1.5', '1e309', '99999999999999999999', 'NaN', 'abc', '0x10', '%00', ''];
const VALUES: unknown[] = [
  null,
  true,
  0,
  -1,
  1e308,
  [],
  {},
  [1, 2],
  { $gt: '' },
  { __proto__: { admin: true } },
];

function routes(t: FuzzTargets, id: string, sid: string, fid: string, gid: string): [string, string][] {
  const a = `/api/articles/${id}`;
  return [
    ['GET', '/api/articles'],
    ['POST', '/api/articles'],
    ['POST', '/api/articles/preview'],
    ['GET', a],
    ['PATCH', a],
    ['DELETE', `/api/articles/${t.articleId + 1000}`],
    ['POST', `${a}/checks`],
    ['GET', `${a}/segments`],
    ['GET', `${a}/segments/${sid}`],
    ['PUT', `${a}/segments/${sid}`],
    ['GET', `${a}/segments/${sid}/revisions`],
    ['GET', `${a}/flags`],
    ['POST', `${a}/flags`],
    ['PATCH', `${a}/flags/${fid}`],
    ['POST', `${a}/flags/${fid}/comments`],
    ['POST', `${a}/renderings`],
    ['GET', `${a}/export`],
    ['GET', '/api/formats'],
    ['POST', `${a}/alignment/edits`],
    ['POST', `${a}/alignment/undo`],
    ['GET', `${a}/alignment/history`],
    ['GET', `${a}/alignment/map.svg`],
    ['GET', '/api/glossary'],
    ['POST', '/api/glossary'],
    ['GET', `/api/glossary/${gid}`],
    ['PATCH', `/api/glossary/${gid}`],
    ['POST', '/api/glossary/import'],
    ['GET', '/api/glossary/export'],
    ['GET', '/api/search'],
    ['GET', '/'],
    ['GET', '/articles'],
    ['GET', '/articles/new'],
    ['POST', '/articles'],
    ['GET', `/articles/${id}`],
    ['GET', `/articles/${id}/segments/${sid}/history`],
    ['POST', `/articles/${id}/segments/${sid}`],
    ['POST', `/articles/${id}/status`],
    ['GET', `/articles/${id}/triage`],
    ['GET', '/search'],
    ['GET', '/glossary'],
    ['GET', '/settings'],
    ['POST', '/login'],
    ['GET', '/healthz'],
    ['GET', `/assets/${id}`],
    ['OPTIONS', a],
    ['TRACE', '/'],
  ];
}

/** Percent-encodes the UTF-8 bytes (a lone surrogate becomes EF BF BD, as a browser would send). */
const enc = (v: string) =>
  [...Buffer.from(v, 'utf8')].map((b) => `%${b.toString(16).padStart(2, '0')}`).join('');

const QUERY_KEYS = [
  'q',
  'page',
  'pageSize',
  'status',
  'format',
  'compare',
  'severity',
  'view',
  'edit',
  'flag',
  'rows',
  'lang',
];

function multipart(
  parts: { name: string; filename?: string; data: Buffer | string }[],
  boundary: string,
): Buffer {
  const chunks: Buffer[] = [];
  for (const p of parts) {
    const disposition = p.filename
      ? `form-data; name="${p.name}"; filename="${p.filename.replace(/[\r\n"]/g, '_')}"`
      : `form-data; name="${p.name}"`;
    chunks.push(
      Buffer.from(`--${boundary}\r\nContent-Disposition: ${disposition}\r\n\r\n`),
      Buffer.from(p.data),
      Buffer.from('\r\n'),
    );
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return Buffer.concat(chunks);
}

/** `count` hostile requests from `seed`. */
export function hostileRequests(
  seed: number,
  count: number,
  t: FuzzTargets,
  files: HostileFile[],
): FuzzRequest[] {
  const r = random(seed);
  const out: FuzzRequest[] = [];
  for (let i = 0; i < count; i++) {
    const id = r.next() < 0.7 ? String(t.articleId) : enc(r.pick(NUMBERS));
    const sid = r.next() < 0.7 ? String(t.segmentId) : enc(r.pick(NUMBERS));
    const fid = r.next() < 0.7 ? String(t.flagId) : enc(r.pick(NUMBERS));
    const gid = r.next() < 0.7 ? String(t.glossaryId) : enc(r.pick(NUMBERS));
    const list = routes(t, id, sid, fid, gid);
    const at = Math.floor(r.next() * list.length);
    const [method, route] = list[at];
    const pattern = routes(t, ':id', ':sid', ':fid', ':gid')[at];
    const query = Array.from({ length: Math.floor(r.next() * 3) }, () => {
      const k = r.pick(QUERY_KEYS);
      const v = r.next() < 0.5 ? r.pick(STRINGS) : r.pick(NUMBERS);
      const raw = r.next() < 0.1 ? '%ED%A0%80%00' : enc(v);
      return r.next() < 0.1 ? `${k}[]=${raw}&${k}[x]=${raw}` : `${k}=${raw}`;
    }).join('&');
    const headers: Record<string, string> = {};
    const auth = r.next();
    if (auth < 0.85) headers.authorization = `Bearer ${t.token}`;
    else if (auth < 0.92)
      headers.authorization = r.pick(['Bearer x', 'Basic Og==', 'Bearer ' + 'a'.repeat(5000)]);
    if (r.next() < 0.2)
      headers.accept = r.pick(['text/html', 'application/json', '*/*', 'image/png', 'text/html;q=0']);
    if (r.next() < 0.1) headers['accept-language'] = r.pick(['zh-CN', 'xx', '*;q=abc', 'zh-TW,en;q=0.1']);
    if (r.next() < 0.1)
      headers.cookie = r.pick(['dz_lang=zh-CN', 'dz_session=abc', 'dz_lang=%ZZ', 'a=' + 'b'.repeat(3000)]);
    if (r.next() < 0.05) headers.origin = r.pick(['http://evil.example', 'null', 'http://127.0.0.1']);
    if (r.next() < 0.03) headers.host = r.pick(['rebind.evil.example', '127.0.0.1:1', '[::1]']);
    let body: Buffer | undefined;
    let what = 'no body';
    let bodyKind = 'no body';
    if (method !== 'GET' && method !== 'HEAD' && method !== 'OPTIONS' && method !== 'TRACE') {
      const kind = r.next();
      if (kind < 0.35) {
        const fields = [
          'zh',
          'en',
          'text',
          'version',
          'status',
          'segmentId',
          'category',
          'severity',
          'note',
          'label',
          'op',
          'side',
          'format',
          'body',
          'allowDuplicate',
          'enStart',
          'enEnd',
          'variants',
        ];
        const obj: Record<string, unknown> = {};
        for (let k = 0; k < 1 + r.next() * 5; k++) {
          const roll = r.next();
          obj[r.pick(fields)] = roll < 0.5 ? r.pick(STRINGS) : roll < 0.8 ? r.pick(VALUES) : r.pick(NUMBERS);
        }
        body = Buffer.from(JSON.stringify(obj));
        headers['content-type'] = 'application/json';
        what = 'JSON';
        bodyKind = what;
      } else if (kind < 0.45) {
        body = Buffer.from(
          r.pick([
            '{',
            '[1,2',
            '{"a":' + '['.repeat(5000),
            '"x"',
            'null',
            '\u0000',
            '{"zh":"\\ud800","en":"x"}',
          ]),
        );
        headers['content-type'] = r.pick([
          'application/json',
          'application/json; charset=utf-7',
          'application/json; charset=latin1',
        ]);
        what = 'malformed JSON';
        bodyKind = what;
      } else if (kind < 0.6) {
        body = Buffer.from(
          `zh=${enc(r.pick(STRINGS))}&en=${enc(r.pick(STRINGS))}&text=%ED%A0%80&version=${r.pick(NUMBERS)}&a[b][c]=1`,
        );
        headers['content-type'] = 'application/x-www-form-urlencoded';
        what = 'form';
        bodyKind = what;
      } else if (kind < 0.85) {
        const file = r.pick(files);
        const boundary = `----fuzz${i}`;
        const field = r.pick(['zhFile', 'enFile', 'file', 'zhFile']);
        body = multipart(
          [
            { name: field, filename: file.filename, data: file.data },
            { name: r.pick(['en', 'zh', 'label', 'text']), data: r.pick(STRINGS) },
          ],
          boundary,
        );
        headers['content-type'] =
          r.next() < 0.9 ? `multipart/form-data; boundary=${boundary}` : 'multipart/form-data';
        what = `file: ${file.name}`;
        bodyKind = 'multipart file';
      } else {
        body = Buffer.from(r.pick(['<xml/>', 'zh=1', '\u0000\u0001\u0002', '']));
        headers['content-type'] = r.pick([
          'text/plain',
          'application/xml',
          'application/octet-stream',
          'image/png',
        ]);
        what = `${headers['content-type']} body`;
        bodyKind = 'other content type';
      }
    }
    out.push({
      method,
      path: query ? `${route}?${query}` : route,
      headers,
      body,
      what,
      route: `${method} ${pattern[1].replace(String(t.articleId + 1000), ':other')}`,
      kind: bodyKind,
    });
  }
  return out;
}

export interface FuzzOutcome {
  sent: number;
  byStatus: Map<number, number>;
  /** Requests answered 5xx or not answered at all. */
  failures: { req: FuzzRequest; status: number | string }[];
  /** Every request with its answer (a status, or why there was none), in the order answered. */
  answers: { req: FuzzRequest; status: number | string }[];
}

function send(base: URL, req: FuzzRequest, timeoutMs: number): Promise<number | string> {
  return new Promise((resolve) => {
    const headers = { ...req.headers, ...(req.body ? { 'content-length': String(req.body.length) } : {}) };
    const r = http.request(
      {
        host: base.hostname,
        port: base.port,
        method: req.method,
        path: req.path,
        headers,
        timeout: timeoutMs,
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
        res.on('error', (e) => resolve(`response error: ${e.message}`));
      },
    );
    r.on('timeout', () => r.destroy(new Error('timeout')));
    r.on('error', (e) => resolve(`no answer: ${e.message}`));
    r.end(req.body);
  });
}

/** Sends the requests `concurrency` at a time; every answer counted, every 5xx or non-answer kept. */
export async function runFuzz(
  base: string,
  requests: FuzzRequest[],
  concurrency = 4,
  timeoutMs = 120_000,
): Promise<FuzzOutcome> {
  const url = new URL(base);
  const outcome: FuzzOutcome = { sent: 0, byStatus: new Map(), failures: [], answers: [] };
  let next = 0;
  const lane = async () => {
    while (next < requests.length) {
      const req = requests[next++];
      const status = await send(url, req, timeoutMs);
      outcome.sent++;
      outcome.answers.push({ req, status });
      if (typeof status === 'number') outcome.byStatus.set(status, (outcome.byStatus.get(status) ?? 0) + 1);
      if (typeof status !== 'number' || status >= 500) outcome.failures.push({ req, status });
    }
  };
  await Promise.all(Array.from({ length: concurrency }, lane));
  return outcome;
}
