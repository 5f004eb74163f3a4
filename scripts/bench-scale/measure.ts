// HTTP measurements against a running desk: one request at a time (median), and under load
// (autocannon, 10 connections) for the p99.
import autocannon from 'autocannon';

export interface LoadResult {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  /** The server's CPU time per request (NaN without `cpuMs`): unlike the p99, hardly moved by other load on the machine. */
  cpuPerRequest: number;
}

/** Sent with every request: the bench's API token. */
export const auth: { headers: Record<string, string> } = { headers: {} };

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)] : Number.NaN;
}

/** Median wall time of `runs` requests made one after another (after one warm-up). */
export async function timeRequest(
  url: string,
  runs = 7,
  init?: () => RequestInit,
): Promise<{ ms: number; status: number; bytes: number }> {
  const times: number[] = [];
  let status = 0;
  let bytes = 0;
  for (let i = 0; i <= runs; i++) {
    const t0 = performance.now();
    const extra = init?.() ?? {};
    const res = await fetch(url, {
      ...extra,
      headers: { ...auth.headers, ...(extra.headers as Record<string, string>) },
    });
    const body = await res.arrayBuffer();
    if (i > 0) times.push(performance.now() - t0);
    status = res.status;
    bytes = body.byteLength;
  }
  return { ms: median(times), status, bytes };
}

export async function load(
  url: string,
  seconds = 5,
  connections = 10,
  cpuMs?: () => number,
): Promise<LoadResult> {
  const cpu0 = cpuMs?.() ?? Number.NaN;
  const r = await autocannon({ url, connections, duration: seconds, headers: auth.headers });
  return {
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors + r.timeouts + r.non2xx,
    cpuPerRequest: ((cpuMs?.() ?? Number.NaN) - cpu0) / r.requests.total,
  };
}

export async function getJson<T>(url: string): Promise<T> {
  const res = await fetch(url, { headers: auth.headers });
  if (!res.ok) throw new Error(`${url}: ${res.status}`);
  return (await res.json()) as T;
}
