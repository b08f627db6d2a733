import type { Kysely } from "kysely";

const SOURCE = "服务规范：先处理心情再处理事情，尊重客户（受尊重权）";

/**
 * Three service-reply rules from seed 001 (issue 18), copied here as they were when added so that the
 * migration never changes: leading with the contract, threatening, dismissing. Added where missing, so that
 * an installation whose 011 already held them (011 seeds the current defaults) is left alone.
 */
const ADDED = [
  {
    code: "svc.contract_first",
    severity: "warning",
    patterns: [
      "电子合同里写了|合同里写了|合同上写了|合同里写明|合同上写明|合同写得很清楚|合同上写得清清楚楚|白纸黑字|你签字了|你签了字|你签过字|您签过合同|你签过合同|办卡时就说好|开户时就说好",
    ],
    negatable: true,
    message: "问题还没解决就先搬出合同和签字，客户听到的是“怪你自己”，情绪只会更激烈。",
    suggestion:
      "先处理心情，了解清楚情况、给出办法；需要说明约定时，放在最后，用“按照约定……是为了……”平和地讲。",
  },
  {
    code: "svc.threaten",
    severity: "error",
    patterns: ["我就报警|我要报警|我报警了|我就叫警察|叫警察来|你再闹|你再拍|后果自负"],
    negatable: true,
    message: "威胁客户，把不满变成对抗，也最容易被拍下来传到网上。",
    suggestion:
      "先接住情绪，请客户到安静处单独处理；危及人身或秩序时，由负责人按预案处置，不在客户面前以报警相威胁。",
  },
  {
    code: "svc.dismiss",
    severity: "warning",
    patterns: [
      "跟我说也没用|说了也没用|说也没用|不是谁想见就能见|随便你|不归我们|你去打客服|你打客服电话|让家里人教你|叫你家里人来",
    ],
    negatable: false,
    message: "冷淡地打发客户：没有拒绝的字眼，却让客户觉得没人管他的事。",
    suggestion: "说清自己能做的一步，例如“我先帮您记下来，替您联系负责的同事，今天给您回话”。",
  },
];

export async function up(db: Kysely<unknown>): Promise<void> {
  // biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema of their own time
  const d = db as Kysely<any>;
  const codes = ADDED.map((r) => r.code);
  const present = new Set(
    (await d.selectFrom("compliance_rules").select("code").where("code", "in", codes).execute()).map(
      (r: { code: string }) => r.code,
    ),
  );
  const now = new Date().toISOString();
  const rows = ADDED.filter((r) => !present.has(r.code)).map((r) => ({
    code: r.code,
    org_unit_id: null,
    kind: "forbidden_phrase",
    severity: r.severity,
    applies_to: JSON.stringify(["service_reply"]),
    material_types: null,
    patterns: JSON.stringify(r.patterns),
    allow_patterns: JSON.stringify([]),
    mentions: JSON.stringify([]),
    negatable: r.negatable ? 1 : 0,
    source: SOURCE,
    message: r.message,
    suggestion: r.suggestion,
    disabled_at: null,
    created_at: now,
    updated_at: now,
  }));
  if (rows.length) await d.insertInto("compliance_rules").values(rows).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  // biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema of their own time
  const d = db as Kysely<any>;
  await d
    .deleteFrom("compliance_rules")
    .where(
      "code",
      "in",
      ADDED.map((r) => r.code),
    )
    .execute();
}
