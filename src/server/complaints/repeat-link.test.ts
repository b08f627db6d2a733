import { afterAll, beforeAll, expect, it } from "vitest";
import { startTestApp, type TestApp, type TestClient } from "../../../test/app.ts";
import { describeEachEngine } from "../../../test/engines.ts";
import { REPEAT_CANDIDATES } from "./register.ts";
import { complaintBody } from "./test-fixtures.ts";

describeEachEngine(
  "complaints: what the detail page needs to merge and to show the complainant",
  (engine) => {
    let t: TestApp;
    let lobby: TestClient;
    let officer: TestClient;
    beforeAll(async () => {
      t = await startTestApp(engine);
      lobby = await t.as("lobby.ot01");
      officer = await t.as("officer.sb01");
    });
    afterAll(() => t.close());

    it("a repeat complaint names the open complaint it repeats, so the page can offer the merge", async () => {
      const person = { name: "孙八", phone: "13600002222" };
      const first = (await lobby.post("/api/complaints", complaintBody({ complainant: person }))).json();
      const second = (await lobby.post("/api/complaints", complaintBody({ complainant: person }))).json();
      expect(second.repeatOf).toEqual({ id: first.id, ref: first.ref });
      const read = await officer.get(`/api/complaints/${second.id}`);
      expect(read.json().repeatOf).toEqual({ id: first.id, ref: first.ref });
      expect((await officer.get(`/api/complaints/${first.id}`)).json().repeatOf).toBeNull();
    });

    it("a complainant with many open complaints is still linked to the oldest and named with the oldest few", async () => {
      const person = { name: "钱九", phone: "13600003333" };
      const ids: { id: number; ref: string }[] = [];
      for (let i = 0; i < REPEAT_CANDIDATES + 4; i++) {
        ids.push((await lobby.post("/api/complaints", complaintBody({ complainant: person }))).json());
      }
      // Another business is not a repeat of these.
      const other = (
        await lobby.post("/api/complaints", complaintBody({ complainant: person, businessCategory: "03" }))
      ).json();
      expect(other.repeatOf).toBeNull();
      const next = (await lobby.post("/api/complaints", complaintBody({ complainant: person }))).json();
      expect(next.repeatOf).toEqual({ id: ids[0].id, ref: ids[0].ref });
      expect(next.repeatCandidates.map((r: { id: number }) => r.id)).toEqual(
        ids.slice(0, REPEAT_CANDIDATES).map((c) => c.id),
      );
      // Once the oldest is withdrawn, the next oldest open one is the repeat's link.
      await officer.post(`/api/complaints/${ids[0].id}/withdraw`, { reason: "客户撤回" });
      const after = (await lobby.post("/api/complaints", complaintBody({ complainant: person }))).json();
      expect(after.repeatOf).toEqual({ id: ids[1].id, ref: ids[1].ref });
      expect(after.repeatCandidates).toHaveLength(REPEAT_CANDIDATES);
    });

    it("an organisation's details, its agent and the group's representatives come back only in the audited full view", async () => {
      const body = complaintBody({
        complainant: {
          kind: "organisation",
          name: "某某贸易有限公司",
          address: "某市某路 1 号",
          creditCode: "91110000100000000X",
          legalRepresentative: "李四",
          agent: { name: "王五", phone: "13900003333", powerOfAttorney: true },
        },
        representatives: [{ name: "周一" }, { name: "吴二", phone: "13700004444" }],
      });
      const created = await lobby.post("/api/complaints", body);
      expect(created.statusCode, created.body).toBe(201);
      const c = created.json();
      expect(c.complainant.kind).toBe("organisation");
      expect(c.representatives).toEqual([
        { name: "周*", phone: null },
        { name: "吴*", phone: "137****4444" },
      ]);
      expect(created.body).not.toContain("王五");
      const full = (await officer.get(`/api/complaints/${c.id}/personal-data`)).json();
      expect(full).toMatchObject({
        creditCode: "91110000100000000X",
        legalRepresentative: "李四",
        agent: { name: "王五", powerOfAttorney: true },
        representatives: [{ name: "周一" }, { name: "吴二", phone: "13700004444" }],
      });
    });

    it("six representatives are refused naming the field", async () => {
      const res = await lobby.post(
        "/api/complaints",
        complaintBody({ representatives: Array.from({ length: 6 }, (_, i) => ({ name: `代表${i}` })) }),
      );
      expect(res.statusCode).toBe(400);
      expect(res.json().error.field).toBe("representatives");
    });
  },
);
