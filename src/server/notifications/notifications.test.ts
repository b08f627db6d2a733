import { afterAll, beforeAll, expect, it } from "vitest";
import { startTestApp, type TestApp, type TestClient } from "../../../test/app.ts";
import { describeEachEngine } from "../../../test/engines.ts";

describeEachEngine("notifications: the bell's inbox", (engine) => {
  let t: TestApp;
  let head: TestClient;
  beforeAll(async () => {
    t = await startTestApp(engine);
    head = await t.as("head.ot01");
    // Two reports notify the outlet head twice.
    const lobby = await t.as("lobby.ot01");
    for (const summary of ["客户晕倒", "客户摔倒"]) {
      const res = await lobby.post("/api/incidents", { category: "customer_illness_injury", summary });
      expect(res.statusCode).toBe(201);
    }
  });
  afterAll(() => t.close());

  const inbox = async (client: TestClient, query = "") =>
    (await client.get(`/api/notifications${query}`)).json();

  it("marks one notification read, refuses another user's with a 404, and then all of them", async () => {
    const before = await inbox(head);
    expect(before.unread).toBeGreaterThanOrEqual(2);
    const [first] = before.items;
    expect((await head.post(`/api/notifications/${first.id}/read`, {})).statusCode).toBe(204);
    const after = await inbox(head);
    expect(after.unread).toBe(before.unread - 1);
    expect(after.items.find((n: { id: number }) => n.id === first.id).read).toBe(true);

    const lobby = await t.as("lobby.ot01");
    expect((await lobby.post(`/api/notifications/${after.items[1].id}/read`, {})).statusCode).toBe(404);
    expect((await inbox(head)).unread).toBe(after.unread);

    expect((await head.post("/api/notifications/read-all", {})).statusCode).toBe(204);
    expect((await inbox(head)).unread).toBe(0);
    expect((await inbox(head, "?unread=true")).items).toEqual([]);
  });
});
