import { PassThrough } from "node:stream";
import { PLACE_KIND_LABELS, TARGET_GROUP_LABELS, TARGET_GROUPS } from "../../domain/campaigns/vocabulary.ts";
import { appendAudit } from "../audit/append.ts";
import type { Caller } from "../auth/session-user.ts";
import { startsWith } from "../db/starts-with.ts";
import type { Deps } from "../http/deps.ts";
import { notFound } from "../http/errors.ts";
import { xlsxWriter } from "../http/xlsx.ts";
import { activitiesInScope, attachmentsOf, campaignList } from "./store.ts";

const ACTIVITY_COLUMNS = [
  { key: "ref", zh: "编号", en: "Reference", width: 20 },
  { key: "outlet", zh: "网点", en: "Outlet", width: 16 },
  { key: "heldOn", zh: "日期", en: "Date", width: 12 },
  { key: "placeKind", zh: "场所类型", en: "Place kind", width: 12 },
  { key: "place", zh: "地点", en: "Place", width: 24 },
  { key: "targetGroup", zh: "对象人群", en: "Target group", width: 16 },
  { key: "topic", zh: "主题", en: "Topic", width: 30 },
  { key: "materials", zh: "使用材料（已审查）", en: "Materials (approved)", width: 30 },
  { key: "people", zh: "受众人数", en: "People reached", width: 10 },
  { key: "photos", zh: "照片数", en: "Photos", width: 8 },
  { key: "feedback", zh: "反馈", en: "Feedback", width: 40 },
] as const;

/**
 * One campaign's report for a year as .xlsx, in the shape a campaign report is sent up in: a summary sheet
 * (per unit below the caller's, with the whole: activities planned in approved plans, held, the share held and
 * people reached), the people reached per target group, and the detail of every activity. Every text cell
 * goes through the formula-safe writer; the export is audited.
 */
export async function exportCampaign(deps: Deps, caller: Caller, code: string, year: number) {
  const { db } = deps;
  const { locale } = caller;
  const campaign = (await campaignList(db)).find((c) => c.code === code);
  if (!campaign) throw notFound();
  const rows = await activitiesInScope(db, caller.scopePath)
    .where("a.campaign_code", "=", code)
    .where("a.held_on", ">=", `${year}-01-01`)
    .where("a.held_on", "<=", `${year}-12-31`)
    .orderBy("a.held_on")
    .orderBy("a.id")
    .execute();
  const planned = await db
    .selectFrom("education_plan_months as m")
    .innerJoin("education_plans as p", "p.id", "m.plan_id")
    .innerJoin("org_units as ou", "ou.id", "p.org_unit_id")
    .select(["ou.path", "m.planned_count"])
    .where(startsWith("ou.path", caller.scopePath))
    .where("p.year", "=", year)
    .where("p.status", "=", "approved")
    .where("m.campaign_code", "=", code)
    .execute();
  const attachments = await attachmentsOf(
    db,
    rows.map((r) => r.id),
  );
  await db.transaction().execute((trx) =>
    appendAudit(trx, caller.actor, {
      action: "campaigns.export",
      entityType: "education_activity",
      orgUnit: { id: caller.user.orgUnit.id, path: caller.scopePath },
      after: { campaign: code, year, activities: rows.length },
    }),
  );
  const name = locale === "zh" ? campaign.name_zh : campaign.name_en;
  const out = new PassThrough();
  const workbook = await xlsxWriter(out);

  // Per unit directly below the caller's, then the caller's whole subtree.
  const own = caller.user.orgUnit;
  const children = await db
    .selectFrom("org_units")
    .select(["name", "path"])
    .where("parent_id", "=", own.id)
    .orderBy("code")
    .execute();
  const summary = workbook.addWorksheet(locale === "zh" ? "汇总" : "Summary");
  summary.columns = [
    { key: "unit", header: `${locale === "zh" ? "机构" : "Unit"} · ${name} · ${year}`, width: 36 },
    { key: "planned", header: locale === "zh" ? "计划场次" : "Planned", width: 12 },
    { key: "activities", header: locale === "zh" ? "活动场次" : "Activities", width: 12 },
    { key: "rate", header: locale === "zh" ? "完成率（%）" : "Done (%)", width: 12 },
    { key: "people", header: locale === "zh" ? "受众人数" : "People reached", width: 14 },
  ];
  summary.getRow(1).font = { bold: true };
  for (const u of [...children, { name: own.name, path: own.path }]) {
    const mine = rows.filter((r) => r.org_path.startsWith(u.path));
    const people = mine.reduce((n, r) => n + r.people_reached, 0);
    const plan = planned.filter((p) => p.path.startsWith(u.path)).reduce((n, p) => n + p.planned_count, 0);
    const rate = plan ? Math.round((mine.length / plan) * 100) : null;
    summary.addRow({ unit: u.name, planned: plan, activities: mine.length, rate, people }).commit();
  }
  summary.commit();

  const groups = workbook.addWorksheet(locale === "zh" ? "对象人群" : "Target groups");
  groups.columns = [
    { key: "group", header: locale === "zh" ? "对象人群" : "Target group", width: 20 },
    { key: "activities", header: locale === "zh" ? "活动场次" : "Activities", width: 12 },
    { key: "people", header: locale === "zh" ? "受众人数" : "People reached", width: 14 },
  ];
  groups.getRow(1).font = { bold: true };
  for (const g of TARGET_GROUPS) {
    const mine = rows.filter((r) => r.target_group === g);
    const people = mine.reduce((n, r) => n + r.people_reached, 0);
    groups.addRow({ group: TARGET_GROUP_LABELS[g][locale], activities: mine.length, people }).commit();
  }
  groups.commit();

  const sheet = workbook.addWorksheet(locale === "zh" ? "活动明细" : "Activities", {
    views: [{ state: "frozen", ySplit: 1 }],
  });
  sheet.columns = ACTIVITY_COLUMNS.map((c) => ({ key: c.key, header: c[locale], width: c.width }));
  sheet.getRow(1).font = { bold: true };
  for (const r of rows) {
    const materials = attachments.materials.filter((m) => m.activity_id === r.id);
    sheet
      .addRow({
        ref: r.ref,
        outlet: r.org_name,
        heldOn: r.held_on,
        placeKind: PLACE_KIND_LABELS[r.place_kind][locale],
        place: r.place,
        targetGroup: TARGET_GROUP_LABELS[r.target_group][locale],
        topic: r.topic,
        materials: materials.map((m) => `${m.ref} ${m.title}`).join("；"),
        people: r.people_reached,
        photos: attachments.photos.filter((p) => p.activity_id === r.id).length,
        feedback: r.feedback,
      })
      .commit();
  }
  sheet.commit();
  await workbook.commit();
  return out;
}
