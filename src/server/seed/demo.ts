import type { Role } from "../../domain/auth/roles.ts";
import { childPath, type OrgKind } from "../../domain/org/units.ts";
import { appendAudit, SYSTEM_ACTOR } from "../audit/append.ts";
import { hashPassword } from "../auth/passwords.ts";
import type { Db } from "../db/database.ts";
import { seedDemoRecords } from "./demo-records.ts";

export const DEMO_PASSWORD = "Demo#2026pass";

interface DemoUnit {
  code: string;
  name: string;
  kind: OrgKind;
  parent: string | null;
  dutyPhone?: string;
  techSupportPhone?: string;
}

const OUTLET_NAMES = [
  "人民路网点",
  "解放路网点",
  "新华街网点",
  "滨江网点",
  "高新区网点",
  "大学城网点",
  "火车站网点",
  "开发区网点",
  "东湖网点",
  "西山网点",
  "南门网点",
  "北苑网点",
];

/** 总行 HQ; 分行 BR01, BR02; 支行 SB01–SB04; three outlets under each sub-branch, OT01–OT12. */
export const DEMO_UNITS: DemoUnit[] = [
  {
    code: "HQ",
    name: "示范银行总行",
    kind: "head_office",
    parent: null,
    dutyPhone: "010-6000 0000",
    techSupportPhone: "010-6000 9000",
  },
  { code: "BR01", name: "东城分行", kind: "branch", parent: "HQ", dutyPhone: "010-6100 0001" },
  { code: "BR02", name: "西城分行", kind: "branch", parent: "HQ", dutyPhone: "010-6100 0002" },
  { code: "SB01", name: "东城第一支行", kind: "sub_branch", parent: "BR01", dutyPhone: "010-6200 0001" },
  { code: "SB02", name: "东城第二支行", kind: "sub_branch", parent: "BR01", dutyPhone: "010-6200 0002" },
  { code: "SB03", name: "西城第一支行", kind: "sub_branch", parent: "BR02", dutyPhone: "010-6200 0003" },
  { code: "SB04", name: "西城第二支行", kind: "sub_branch", parent: "BR02", dutyPhone: "010-6200 0004" },
  ...OUTLET_NAMES.map((name, i) => ({
    code: `OT${String(i + 1).padStart(2, "0")}`,
    name,
    kind: "outlet" as const,
    parent: `SB0${Math.floor(i / 3) + 1}`,
    dutyPhone: `010-6300 00${String(i + 1).padStart(2, "0")}`,
  })),
];

export const DEMO_USERS: {
  username: string;
  displayName: string;
  role: Role;
  unit: string;
  mobilePhone?: string;
}[] = [
  { username: "admin", displayName: "系统管理员", role: "administrator", unit: "HQ" },
  { username: "auditor", displayName: "审计 周敏", role: "auditor", unit: "HQ" },
  { username: "officer.sb01", displayName: "消保专员 李静", role: "cp_officer", unit: "SB01" },
  {
    username: "manager.sb01",
    displayName: "支行行长 王强",
    role: "manager",
    unit: "SB01",
    mobilePhone: "139 1000 0001",
  },
  { username: "manager.br01", displayName: "分行副行长 钱明", role: "manager", unit: "BR01" },
  {
    username: "head.ot01",
    displayName: "网点负责人 张伟",
    role: "outlet_head",
    unit: "OT01",
    mobilePhone: "138 0000 0101",
  },
  { username: "lobby.ot01", displayName: "大堂经理 刘洋", role: "lobby_manager", unit: "OT01" },
  { username: "teller.ot01", displayName: "柜员 陈晨", role: "teller", unit: "OT01" },
  { username: "teller2.ot01", displayName: "柜员 杨帆", role: "teller", unit: "OT01" },
  { username: "wealth.ot01", displayName: "理财经理 赵雪", role: "wealth_manager", unit: "OT01" },
  { username: "guard.ot01", displayName: "保安 孙磊", role: "security_guard", unit: "OT01" },
  {
    username: "head.ot02",
    displayName: "网点负责人 吴芳",
    role: "outlet_head",
    unit: "OT02",
    mobilePhone: "138 0000 0102",
  },
  { username: "lobby.ot02", displayName: "大堂经理 郑凯", role: "lobby_manager", unit: "OT02" },
  { username: "teller.ot02", displayName: "柜员 冯丽", role: "teller", unit: "OT02" },
  { username: "lobby.ot04", displayName: "大堂经理 何军", role: "lobby_manager", unit: "OT04" },
];

/**
 * Fills an empty database with the demo tree and users, and with `records` about three months of sample
 * records; a database that has an org tree is left alone.
 */
export async function seedDemoData(db: Db, records?: { timeZone: string; now: Date }): Promise<boolean> {
  const existing = await db.selectFrom("org_units").select("id").limit(1).executeTakeFirst();
  if (existing) return false;
  // Every demo user has the same password, so one (deliberately slow) hash serves them all.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.transaction().execute(async (trx) => {
    const paths = new Map<string, { id: number; path: string }>();
    const now = new Date().toISOString();
    for (const unit of DEMO_UNITS) {
      const parent = unit.parent ? paths.get(unit.parent) : undefined;
      const { id } = await trx
        .insertInto("org_units")
        .values({
          code: unit.code,
          name: unit.name,
          kind: unit.kind,
          parent_id: parent?.id ?? null,
          path: `pending-${unit.code}`,
          duty_phone: unit.dutyPhone ?? null,
          tech_support_phone: unit.techSupportPhone ?? null,
          created_at: now,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      const path = childPath(parent?.path ?? null, id);
      await trx.updateTable("org_units").set({ path }).where("id", "=", id).execute();
      paths.set(unit.code, { id, path });
    }
    for (const u of DEMO_USERS) {
      await trx
        .insertInto("users")
        .values({
          username: u.username,
          display_name: u.displayName,
          role: u.role,
          org_unit_id: paths.get(u.unit)?.id ?? 0,
          password_hash: passwordHash,
          mobile_phone: u.mobilePhone ?? null,
          created_at: now,
        })
        .execute();
    }
    await appendAudit(trx, SYSTEM_ACTOR, {
      action: "system.seed_demo",
      entityType: "system",
      orgUnit: paths.get("HQ"),
      after: { orgUnits: DEMO_UNITS.length, users: DEMO_USERS.length },
    });
  });
  if (records) await seedDemoRecords(db, records);
  return true;
}
