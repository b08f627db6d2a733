/**
 * Drives Redmine's REST API with the operations issue 22 compares (create, a unit's open tickets, one category
 * over 90 days, one ticket by id), each after a check that its first request does what it should and a 3 s
 * warm-up, and prints a line per operation. Redmine is installed and filled as bench/README.md says ("The
 * peers").
 *
 *   REDMINE_API_KEY=… node bench/peers/redmine.ts [--seconds 10] [--connections 16] [--only create,by-id]
 */
import { parseArgs } from "node:util";
import autocannon from "autocannon";

const { values: args } = parseArgs({
  options: {
    seconds: { type: "string", default: "10" },
    connections: { type: "string", default: "16" },
    only: { type: "string" },
  },
});
const base = process.env.REDMINE_URL ?? "http://127.0.0.1:3100";
const key = process.env.REDMINE_API_KEY;
if (!key) throw new Error("REDMINE_API_KEY: the admin's API key (My account → API access key)");

// fill.sql: 100,000 tickets with ids 1..100000 in projects unit-01..unit-20 (ids 2..21), five categories each.
const TICKETS = 100_000;
const UNIT = "unit-05";
const CATEGORY = 23; // one of unit-05's
const since = new Date(Date.now() - 90 * 86_400_000).toISOString().slice(0, 10);
const headers = { "x-redmine-api-key": key, accept: "application/json", "content-type": "application/json" };
const pick = (n: number) => 1 + Math.floor(Math.random() * n);

const createBody = () => {
  const unit = pick(20);
  return JSON.stringify({
    issue: {
      project_id: unit + 1,
      tracker_id: pick(3),
      category_id: (unit - 1) * 5 + pick(5),
      subject: `压测：排队等候时间过长 ${Math.random().toString(36).slice(2, 8)}`,
      description: "要求改进叫号安排",
    },
  });
};

interface Operation {
  name: string;
  method: "GET" | "POST";
  path: () => string;
  body?: () => string;
  expect: number;
}

const OPERATIONS: Operation[] = [
  { name: "create", method: "POST", path: () => "/issues.json", body: createBody, expect: 201 },
  {
    name: "open-of-unit",
    method: "GET",
    path: () => `/issues.json?project_id=${UNIT}&status_id=open&limit=25`,
    expect: 200,
  },
  {
    // Every status, as ours lists a category whatever its state (Redmine alone would list the open ones).
    name: "category-90-days",
    method: "GET",
    path: () =>
      `/issues.json?project_id=${UNIT}&category_id=${CATEGORY}&status_id=*&created_on=%3E%3D${since}&limit=25`,
    expect: 200,
  },
  { name: "by-id", method: "GET", path: () => `/issues/${pick(TICKETS)}.json`, expect: 200 },
];

const drive = (op: Operation, seconds: number) =>
  autocannon({
    url: base,
    connections: Number(args.connections),
    duration: seconds,
    timeout: 30,
    requests: [
      {
        method: op.method,
        headers,
        setupRequest: (req) => ({ ...req, path: op.path(), ...(op.body && { body: op.body() }) }),
      },
    ],
  });

const only = args.only?.split(",");
console.log(`Redmine at ${base}, ${args.connections} connections, ${args.seconds} s each`);
for (const op of OPERATIONS.filter((o) => !only || only.includes(o.name))) {
  const first = await fetch(base + op.path(), { method: op.method, headers, body: op.body?.() });
  if (first.status !== op.expect) throw new Error(`${op.name}: ${first.status}, not ${op.expect}`);
  await drive(op, 3);
  const r = await drive(op, Number(args.seconds));
  console.log(
    `  redmine  ${op.name.padEnd(18)} ${r.requests.average.toFixed(1).padStart(7)} req/s  p50 ${r.latency.p50} ms  ` +
      `p99 ${r.latency.p99} ms  non-2xx ${r.non2xx}  errors ${r.errors}`,
  );
}
