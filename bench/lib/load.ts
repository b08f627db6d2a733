import os from "node:os";
import autocannon, { type AutocannonRequest, type Client } from "autocannon";
import type { Person, Population, Scenario } from "../scenarios.ts";
import { rssPeak } from "./process.ts";

export interface Measured {
  connections: number;
  rps: number;
  p50: number;
  p99: number;
  requests: number;
  failures: number;
  peakRssMb: number;
  /** From the first request until every connection had its first answer. */
  rampUpMs: number;
  /** The machine's one-minute load average as the measurement ended. */
  load: number;
  /** Statistics only: the median of three requests made alone, in ms. */
  single?: number;
}

const WARM_UP_MS = 3000;
const MAX_RAMP_UP_S = 60;

/**
 * Drives one scenario at `url` with autocannon: connection i is person i (round robin), with the headers
 * that person's requests carry (a session cookie and CSRF token, or the floor's x-scope headers).
 */
export async function drive(opts: {
  url: string;
  pid: number;
  scenario: Scenario;
  people: Person[];
  headersOf: (p: Person) => Record<string, string>;
  population: Population;
  connections: number;
  seconds: number;
}): Promise<Measured> {
  const { scenario, people } = opts;
  let next = 0;
  const requestsFor = (p: Person, i: number): AutocannonRequest[] => {
    const r = scenario.request(p, i, opts.population);
    const who = r.bearer ? { authorization: `Bearer ${r.bearer}` } : opts.headersOf(p);
    const headers = { ...who, ...(r.body ? { "content-type": "application/json" } : {}) };
    const body = r.body;
    return [
      {
        method: r.method,
        path: r.path,
        headers,
        ...(body ? { setupRequest: (req) => ({ ...req, body: JSON.stringify(body()) }) } : {}),
      },
    ];
  };
  // One run. It is measured from the moment every connection has had its first answer, and at least
  // `WARM_UP_MS` in (JIT, caches, page cache), for `seconds`. Node accepts one new connection per turn of
  // its event loop, so while the first connections keep the server busy the last ones wait seconds for
  // their first answer (bench/README.md): that ramp-up is not the steady state the budget is about.
  const instance = autocannon({
    url: opts.url,
    connections: opts.connections,
    duration: MAX_RAMP_UP_S + opts.seconds,
    timeout: 30,
    setupClient(client) {
      const i = next++;
      client.setRequests(requestsFor(people[i % people.length], i));
    },
  });
  const started = performance.now();
  const answered = new Set<Client>();
  const latencies: number[] = [];
  let measuring = false;
  let stopRss = () => 0;
  let rampUpMs = 0;
  instance.on("response", (client, _status, _bytes, ms) => {
    if (measuring) latencies.push(ms);
    else if (!rampUpMs && answered.add(client).size === opts.connections) {
      rampUpMs = performance.now() - started;
      setTimeout(
        () => {
          measuring = true;
          stopRss = rssPeak(opts.pid);
          setTimeout(() => instance.stop(), opts.seconds * 1000);
        },
        Math.max(0, WARM_UP_MS - rampUpMs),
      );
    }
  });
  const result = await instance;
  if (!measuring)
    throw new Error(`${scenario.name}: not every connection was answered in ${MAX_RAMP_UP_S} s`);
  latencies.sort((a, b) => a - b);
  const at = (q: number) =>
    Math.round(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0);
  return {
    connections: opts.connections,
    rps: latencies.length / opts.seconds,
    p50: at(0.5),
    p99: at(0.99),
    requests: latencies.length,
    failures: result.errors + result.timeouts + result.non2xx,
    rampUpMs,
    peakRssMb: stopRss(),
    load: os.loadavg()[0],
  };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

/**
 * One scenario's rounds as one measurement: the median of each rate and latency, the worst memory, ramp-up
 * and load, and every request and failure counted. A share of the floor taken from the medians of several
 * alternating rounds moves far less between runs than a single turn's.
 */
export function medianOfRounds(rounds: readonly Measured[]): Measured {
  if (rounds.length === 0) throw new Error("medianOfRounds: no rounds");
  const single = rounds.flatMap((r) => (r.single === undefined ? [] : [r.single]));
  return {
    connections: rounds[0].connections,
    rps: median(rounds.map((r) => r.rps)),
    p50: median(rounds.map((r) => r.p50)),
    p99: median(rounds.map((r) => r.p99)),
    requests: rounds.reduce((n, r) => n + r.requests, 0),
    failures: rounds.reduce((n, r) => n + r.failures, 0),
    rampUpMs: Math.max(...rounds.map((r) => r.rampUpMs)),
    peakRssMb: Math.max(...rounds.map((r) => r.peakRssMb)),
    load: Math.max(...rounds.map((r) => r.load)),
    ...(single.length && { single: median(single) }),
  };
}
