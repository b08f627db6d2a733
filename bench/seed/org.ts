import type { Role } from "../../src/domain/auth/roles.ts";
import { childPath, type OrgKind } from "../../src/domain/org/units.ts";
import { hashPassword } from "../../src/server/auth/passwords.ts";
import type { Bulk } from "../../src/server/seed/bulk.ts";
import type { Tree, Unit } from "../../src/server/seed/tree.ts";

/** Every bench user signs in with this password (the demo one, so the README's advice holds). */
export const BENCH_PASSWORD = "Demo#2026pass";

const CITIES = [
  "北京",
  "上海",
  "广州",
  "深圳",
  "杭州",
  "南京",
  "成都",
  "武汉",
  "西安",
  "天津",
  "重庆",
  "长沙",
];
const STREETS = [
  "人民路",
  "解放路",
  "中山路",
  "建设路",
  "和平街",
  "新华街",
  "滨江",
  "高新区",
  "大学城",
  "开发区",
];

/**
 * Head office, one branch per 60 outlets, one sub-branch per 6, and the outlets: a national bank's shape
 * (2,000 outlets → 33 branches, 333 sub-branches). Ids are given, so paths need no read-back.
 * Usernames follow the demo's pattern: `head.ot00017`, `officer.sb0003`, `manager.br001`, `admin`.
 */
export async function seedTree(bulk: Bulk, outletCount: number, nowIso: string): Promise<Tree> {
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  let nextUnit = 1;
  let nextUser = 1;
  const usernames = new Map<number, string>();
  const displayNames = new Map<number, string>();
  const unit = (code: string, name: string, kind: OrgKind, parent: Unit | null): Unit => {
    const id = nextUnit++;
    const u = {
      id,
      code,
      name,
      kind,
      path: childPath(parent?.path ?? null, id),
      parentId: parent?.id ?? null,
    };
    bulk.add("org_units", {
      id,
      code,
      name,
      kind,
      parent_id: u.parentId,
      path: u.path,
      duty_phone: kind === "outlet" ? null : `010-6${String(id).padStart(3, "0")} 0000`,
      tech_support_phone: kind === "head_office" ? "010-6000 9000" : null,
      created_at: nowIso,
    });
    return u;
  };
  const user = (username: string, displayName: string, role: Role, u: Unit) => {
    const id = nextUser++;
    usernames.set(id, username);
    displayNames.set(id, displayName);
    bulk.add("users", {
      id,
      username,
      display_name: displayName,
      role,
      org_unit_id: u.id,
      password_hash: passwordHash,
      failed_logins: 0,
      created_at: nowIso,
    });
    return id;
  };

  const hq = unit("HQ", "示范银行总行", "head_office", null);
  user("admin", "系统管理员", "administrator", hq);
  user("auditor", "审计 周敏", "auditor", hq);
  const officers = new Map<number, number>();
  officers.set(hq.id, user("officer.hq", "总行消保 林岚", "cp_officer", hq));
  user("manager.hq", "总行 副行长", "manager", hq);

  const branchCount = Math.max(1, Math.round(outletCount / 60));
  const subCount = Math.max(1, Math.round(outletCount / 6));
  const branches: Unit[] = [];
  for (let b = 0; b < branchCount; b++) {
    const code = `BR${String(b + 1).padStart(3, "0")}`;
    const br = unit(code, `${CITIES[b % CITIES.length]}分行${b >= CITIES.length ? b + 1 : ""}`, "branch", hq);
    officers.set(br.id, user(`officer.${code.toLowerCase()}`, `分行消保 ${code}`, "cp_officer", br));
    user(`manager.${code.toLowerCase()}`, `分行行长 ${code}`, "manager", br);
    branches.push(br);
  }
  const subBranches: Unit[] = [];
  for (let s = 0; s < subCount; s++) {
    const code = `SB${String(s + 1).padStart(4, "0")}`;
    const parent = branches[s % branchCount];
    const sb = unit(code, `${STREETS[s % STREETS.length]}支行 ${code}`, "sub_branch", parent);
    officers.set(sb.id, user(`officer.${code.toLowerCase()}`, `消保专员 ${code}`, "cp_officer", sb));
    user(`manager.${code.toLowerCase()}`, `支行行长 ${code}`, "manager", sb);
    subBranches.push(sb);
  }
  const outlets: Unit[] = [];
  const staff: Tree["staff"] = new Map();
  for (let o = 0; o < outletCount; o++) {
    const code = `OT${String(o + 1).padStart(5, "0")}`;
    const parent = subBranches[o % subCount];
    const ot = unit(code, `${STREETS[(o * 7) % STREETS.length]}网点 ${code}`, "outlet", parent);
    const lc = code.toLowerCase();
    staff.set(ot.id, {
      outlet_head: user(`head.${lc}`, `网点负责人 ${code}`, "outlet_head", ot),
      lobby_manager: user(`lobby.${lc}`, `大堂经理 ${code}`, "lobby_manager", ot),
      teller: user(`teller.${lc}`, `柜员 ${code}`, "teller", ot),
      wealth_manager: user(`wealth.${lc}`, `理财经理 ${code}`, "wealth_manager", ot),
    });
    user(`guard.${lc}`, `保安 ${code}`, "security_guard", ot);
    outlets.push(ot);
    await bulk.maybeFlush();
  }
  await bulk.flush();
  return { hq, branches, subBranches, outlets, staff, officers, usernames, displayNames };
}
