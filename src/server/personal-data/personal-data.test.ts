import { afterAll, beforeAll, expect, it } from "vitest";
import { startTestApp, type TestApp, TestClient } from "../../../test/app.ts";
import { describeEachEngine } from "../../../test/engines.ts";
import { buildApp } from "../app.ts";
import { complaintBody } from "../complaints/test-fixtures.ts";
import { down as sealedDown, up as sealedUp } from "../db/migrations/201_personal_data_sealed.ts";
import type { App } from "../http/deps.ts";
import { DEMO_PASSWORD } from "../seed/demo.ts";
import { reencryptPersonalData } from "./store.ts";
import { setPersonalDataKeys } from "./vault.ts";

const key = (id: string) => ({ id, key: Buffer.alloc(32, id) });

describeEachEngine("personal data encrypted at rest", (engine) => {
  let t: TestApp;
  let app: App;
  const appWith = (keys: ReturnType<typeof key>[]) =>
    buildApp({ ...t.deps, config: { ...t.deps.config, personalDataKeys: keys } });
  const signedIn = async (username: string) => {
    const client = new TestClient(app);
    await client.post("/api/auth/login", { username, password: DEMO_PASSWORD });
    return client;
  };
  const raw = (id: number) =>
    t.db.selectFrom("complaints").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
  let plainId = 0;
  beforeAll(async () => {
    t = await startTestApp(engine);
    // A complaint from before encryption was turned on.
    plainId = (await (await t.as("lobby.ot01")).post("/api/complaints", complaintBody())).json().id;
    app = await appWith([key("k1")]);
  });
  afterAll(async () => {
    await app.close();
    await t.close();
    setPersonalDataKeys([]);
  });

  it("names, phones and ID numbers are stored encrypted, and answers read as before", async () => {
    const lobby = await signedIn("lobby.ot01");
    const created = (await lobby.post("/api/complaints", complaintBody({ channel: "网上银行" }))).json();
    const row = await raw(created.id);
    for (const v of [
      row.complainant_name,
      row.complainant_phone,
      row.complainant_id_number,
      row.complainant_extra_json,
    ])
      expect(v).toMatch(/^enc1:k1:/);
    expect(row.complainant_key).toMatch(/^h1:[0-9a-f]{64}$/);
    expect(JSON.stringify(row)).not.toMatch(/张三丰|13812345678|110101199001061234/);

    const officer = await signedIn("officer.sb01");
    expect((await officer.get(`/api/complaints/${created.id}`)).json().complainant).toMatchObject({
      name: "张**",
      phone: "138****5678",
    });
    const full = await officer.get(`/api/complaints/${created.id}/personal-data`);
    expect(full.json()).toMatchObject({
      name: "张三丰",
      phone: "13812345678",
      idNumber: "110101199001061234",
    });

    const teller = await signedIn("teller.ot01");
    const exception = (
      await teller.post("/api/counter-exceptions", {
        type: "transaction_data_error",
        description: "客户转账金额录入多一个零",
        customer: { name: "王小明", phone: "13912345678" },
      })
    ).json();
    const stored = await t.db
      .selectFrom("counter_exceptions")
      .select(["customer_name", "customer_phone"])
      .where("id", "=", exception.id)
      .executeTakeFirstOrThrow();
    expect(stored.customer_name).toMatch(/^enc1:k1:/);
    const head = await signedIn("head.ot01");
    const revealed = (await head.get(`/api/counter-exceptions/${exception.id}?reveal=true`)).json();
    expect(revealed.customer).toMatchObject({ name: "王小明", phone: "13912345678" });
  });

  it("the encrypt command encrypts older rows; a rotated key re-encrypts all, repeats and figures unchanged", async () => {
    const officer = await signedIn("officer.sb01");
    const before = (await officer.get("/api/complaints/stats")).json();
    expect((await raw(plainId)).complainant_name).toBe("张三丰");
    expect(await reencryptPersonalData(t.db, "k1", t.deps.config.timeZone)).toMatchObject({ complaints: 1 });
    expect((await raw(plainId)).complainant_name).toMatch(/^enc1:k1:/);
    // The older complaint's repeat key is hashed too, so the same person's two complaints count as one again.
    const stats = (await officer.get("/api/complaints/stats")).json();
    expect(stats).toEqual({ ...before, repeatComplainants: before.repeatComplainants + 1 });

    await app.close();
    app = await appWith([key("k2"), key("k1")]);
    const changed = await reencryptPersonalData(t.db, "k2", t.deps.config.timeZone);
    expect(changed).toEqual({ complaints: 2, counterExceptions: 1 });
    expect((await raw(plainId)).complainant_name).toMatch(/^enc1:k2:/);
    const after = await signedIn("officer.sb01");
    expect((await after.get("/api/complaints/stats")).json()).toEqual(stats);
    expect((await after.get(`/api/complaints/${plainId}/personal-data`)).json().name).toBe("张三丰");
    // A new complaint of the same person is still found as a repeat under the new key.
    const lobby = await signedIn("lobby.ot01");
    const again = (await lobby.post("/api/complaints", complaintBody())).json();
    expect(again.repeatOf).toMatchObject({ id: plainId });
  });

  it("without the key the server refuses to start on encrypted data", async () => {
    await expect(appWith([])).rejects.toThrow(/PERSONAL_DATA_KEY/);
    await expect(appWith([key("k3")])).resolves.toBeDefined();
  });

  it("a database encrypted before migration 201 is marked by it, and refused without the key", async () => {
    const mark = () =>
      t.db.selectFrom("settings").select("key").where("key", "=", "personal_data.sealed").executeTakeFirst();
    expect(await mark()).toBeDefined();
    // Without the mark that a start with a key writes, as before 201; the ciphertext is still there.
    await sealedDown(t.db as never);
    expect(await mark()).toBeUndefined();
    await sealedUp(t.db as never);
    expect(await mark()).toBeDefined();
    await expect(appWith([])).rejects.toThrow(/PERSONAL_DATA_KEY/);
  });
});
