import { afterAll, beforeAll, expect, it } from "vitest";
import { startTestApp, type TestApp, type TestClient } from "../../../test/app.ts";
import { describeEachEngine } from "../../../test/engines.ts";
import { GUIDANCE } from "../../domain/counter-exceptions/guidance.ts";

const SAMPLE = {
  type: "system_failure",
  description: "柜面系统登录超时，客户转账无法提交",
  immediateAction: "暂停办理，请客户稍候",
};
const NEW_STEP = "先截图保存报错画面，再告诉客户预计等待时间。";

describeEachEngine("counter-exception guidance as versioned know-how", (engine) => {
  let t: TestApp;
  let officer: TestClient;
  let manager: TestClient;
  let teller: TestClient;
  let tellerElsewhere: TestClient;

  beforeAll(async () => {
    t = await startTestApp(engine);
    [officer, manager, teller, tellerElsewhere] = await Promise.all(
      ["officer.sb01", "manager.sb01", "teller.ot01", "lobby.ot04"].map((u) => t.as(u)),
    );
  });
  afterAll(() => t.close());

  const guidanceOf = async (client: TestClient, type = "system_failure") =>
    (
      (await client.get("/api/counter-exceptions/guidance")).json().items as {
        type: string;
        guidance: { steps: Record<string, string>; prevention: string };
      }[]
    ).find((i) => i.type === type)?.guidance;

  it("version 1 of every type's guidance is the shipped one, and the pages read it", async () => {
    const list = (await officer.get("/api/knowhow/counter-guidance")).json().items;
    expect(list.map((i: { key: string }) => i.key).sort()).toEqual(Object.keys(GUIDANCE).sort());
    expect(list.find((i: { key: string }) => i.key === "system_failure").title).toBe("系统或设备故障");
    const [v1] = (await officer.get("/api/knowhow/counter-guidance/system_failure")).json().versions;
    expect(v1.content).toEqual(GUIDANCE.system_failure);
    expect((await guidanceOf(teller))?.steps.identify).toBe(GUIDANCE.system_failure.steps.identify.zh);
  });

  it("a branch's published guidance shows on its outlets' register and detail pages, not elsewhere", async () => {
    const [v1] = (await officer.get("/api/knowhow/counter-guidance/system_failure")).json().versions;
    const content = {
      ...v1.content,
      steps: { ...v1.content.steps, identify: { zh: NEW_STEP, en: "Screenshot the error first." } },
    };
    const saved = await officer.post("/api/knowhow/counter-guidance/system_failure/draft", { content });
    expect(saved.statusCode, saved.body).toBe(200);
    const draft = saved.json().versions[0];
    // A draft is not shown to tellers; published by someone else, it is.
    expect((await guidanceOf(teller))?.steps.identify).not.toBe(NEW_STEP);
    expect((await manager.post(`/api/knowhow/versions/${draft.id}/publish`)).statusCode).toBe(200);
    expect((await guidanceOf(teller))?.steps.identify).toBe(NEW_STEP);
    expect((await guidanceOf(tellerElsewhere))?.steps.identify).toBe(
      GUIDANCE.system_failure.steps.identify.zh,
    );

    const created = await teller.post("/api/counter-exceptions", SAMPLE);
    expect(created.statusCode, created.body).toBe(201);
    const detail = (await teller.get(`/api/counter-exceptions/${created.json().id}`)).json();
    expect(detail.guidance.steps.identify).toBe(NEW_STEP);
  });

  it("bad guidance answers 400 naming the field; tellers may not edit", async () => {
    const [current] = (await officer.get("/api/knowhow/counter-guidance/other")).json().versions;
    const bad = await officer.post("/api/knowhow/counter-guidance/other/draft", {
      content: { ...current.content, prevention: { zh: "", en: "x" } },
    });
    expect([bad.statusCode, bad.json().error.field]).toEqual([400, "content.prevention.zh"]);
    expect(
      (await teller.post("/api/knowhow/counter-guidance/other/draft", { content: current.content }))
        .statusCode,
    ).toBe(403);
  });
});
