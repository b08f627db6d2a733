/** The scenarios of issue 7, each as requests per signed-in user, so every connection is someone real. */
import type { Role } from "../src/domain/auth/roles.ts";

export interface Person {
  username: string;
  id: number;
  role: Role;
  displayName: string;
  unitId: number;
  path: string;
}

export interface Request {
  method: "GET" | "POST";
  path: string;
  body?: () => unknown;
  /** A machine's token sent instead of the person's session (the ingest APIs). */
  bearer?: string;
}

export interface Scenario {
  name: string;
  /** What the budget says about it: p99 ≤ 25 ms and ≥ 60% of the floor, or the 200 ms statistics budget. */
  budget: "p99" | "stats" | "none";
  /** Fewer connections where one request is a whole dashboard (see bench/README.md). */
  connections?: number;
  users: (who: Population) => string[];
  /** The request of the i-th connection, signed in as `p`. */
  request: (p: Person, i: number, pop: Population) => Request;
}

export interface Population {
  outlets: string[];
  subBranches: string[];
  branches: string[];
  maxIncidentId: number;
  maxComplaintId: number;
  /** An ingest source's token, which run.ts asks for as the administrator before the scenarios. */
  opinionToken: string;
}

/** `n` items spread evenly over a list: outlets across the whole tree, not the first few. */
const spread = (xs: string[], n: number) =>
  Array.from(
    { length: Math.min(n, xs.length) },
    (_, i) => xs[Math.floor((i * xs.length) / Math.min(n, xs.length))],
  );

/** Outlet heads, sub-branch officers, branch managers and head-office staff, a quarter each. */
function everyLevel(p: Population, n = 48) {
  const q = Math.ceil(n / 4);
  return [
    ...spread(p.outlets, q).map((c) => `head.${c}`),
    ...spread(p.subBranches, q).map((c) => `officer.${c}`),
    ...spread(p.branches, q).map((c) => `manager.${c}`),
    "officer.hq",
    "manager.hq",
    "auditor",
  ];
}

const TEXT_UNIT =
  "本行推出稳健型理财产品，业绩比较基准3.5%-4.2%，过往业绩不代表未来表现。理财非存款、产品有风险、投资须谨慎。" +
  "本产品为非保本浮动收益型，客户可通过手机银行、网上银行及各网点柜台购买，详情请咨询大堂经理。";
const MARKETING_TEXT = `${TEXT_UNIT.repeat(Math.ceil(2000 / TEXT_UNIT.length)).slice(0, 1990)}保本保收益稳赚`;

let serial = 0;
const ninetyDaysAgo = () => new Date(Date.now() - 90 * 86_400_000).toISOString();
const cursorOf = (id: number) => Buffer.from(`id:${id}`).toString("base64url");
export const COMPLAINT_FILTERS = [
  "status=closed&grade=ordinary",
  "status=open",
  `channel=01&receivedFrom=${encodeURIComponent(ninetyDaysAgo())}`,
  "breached=true",
];

/** The head office's staff, who may read any record: each connection reads its own one by id. */
const headOffice = () => ["officer.hq", "manager.hq", "auditor"];
/** The i-th of 64 ids spread over 1..max. */
const spreadId = (i: number, max: number) => Math.max(1, Math.floor(((i + 1) * max) / 65));

/** Each read runs before the write that would grow what it reads (the board before the reports). */
export const SCENARIOS: Scenario[] = [
  {
    name: "incident board",
    budget: "p99",
    users: (p) => everyLevel(p),
    request: () => ({ method: "GET", path: "/api/incidents/board" }),
  },
  {
    name: "incidents, first page",
    budget: "p99",
    users: (p) => everyLevel(p),
    request: () => ({ method: "GET", path: "/api/incidents?limit=20" }),
  },
  {
    name: "incidents, deep page",
    budget: "p99",
    users: (p) => everyLevel(p),
    // Half-way down the keyset: a year and a half back for everyone.
    request: (_p, _i, pop) => ({
      method: "GET",
      path: `/api/incidents?limit=20&cursor=${cursorOf(Math.floor(pop.maxIncidentId / 2))}`,
    }),
  },
  {
    name: "one incident by id",
    budget: "p99",
    users: headOffice,
    request: (_p, i, pop) => ({ method: "GET", path: `/api/incidents/${spreadId(i, pop.maxIncidentId)}` }),
  },
  {
    name: "report an incident",
    budget: "p99",
    users: (p) => spread(p.outlets, 64).map((c) => `lobby.${c}`),
    request: () => ({
      method: "POST",
      path: "/api/incidents",
      body: () => ({ category: "queue_machine_failure", summary: `压测：叫号机故障 ${++serial}` }),
    }),
  },
  {
    name: "complaints, filtered",
    budget: "p99",
    users: (p) => everyLevel(p),
    request: (_p, i) => ({
      method: "GET",
      path: `/api/complaints?limit=20&${COMPLAINT_FILTERS[i % COMPLAINT_FILTERS.length]}`,
    }),
  },
  {
    name: "one complaint by id",
    budget: "p99",
    users: headOffice,
    request: (_p, i, pop) => ({ method: "GET", path: `/api/complaints/${spreadId(i, pop.maxComplaintId)}` }),
  },
  {
    name: "register a complaint",
    budget: "p99",
    users: (p) => spread(p.outlets, 64).map((c) => `lobby.${c}`),
    request: () => ({
      method: "POST",
      path: "/api/complaints",
      body: () => {
        const n = ++serial;
        return {
          channel: "营业现场",
          receivedAt: new Date().toISOString(),
          summary: "压测：排队等候时间过长",
          request: "要求改进叫号安排",
          complainant: { name: `压测客户${n}`, phone: `139${String(n).padStart(8, "0")}` },
          businessCategory: "自营理财",
          cause: "营销方式和手段",
        };
      },
    }),
  },
  {
    name: "watch board",
    budget: "p99",
    users: (p) => everyLevel(p),
    request: () => ({ method: "GET", path: "/api/watch" }),
  },
  {
    name: "ingest a public-opinion mention",
    budget: "p99",
    // A monitoring vendor's machine posts with its token; the administrator only created the source.
    users: () => ["admin"],
    request: (_p, _i, pop) => ({
      method: "POST",
      path: "/api/opinion/mentions",
      bearer: pop.opinionToken,
      body: () => {
        const n = ++serial;
        return {
          url: `https://news.example.cn/bench/${Date.now()}-${n}`,
          title: `压测：网点排队太久 ${n}`,
          text: "今天在网点排队两个小时，叫号机坏了也没人管，大堂经理说系统升级。",
          publishedAt: new Date().toISOString(),
          platform: "weibo",
        };
      },
    }),
  },
  {
    name: "complaint statistics, head office",
    budget: "stats",
    connections: 1,
    users: () => ["officer.hq"],
    request: () => ({ method: "GET", path: "/api/complaints/stats" }),
  },
  {
    name: "complaint statistics, one sub-branch",
    budget: "stats",
    connections: 8,
    users: (p) => spread(p.subBranches, 8).map((c) => `officer.${c}`),
    request: () => ({ method: "GET", path: "/api/complaints/stats" }),
  },
  {
    name: "check 2,000 characters of marketing",
    budget: "none",
    users: (p) => spread(p.outlets, 32).map((c) => `wealth.${c}`),
    request: () => ({
      method: "POST",
      path: "/api/compliance/check",
      body: () => ({ text: MARKETING_TEXT, kind: "marketing" }),
    }),
  },
];
