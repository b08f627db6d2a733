import ExcelJS from "exceljs";
import { afterAll, beforeAll, expect, it } from "vitest";
import { startTestApp, type TestApp, type TestClient } from "../../../test/app.ts";
import { describeEachEngine } from "../../../test/engines.ts";
import { multipart, tinyPng } from "../../../test/uploads.ts";

const HOUR = 3_600_000;
const PDF = Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");

describeEachEngine("training sessions and sign-in", (engine) => {
  let t: TestApp;
  let officer: TestClient;
  let teller: TestClient;
  let ids: Record<string, number>;
  let sessionId: number;
  const inMinutes = (m: number) => new Date(t.clock.now().getTime() + m * 60_000).toISOString();

  beforeAll(async () => {
    t = await startTestApp(engine);
    officer = await t.as("officer.sb01");
    teller = await t.as("teller.ot01");
    const units = await t.db.selectFrom("org_units").select(["id", "code"]).execute();
    const users = await t.db.selectFrom("users").select(["id", "username"]).execute();
    ids = Object.fromEntries([...units.map((u) => [u.code, u.id]), ...users.map((u) => [u.username, u.id])]);
  });
  afterAll(() => t.close());

  it("an officer schedules a 晨会 for an outlet, with linked materials", async () => {
    const res = await officer.post("/api/training/sessions", {
      kind: "morning",
      topic: "大额取现问用途的应答",
      orgUnitId: ids.OT01,
      startsAt: inMinutes(-5),
      endsAt: inMinutes(25),
      materials: [{ kind: "script", ref: "large-cash-purpose" }],
    });
    expect(res.statusCode).toBe(201);
    const s = res.json();
    sessionId = s.id;
    expect(s).toMatchObject({
      ref: expect.stringMatching(/^TRN-\d{8}-\d{4}$/),
      orgUnitName: "人民路网点",
      hours: 0.5,
      attendeeCount: 0,
      materials: [{ kind: "script", ref: "large-cash-purpose", title: "取现被问用途" }],
      signInOpen: true,
      canManage: true,
    });
    // Everyone of the outlet is expected, so everyone is absent before signing in.
    expect(s.absentees.map((a: { id: number }) => a.id)).toContain(ids["teller.ot01"]);
    expect(s.expectedCount).toBe(s.absentees.length);
  });

  it("bad input names the field and writes nothing", async () => {
    const base = { kind: "weekly", topic: "周会", startsAt: inMinutes(60), endsAt: inMinutes(120) };
    for (const [patch, field] of [
      [{ kind: "party" }, "kind"],
      [{ endsAt: inMinutes(30) }, "endsAt"],
      [{ endsAt: inMinutes(60 + 9 * 60) }, "endsAt"],
      [{ startsAt: "tomorrow" }, "startsAt"],
      [{ orgUnitId: ids.OT04 }, "orgUnitId"],
      [{ trainerId: ids["lobby.ot04"] }, "trainerId"],
      [{ materials: [{ kind: "case", ref: "999" }] }, "materials.0.ref"],
      [{ topic: "" }, "topic"],
    ] as const) {
      const res = await officer.post("/api/training/sessions", { ...base, ...patch });
      expect(res.statusCode, JSON.stringify(patch)).toBe(400);
      expect(res.json().error.field, JSON.stringify(patch)).toBe(field);
    }
    const count = await t.db
      .selectFrom("training_sessions")
      .select((eb) => eb.fn.countAll().as("n"))
      .executeTakeFirst();
    expect(Number(count?.n)).toBe(1);
    expect((await teller.post("/api/training/sessions", base)).statusCode).toBe(403);
  });

  it("a teller of the outlet signs in with the QR token; the register lists them, once", async () => {
    expect((await teller.get(`/api/training/sessions/${sessionId}/sign-in-code`)).statusCode).toBe(403);
    const code = (await officer.get(`/api/training/sessions/${sessionId}/sign-in-code`)).json();
    expect(Date.parse(code.expiresAt) - t.clock.now().getTime()).toBe(5 * 60_000);
    // The token goes into a page address: one whose query ended in ".xyz" was taken for a missing file.
    expect(code.token).not.toContain(".");
    const res = await teller.post("/api/training/sign-in", { token: code.token });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ sessionId, topic: "大额取现问用途的应答" });
    expect((await teller.post("/api/training/sign-in", { token: code.token })).statusCode).toBe(200);

    const s = (await teller.get(`/api/training/sessions/${sessionId}`)).json();
    expect(s.attendees.map((a: { id: number }) => a.id)).toEqual([ids["teller.ot01"]]);
    expect(s.absentees.map((a: { id: number }) => a.id)).not.toContain(ids["teller.ot01"]);
    expect(s).toMatchObject({ signedIn: true, canManage: false, attendeeCount: 1 });
    const audits = await t.db
      .selectFrom("audit_log")
      .select("action")
      .where("entity_type", "=", "training_session")
      .where("entity_id", "=", String(sessionId))
      .orderBy("id")
      .execute();
    expect(audits.map((a) => a.action)).toEqual(["training.session_create", "training.sign_in"]);
  });

  it("the officer uploads the session's handout; the outlet's staff download it, others do not", async () => {
    const url = `/api/training/sessions/${sessionId}/files`;
    const pdf = multipart("取现问用途讲义.pdf", PDF, "application/pdf");
    const uploaded = await officer.request("POST", url, pdf.body, pdf.contentType);
    expect(uploaded.statusCode).toBe(201);
    const fileId = uploaded.json().id;

    // A text file renamed to .pptx, and a file over the size limit, are refused naming the field.
    const fake = multipart("slides.pptx", Buffer.from("not really slides"), "application/vnd.ms-powerpoint");
    const wrongType = await officer.request("POST", url, fake.body, fake.contentType);
    expect(wrongType.statusCode).toBe(400);
    expect(wrongType.json().error).toMatchObject({ field: "file", code: "training.file_type" });
    const big = multipart("big.pdf", Buffer.concat([PDF, Buffer.alloc(6 * 1024 * 1024)]), "application/pdf");
    const tooBig = await officer.request("POST", url, big.body, big.contentType);
    expect(tooBig.statusCode).toBe(400);
    expect(tooBig.json().error.field).toBe("file");
    // An Office file is known by its bytes too: a real .xlsx sign-up sheet is taken.
    const book = new ExcelJS.Workbook();
    book.addWorksheet("签到").addRow(["姓名", "签名"]);
    const xlsx = multipart(
      "签到表.xlsx",
      Buffer.from(await book.xlsx.writeBuffer()),
      "application/octet-stream",
    );
    const sheet = await officer.request("POST", url, xlsx.body, xlsx.contentType);
    expect(sheet.statusCode, sheet.body).toBe(201);
    await officer.request("DELETE", `${url}/${sheet.json().id}`);
    const png = multipart("board.png", tinyPng(), "image/png");
    expect((await teller.request("POST", url, png.body, png.contentType)).statusCode).toBe(403);

    const s = (await teller.get(`/api/training/sessions/${sessionId}`)).json();
    expect(s.files).toEqual([
      expect.objectContaining({ id: fileId, name: "取现问用途讲义.pdf", mime: "application/pdf" }),
    ]);
    const download = await teller.get(`${url}/${fileId}`);
    expect(download.statusCode).toBe(200);
    expect(download.headers["content-type"]).toBe("application/pdf");
    expect(download.rawPayload.equals(PDF)).toBe(true);
    expect((await (await t.as("lobby.ot04")).get(`${url}/${fileId}`)).statusCode).toBe(404);

    // A wrong upload is taken off again; both are in the session's audit trail.
    const second = (await officer.request("POST", url, png.body, png.contentType)).json().id;
    expect((await teller.request("DELETE", `${url}/${second}`)).statusCode).toBe(403);
    expect((await officer.request("DELETE", `${url}/${second}`)).statusCode).toBe(204);
    expect((await teller.get(`${url}/${second}`)).statusCode).toBe(404);
    const audits = await t.db
      .selectFrom("audit_log")
      .select("action")
      .where("entity_type", "=", "training_session")
      .where("entity_id", "=", String(sessionId))
      .where("action", "like", "training.file%")
      .orderBy("id")
      .execute();
    expect(audits.map((a) => a.action)).toEqual([
      "training.file_upload",
      "training.file_upload",
      "training.file_remove",
      "training.file_upload",
      "training.file_remove",
    ]);
  });

  it("a forged, stale or foreign sign-in is refused", async () => {
    const code = (await officer.get(`/api/training/sessions/${sessionId}/sign-in-code`)).json();
    const forged = code.token.replace(/.$/, (c: string) => (c === "A" ? "B" : "A"));
    const bad = await teller.post("/api/training/sign-in", { token: forged });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toMatchObject({ field: "token", code: "training.sign_in_invalid" });

    // Staff of another outlet are not expected at this one's meeting.
    const outsider = await t.as("lobby.ot04");
    const foreign = await outsider.post("/api/training/sign-in", { token: code.token });
    expect(foreign.statusCode).toBe(403);
    expect(foreign.json().error.code).toBe("training.not_expected");
    expect((await outsider.get(`/api/training/sessions/${sessionId}`)).statusCode).toBe(404);
    expect((await t.anonymous().post("/api/training/sign-in", { token: code.token })).statusCode).toBe(401);

    t.clock.advanceMinutes(6);
    const lobby = await t.as("lobby.ot01");
    const stale = await lobby.post("/api/training/sign-in", { token: code.token });
    expect(stale.json().error.code).toBe("training.sign_in_expired");
    t.clock.advanceMinutes(20); // past the end
    const closed = await officer.get(`/api/training/sessions/${sessionId}/sign-in-code`);
    expect(closed.statusCode).toBe(409);
  });

  it("lists sessions for the outlet's staff and the sub-branch, not for other outlets", async () => {
    const mine = (await teller.get("/api/training/sessions")).json().items;
    expect(mine.map((s: { id: number }) => s.id)).toEqual([sessionId]);
    expect((await (await t.as("manager.sb01")).get("/api/training/sessions")).json().items).toHaveLength(1);
    expect((await (await t.as("lobby.ot04")).get("/api/training/sessions")).json().items).toEqual([]);
    const from = new Date(t.clock.now().getTime() + HOUR).toISOString();
    expect(
      (await teller.get(`/api/training/sessions?from=${encodeURIComponent(from)}`)).json().items,
    ).toEqual([]);
  });

  it("a trainer of the outlet itself is not counted as expected, nor listed absent", async () => {
    const res = await officer.post("/api/training/sessions", {
      kind: "evening",
      topic: "夕会",
      orgUnitId: ids.OT01,
      trainerId: ids["head.ot01"],
      startsAt: inMinutes(60),
      endsAt: inMinutes(90),
    });
    const s = res.json();
    expect(s.absentees.map((a: { id: number }) => a.id)).not.toContain(ids["head.ot01"]);
    expect(s.expectedCount).toBe(s.absentees.length);
    const listed = (await officer.get("/api/training/sessions"))
      .json()
      .items.find((x: { id: number }) => x.id === s.id);
    expect(listed.expectedCount).toBe(s.absentees.length);
  });
});
