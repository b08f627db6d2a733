import { afterAll, beforeAll, expect, it } from "vitest";
import { idOf, startTestApp, type TestApp, type TestClient } from "../../../test/app.ts";
import { describeEachEngine } from "../../../test/engines.ts";
import { DEMO_PASSWORD } from "../seed/demo.ts";

const NEW_PASSWORD = "Fresh#Start2026";

describeEachEngine("users", (engine) => {
  let t: TestApp;
  let admin: TestClient;
  let ot01: number;
  beforeAll(async () => {
    t = await startTestApp(engine);
    admin = await t.as("admin");
    ot01 = await idOf(t, "unit", "OT01");
  });
  afterAll(() => t.close());

  const auditCount = async () =>
    Number(
      (
        await t.db
          .selectFrom("audit_log")
          .select((eb) => eb.fn.countAll().as("n"))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it("an administrator creates a user, who can then sign in; the creation is audited", async () => {
    const res = await admin.post("/api/users", {
      username: "teller3.ot01",
      displayName: "柜员 新人",
      role: "teller",
      orgUnitId: ot01,
      password: NEW_PASSWORD,
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ username: "teller3.ot01", orgUnitCode: "OT01", disabled: false });
    expect(res.body).not.toContain("password");
    const login = await t
      .anonymous()
      .post("/api/auth/login", { username: "teller3.ot01", password: NEW_PASSWORD });
    expect(login.statusCode).toBe(200);
    const audit = await t.db
      .selectFrom("audit_log")
      .selectAll()
      .where("action", "=", "users.create")
      .executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ actor_username: "admin", entity_id: String(res.json().id) });
    expect(audit.after_json).not.toContain("password");
  });

  it("bad input answers 400 naming the field, and writes nothing", async () => {
    const before = await auditCount();
    const cases: [Record<string, unknown>, string][] = [
      [
        { username: "AB", displayName: "x", role: "teller", orgUnitId: ot01, password: NEW_PASSWORD },
        "username",
      ],
      [
        { username: "okname", displayName: "", role: "teller", orgUnitId: ot01, password: NEW_PASSWORD },
        "displayName",
      ],
      [
        { username: "okname", displayName: "x", role: "king", orgUnitId: ot01, password: NEW_PASSWORD },
        "role",
      ],
      [
        { username: "okname", displayName: "x", role: "teller", orgUnitId: "one", password: NEW_PASSWORD },
        "orgUnitId",
      ],
      [
        { username: "okname", displayName: "x", role: "teller", orgUnitId: ot01, password: "alllowercase1" },
        "password",
      ],
      [
        { username: "okname", displayName: "x", role: "teller", orgUnitId: 99999, password: NEW_PASSWORD },
        "orgUnitId",
      ],
      [
        { username: "okname", displayName: "x", role: "teller", orgUnitId: 1, password: NEW_PASSWORD },
        "role",
      ],
    ];
    for (const [body, field] of cases) {
      const res = await admin.post("/api/users", body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().error.field).toBe(field);
    }
    const wrongKind = await admin.post("/api/users", cases[6][0]);
    expect(wrongKind.json().error.message).toBe("角色“柜员”不能设在总行");
    expect(
      await t.db.selectFrom("users").select("id").where("username", "=", "okname").executeTakeFirst(),
    ).toBeUndefined();
    expect(await auditCount()).toBe(before);
  });

  it("a taken username answers 409 naming the field", async () => {
    const res = await admin.post("/api/users", {
      username: "teller.ot01",
      displayName: "dup",
      role: "teller",
      orgUnitId: ot01,
      password: NEW_PASSWORD,
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ code: "users.username_taken", field: "username" });
  });

  it("disabling a user ends their sessions and refuses their sign-in; enabling lets them back", async () => {
    const id = await idOf(t, "user", "guard.ot01");
    const guard = await t.as("guard.ot01");
    const res = await admin.patch(`/api/users/${id}`, { disabled: true });
    expect(res.statusCode).toBe(200);
    expect(res.json().disabled).toBe(true);
    expect((await guard.get("/api/me")).statusCode).toBe(401);
    const refused = await t
      .anonymous()
      .post("/api/auth/login", { username: "guard.ot01", password: DEMO_PASSWORD });
    expect(refused.statusCode).toBe(403);
    expect((await admin.patch(`/api/users/${id}`, { disabled: false })).statusCode).toBe(200);
    expect(
      (await t.anonymous().post("/api/auth/login", { username: "guard.ot01", password: DEMO_PASSWORD }))
        .statusCode,
    ).toBe(200);
    const actions = await t.db
      .selectFrom("audit_log")
      .select("action")
      .where("entity_id", "=", String(id))
      .execute();
    expect(actions.map((a) => a.action)).toEqual(expect.arrayContaining(["users.disable", "users.enable"]));
  });

  it("the e-mail address is set, refused with the field named when malformed, and cleared", async () => {
    const id = await idOf(t, "user", "teller.ot02");
    const set = await admin.patch(`/api/users/${id}`, { email: "teller.ot02@bank.example" });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json().email).toBe("teller.ot02@bank.example");
    const bad = await admin.patch(`/api/users/${id}`, { email: "not an address" });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe("email");
    expect((await admin.patch(`/api/users/${id}`, { email: null })).json().email).toBeNull();
  });

  it("the mobile phone is set, refused with the field named when malformed, cleared, and audited", async () => {
    const id = await idOf(t, "user", "teller.ot02");
    const set = await admin.patch(`/api/users/${id}`, { mobilePhone: "139 1234 5678" });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json().mobilePhone).toBe("139 1234 5678");
    const bad = await admin.patch(`/api/users/${id}`, { mobilePhone: "12345" });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe("mobilePhone");
    expect((await admin.patch(`/api/users/${id}`, { mobilePhone: "010-6200 0001" })).json().mobilePhone).toBe(
      "010-6200 0001",
    );
    expect((await admin.patch(`/api/users/${id}`, { mobilePhone: null })).json().mobilePhone).toBeNull();
    const audited = await t.db
      .selectFrom("audit_log")
      .select("after_json")
      .where("action", "=", "users.update")
      .where("entity_id", "=", String(id))
      .execute();
    expect(audited.some((a) => a.after_json?.includes("139 1234 5678"))).toBe(true);
  });

  it("an administrator cannot disable their own account", async () => {
    const res = await admin.patch(`/api/users/${await idOf(t, "user", "admin")}`, { disabled: true });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe("disabled");
  });

  it("a password reset lifts a lock-out and the old password stops working", async () => {
    const id = await idOf(t, "user", "teller.ot02");
    for (let i = 0; i < 5; i++)
      await t.anonymous().post("/api/auth/login", { username: "teller.ot02", password: "x" });
    const listed = (await admin.get(`/api/users/${id}`)).json();
    expect(listed.lockedUntil).not.toBeNull();
    expect((await admin.post(`/api/users/${id}/password`, { password: NEW_PASSWORD })).statusCode).toBe(204);
    expect(
      (await t.anonymous().post("/api/auth/login", { username: "teller.ot02", password: DEMO_PASSWORD }))
        .statusCode,
    ).toBe(401);
    expect(
      (await t.anonymous().post("/api/auth/login", { username: "teller.ot02", password: NEW_PASSWORD }))
        .statusCode,
    ).toBe(200);
  });

  it("moving a user to a unit of the wrong kind for their role is refused", async () => {
    const id = await idOf(t, "user", "lobby.ot04");
    const res = await admin.patch(`/api/users/${id}`, { orgUnitId: await idOf(t, "unit", "SB01") });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe("role");
  });

  it("lists are keyset-paginated and filterable", async () => {
    const first = (await admin.get("/api/users?limit=5")).json();
    expect(first.items).toHaveLength(5);
    const second = (await admin.get(`/api/users?limit=5&cursor=${first.nextCursor}`)).json();
    expect(second.items[0].id).toBeGreaterThan(first.items[4].id);
    const tellers = (await admin.get("/api/users?role=teller")).json().items;
    expect(tellers.every((u: { role: string }) => u.role === "teller")).toBe(true);
    const search = (await admin.get("/api/users?q=ot04")).json().items;
    expect(search.map((u: { username: string }) => u.username)).toEqual(["lobby.ot04"]);
    const bad = await admin.get("/api/users?cursor=garbage");
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe("cursor");
  });

  it("the users of a sub-branch manager's subtree are theirs to see; others answer 404", async () => {
    const manager = await t.as("manager.sb01");
    const units = new Set(
      (await manager.get("/api/users?limit=200"))
        .json()
        .items.map((u: { orgUnitCode: string }) => u.orgUnitCode),
    );
    expect([...units].sort()).toEqual(["OT01", "OT02", "SB01"]);
    expect((await manager.get(`/api/users/${await idOf(t, "user", "lobby.ot04")}`)).statusCode).toBe(404);
    const filteredOutside = await manager.get(`/api/users?orgUnitId=${await idOf(t, "unit", "OT04")}`);
    expect(filteredOutside.json().items).toEqual([]);
    const filteredInside = await manager.get(`/api/users?orgUnitId=${await idOf(t, "unit", "OT02")}`);
    expect(new Set(filteredInside.json().items.map((u: { orgUnitCode: string }) => u.orgUnitCode))).toEqual(
      new Set(["OT02"]),
    );
  });
});
