import autocannon, { type AutocannonRequest } from "autocannon";
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
  /** Statistics only: the median of three requests made alone, in ms. */
  single?: number;
}

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
    const headers = { ...opts.headersOf(p), ...(r.body ? { "content-type": "application/json" } : {}) };
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
  const run = (seconds: number) =>
    autocannon({
      url: opts.url,
      connections: opts.connections,
      duration: seconds,
      timeout: 30,
      setupClient(client) {
        const i = next++;
        client.setRequests(requestsFor(people[i % people.length], i));
      },
    });
  await run(Math.min(3, opts.seconds)); // warm-up: JIT, caches, page cache; not counted
  next = 0;
  const stopRss = rssPeak(opts.pid);
  const result = await run(opts.seconds);
  return {
    connections: opts.connections,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    failures: result.errors + result.timeouts + result.non2xx,
    peakRssMb: stopRss(),
  };
}
