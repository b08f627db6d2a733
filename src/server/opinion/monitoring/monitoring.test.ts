import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, expect, it } from "vitest";
import { idOf, startTestApp, type TestApp, type TestClient } from "../../../../test/app.ts";
import { describeEachEngine } from "../../../../test/engines.ts";
import { loadWatchList } from "./watch-list.ts";

/** A real feed server on a local port: it answers 304 to a matching ETag and fails on demand. */
function feedServer() {
  const state = { body: "", etag: '"v1"', fail: false, requests: [] as http.IncomingHttpHeaders[] };
  const server = http.createServer((req, res) => {
    state.requests.push(req.headers);
    if (state.fail) {
      res.writeHead(503).end("down");
      return;
    }
    if (req.headers["if-none-match"] === state.etag) {
      res.writeHead(304).end();
      return;
    }
    res
      .writeHead(200, { "content-type": "application/rss+xml; charset=utf-8", etag: state.etag })
      .end(state.body);
  });
  return {
    state,
    start: () =>
      new Promise<string>((ok) =>
        server.listen(0, "127.0.0.1", () =>
          ok(`http://127.0.0.1:${(server.address() as AddressInfo).port}/feed.xml`),
        ),
      ),
    stop: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}

const rss = (
  items: { link: string; title: string; text: string }[],
) => `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>本地论坛</title><link>http://forum.example/</link><description>x</description>
${items.map((i) => `<item><title>${i.title}</title><link>${i.link}</link><description>${i.text}</description><pubDate>Sat, 05 Dec 2026 10:00:00 GMT</pubDate></item>`).join("\n")}
</channel></rss>`;

describeEachEngine("public-opinion monitoring", (engine) => {
  let t: TestApp;
  let admin: TestClient;
  let officer: TestClient;
  let outletName: string;
  const feed = feedServer();
  let feedUrl: string;
  beforeAll(async () => {
    t = await startTestApp(engine);
    admin = await t.as("admin");
    officer = await t.as("officer.sb01");
    feedUrl = await feed.start();
    const ot01 = await idOf(t, "unit", "OT01");
    outletName = (
      await t.db.selectFrom("org_units").select("name").where("id", "=", ot01).executeTakeFirstOrThrow()
    ).name;
  });
  afterAll(async () => {
    await feed.stop();
    await t.close();
  });

  const ingest = (token: string, body: object) =>
    t.app.inject({
      method: "POST",
      url: "/api/opinion/mentions",
      headers: { authorization: `Bearer ${token}` },
      payload: body,
    });

  const mention = (n: number, text: string) => ({
    url: `https://news.example/a/${n}`,
    title: `帖子 ${n}`,
    text,
    publishedAt: t.clock.now().toISOString(),
    platform: "weibo",
  });

  it("an api source's token is shown once and kept only as a hash; only administrators create sources", async () => {
    expect((await officer.post("/api/opinion/sources", { kind: "api", name: "舆情服务商" })).statusCode).toBe(
      403,
    );
    const res = await admin.post("/api/opinion/sources", { kind: "api", name: "舆情服务商" });
    expect(res.statusCode).toBe(201);
    const { id, token } = res.json();
    expect(token).toMatch(/^[\w-]{40,}$/);
    const row = await t.db
      .selectFrom("opinion_sources")
      .selectAll()
      .where("id", "=", id)
      .executeTakeFirstOrThrow();
    expect(row.token_hash).not.toContain(token);
    expect(JSON.stringify((await admin.get("/api/opinion/sources")).json())).not.toContain(token);
    const noUrl = await admin.post("/api/opinion/sources", { kind: "rss", name: "无地址" });
    expect(noUrl.statusCode).toBe(400);
    expect(noUrl.json().error.field).toBe("url");
  });

  it("ingest: 201 for a new URL, 200 for a repeat, 401 for a wrong or revoked token (audited)", async () => {
    const { id, token } = (
      await admin.post("/api/opinion/sources", { kind: "api", name: "自建爬虫" })
    ).json();
    const first = await ingest(token, mention(1, "天气不错"));
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({ candidateId: null, repeat: false });
    const again = await ingest(token, mention(1, "天气不错"));
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ id: first.json().id, repeat: true });
    const wrong = await ingest("not-a-token", mention(2, "x"));
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().error.code).toBe("opinion.token_invalid");
    const revoked = await admin.request("DELETE", `/api/opinion/sources/${id}`);
    expect(revoked.json().revokedAt).not.toBeNull();
    expect((await ingest(token, mention(3, "x"))).statusCode).toBe(401);
    const refusals = await t.db
      .selectFrom("audit_log")
      .select("action")
      .where("action", "=", "opinion.ingest_refused")
      .execute();
    expect(refusals.length).toBeGreaterThanOrEqual(2);
    const bad = await ingest(token, { ...mention(4, "x"), url: "ftp://x" });
    expect(bad.statusCode).toBe(400);
  });

  it("mentions naming an outlet with a risk word become one candidate per day; the officer is told", async () => {
    const { token } = (
      await admin.post("/api/opinion/sources", { kind: "api", name: "舆情服务商二" })
    ).json();
    // Traditional characters and spacing fold like the compliance matcher's.
    const a = await ingest(token, mention(10, `${outletName}门口排长队，有人說要擠 兌`));
    const b = await ingest(token, mention(11, `转：${outletName} 挤兑？`));
    expect(a.json().candidateId).not.toBeNull();
    expect(b.json().candidateId).toBe(a.json().candidateId);
    const list = (await officer.get("/api/opinion/mentions")).json().items;
    const c = list.find((x: { id: number }) => x.id === a.json().candidateId);
    expect(c).toMatchObject({ mentionCount: 2, riskWords: ["挤兑"] });
    expect(c.mentions).toHaveLength(2);
    const inbox = (await officer.get("/api/notifications")).json().items;
    expect(inbox.filter((n: { link: string }) => n.link === "/opinion/candidates")).toHaveLength(1);
    const outsider = await t.as("lobby.ot04");
    expect((await outsider.get("/api/opinion/mentions")).json().items).toHaveLength(0);
  });

  it("mentions of one story arriving at once join one candidate", async () => {
    const { token } = (await admin.post("/api/opinion/sources", { kind: "api", name: "并发推送" })).json();
    const answers = await Promise.all(
      [40, 41, 42, 43].map((n) => ingest(token, mention(n, `${outletName}员工卷款了`))),
    );
    expect(answers.map((a) => a.statusCode)).toEqual([201, 201, 201, 201]);
    const ids = new Set(answers.map((a) => a.json().candidateId));
    expect(ids.size).toBe(1);
    const c = (await officer.get("/api/opinion/mentions"))
      .json()
      .items.find((x: { id: number }) => ids.has(x.id));
    expect(c.mentionCount).toBe(4);
  });

  it("mentions of one post join one candidate whatever their words; another post is another", async () => {
    const service = (await admin.post("/api/opinion/sources", { kind: "api", name: "服务商甲" })).json();
    const crawler = (await admin.post("/api/opinion/sources", { kind: "api", name: "自建爬虫乙" })).json();
    const post = (url: string, text: string) => ({
      url,
      title: "网友发帖",
      text,
      publishedAt: t.clock.now().toISOString(),
      platform: "weibo",
    });
    const web = post(
      "https://weibo.com/6543210987/P3xKa9Lmz?refer_flag=1001030103_",
      `${outletName}取不出钱`,
    );
    const a = await ingest(service.token, web);
    expect(a.statusCode, a.body).toBe(201);
    // The same post from the mobile site, shared with its tracking, raising another risk word.
    const b = await ingest(
      crawler.token,
      post("http://m.weibo.cn/status/P3xKa9Lmz?jumpfrom=weibocom#comment", `听说${outletName}要倒闭`),
    );
    expect(b.statusCode, b.body).toBe(201);
    expect(b.json().candidateId).toBe(a.json().candidateId);
    expect((await ingest(service.token, web)).statusCode).toBe(200);
    const other = await ingest(
      crawler.token,
      post("https://weibo.com/6543210987/P3xKb0Qrs", `${outletName}理财爆雷`),
    );
    expect(other.json().candidateId).not.toBeNull();
    expect(other.json().candidateId).not.toBe(a.json().candidateId);

    const items = (await officer.get("/api/opinion/mentions")).json().items;
    const one = items.find((x: { id: number }) => x.id === a.json().candidateId);
    expect(one).toMatchObject({ mentionCount: 2, riskWords: ["取不出钱", "倒闭"] });
    expect(one.mentions.map((m: { url: string }) => m.url)).toEqual([
      web.url,
      "http://m.weibo.cn/status/P3xKa9Lmz?jumpfrom=weibocom#comment",
    ]);
    // A news item quoting the post joins it too.
    const news = await ingest(
      service.token,
      post(
        "https://news.example/a/61?utm_source=weibo",
        `据网友爆料（https://m.weibo.cn/detail/P3xKa9Lmz），${outletName}门口有人聚集`,
      ),
    );
    expect(news.json().candidateId).toBe(a.json().candidateId);
  });

  it("the officer opens a candidate as an event, or dismisses one with a reason", async () => {
    const { token } = (await admin.post("/api/opinion/sources", { kind: "api", name: "服务商三" })).json();
    const a = (await ingest(token, mention(20, `${outletName}跑路了`))).json();
    const opened = await officer.post(`/api/opinion/candidates/${a.candidateId}/open`, {
      topics: ["money_safety"],
    });
    expect(opened.statusCode, opened.body).toBe(201);
    expect(opened.json().ref).toMatch(/^YQ-/);
    const event = (await officer.get(`/api/opinion/events/${opened.json().id}`)).json();
    expect(event).toMatchObject({ url: "https://news.example/a/20", orgUnit: { name: outletName } });
    expect(event.entries.some((e: { kind: string }) => e.kind === "capture")).toBe(true);
    const twice = await officer.post(`/api/opinion/candidates/${a.candidateId}/open`, {});
    expect(twice.statusCode).toBe(409);
    // Opened in one click, a rumoured run takes its topic, and so its level, from the risk word.
    const run = (await ingest(token, mention(22, `${outletName}要擠兌了，快去取钱`))).json();
    const runEvent = await officer.post(`/api/opinion/candidates/${run.candidateId}/open`, {});
    expect(runEvent.json().level).toBe("major");
    const runDetail = (await officer.get(`/api/opinion/events/${runEvent.json().id}`)).json();
    expect(runDetail.topics).toEqual(["bank_run"]);
    const b = (await ingest(token, mention(21, `${outletName}暴力催收`))).json();
    const noReason = await officer.post(`/api/opinion/candidates/${b.candidateId}/dismiss`, { reason: "" });
    expect(noReason.json().error.field).toBe("reason");
    expect(
      (await officer.post(`/api/opinion/candidates/${b.candidateId}/dismiss`, { reason: "同名外地网点" }))
        .statusCode,
    ).toBe(204);
    const dismissed = (await officer.get("/api/opinion/mentions?status=dismissed")).json().items;
    expect(dismissed[0]).toMatchObject({ id: b.candidateId, dismissReason: "同名外地网点" });
  });

  it("watch rules: a branch adds its own product name; bank-wide rules are the administrators'", async () => {
    const sb01 = await idOf(t, "unit", "SB01");
    const bankWide = await officer.post("/api/opinion/watch-rules", { kind: "product", phrase: "稳盈宝" });
    expect(bankWide.statusCode).toBe(403);
    const own = await officer.post("/api/opinion/watch-rules", {
      kind: "product",
      phrase: "东城稳盈宝",
      orgUnitId: sb01,
    });
    expect(own.statusCode).toBe(201);
    const { token } = (await admin.post("/api/opinion/sources", { kind: "api", name: "服务商四" })).json();
    const hit = (await ingest(token, mention(30, "东城稳盈宝 理财 爆雷"))).json();
    expect(hit.candidateId).not.toBeNull();
    const rules = (await officer.get("/api/opinion/watch-rules")).json().items;
    expect(rules.some((r: { phrase: string }) => r.phrase === "挤兑")).toBe(true);
    expect((await officer.request("DELETE", `/api/opinion/watch-rules/${own.json().id}`)).statusCode).toBe(
      204,
    );
  });

  it("the matcher is compiled once and again after a unit is renamed, even by SQL past the API", async () => {
    expect(await loadWatchList(t.db)).toBe(await loadWatchList(t.db));
    const { token } = (await admin.post("/api/opinion/sources", { kind: "api", name: "服务商五" })).json();
    const ot01 = await idOf(t, "unit", "OT01");
    const rename = (name: string) =>
      t.db.updateTable("org_units").set({ name }).where("id", "=", ot01).execute();
    expect((await ingest(token, mention(70, "琥珀巷七号分理处 挤兑"))).json().candidateId).toBeNull();
    await rename("琥珀巷七号分理处");
    try {
      const hit = (await ingest(token, mention(71, "琥珀巷七号分理处 挤兑"))).json();
      expect(hit.candidateId).not.toBeNull();
      const candidate = await t.db
        .selectFrom("opinion_candidates")
        .select("org_unit_id")
        .where("id", "=", hit.candidateId)
        .executeTakeFirstOrThrow();
      expect(candidate.org_unit_id).toBe(ot01);
    } finally {
      await rename(outletName);
    }
  });

  it("polls an RSS feed over HTTP on the scheduler, conditionally, and backs off a failing feed", async () => {
    feed.state.body = rss([
      { link: "http://forum.example/t/1", title: `${outletName}出事了`, text: "听说要倒闭，大家快去取钱" },
      { link: "http://forum.example/t/2", title: "今日菜价", text: "白菜便宜" },
    ]);
    const created = await admin.post("/api/opinion/sources", {
      kind: "rss",
      name: "本地论坛",
      url: feedUrl,
      intervalMinutes: 10,
    });
    const id = created.json().id;
    await t.deps.scheduler.tick(t.clock.now());
    const rows = await t.db
      .selectFrom("opinion_mentions")
      .select(["url", "candidate_id"])
      .where("source_id", "=", id)
      .orderBy("url")
      .execute();
    expect(rows.map((r) => r.url)).toEqual(["http://forum.example/t/1", "http://forum.example/t/2"]);
    expect(rows[0].candidate_id).not.toBeNull();
    expect(rows[1].candidate_id).toBeNull();

    t.clock.advanceMinutes(11);
    await t.deps.scheduler.tick(t.clock.now());
    expect(feed.state.requests.at(-1)?.["if-none-match"]).toBe('"v1"');

    feed.state.fail = true;
    t.clock.advanceMinutes(11);
    await t.deps.scheduler.tick(t.clock.now());
    admin = await t.as("admin");
    const failing = (await admin.get("/api/opinion/sources"))
      .json()
      .items.find((s: { id: number }) => s.id === id);
    expect(failing).toMatchObject({ failures: 1, lastError: "HTTP 503" });
    // Backed off: twice the interval, so nothing is polled ten minutes on.
    const polls = feed.state.requests.length;
    t.clock.advanceMinutes(11);
    await t.deps.scheduler.tick(t.clock.now());
    expect(feed.state.requests.length).toBe(polls);
    t.clock.advanceMinutes(10);
    await t.deps.scheduler.tick(t.clock.now());
    expect(feed.state.requests.length).toBe(polls + 1);
    feed.state.fail = false;
  });

  it("a service sending a post again with its figures updates the reach of the open event with that link", async () => {
    // The feed test before moved the clock past the sessions' idle time.
    admin = await t.as("admin");
    officer = await t.as("officer.sb01");
    const { token } = (await admin.post("/api/opinion/sources", { kind: "api", name: "舆情服务商" })).json();
    const url = "https://news.example/a/50";
    const made = await officer.post("/api/opinion/events", {
      platform: "weibo",
      summary: "微博称网点拒收零钱",
      firstSeenAt: t.clock.now().toISOString(),
      url,
    });
    expect(made.statusCode, made.body).toBe(201);
    expect(made.json().level).toBe("general");
    const id = made.json().id;
    const first = await ingest(token, {
      ...mention(50, "网点拒收零钱"),
      reach: { views: 150_000, likes: 900 },
    });
    expect(first.statusCode, first.body).toBe(201);
    let event = (await officer.get(`/api/opinion/events/${id}`)).json();
    expect(event.reach).toEqual({ views: 150_000, shares: 0, comments: 0, likes: 900 });
    expect(event.level).toBe("serious");
    expect(event.entries.at(-1)).toMatchObject({
      kind: "reach",
      actor: null,
      data: { source: "舆情服务商" },
    });

    // The same post again, counted later: a repeat (200) whose figures still land; left-out ones keep theirs.
    const again = await ingest(token, { ...mention(50, "网点拒收零钱"), reach: { shares: 40 } });
    expect(again.statusCode).toBe(200);
    event = (await officer.get(`/api/opinion/events/${id}`)).json();
    expect(event.reach).toEqual({ views: 150_000, shares: 40, comments: 0, likes: 900 });
    const audit = await t.db
      .selectFrom("audit_log")
      .select(["actor_username"])
      .where("action", "=", "opinion.reach")
      .where("entity_id", "=", String(id))
      .execute();
    expect(audit).toEqual([{ actor_username: "source:舆情服务商" }, { actor_username: "source:舆情服务商" }]);

    // A closed event keeps the figures it closed with.
    await officer.post(`/api/opinion/events/${id}/step`, {
      step: "verify",
      outcome: "unfounded",
      note: "不实",
    });
    await ingest(token, { ...mention(50, "网点拒收零钱"), reach: { views: 900_000 } });
    expect((await officer.get(`/api/opinion/events/${id}`)).json().reach.views).toBe(150_000);
  });
});
