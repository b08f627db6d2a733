import { ranks, weightedTotal } from "../../domain/assessment/scorecard.ts";
import { METRIC_LABELS, METRICS, type Metric } from "../../domain/assessment/vocabulary.ts";
import type { Caller } from "../auth/session-user.ts";
import { startsWith } from "../db/starts-with.ts";
import type { Deps } from "../http/deps.ts";
import { notFound } from "../http/errors.ts";
import { type Figure, type Outlet, outletFigures } from "./figures.ts";
import { loadScorecardSettings } from "./settings.ts";

/** The local month of `now` as YYYY-MM. */
export const currentMonth = (now: Date, timeZone: string) =>
  new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit" }).format(now);

/** The `count` months ending with `month`, oldest first. */
export function monthsEnding(month: string, count: number): string[] {
  const [y, m] = month.split("-").map(Number);
  return Array.from({ length: count }, (_, i) => {
    const index = y * 12 + (m - 1) - (count - 1 - i);
    return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
  });
}

async function outletsInScope(deps: Deps, caller: Caller): Promise<Outlet[]> {
  return deps.db
    .selectFrom("org_units")
    .select(["id", "code", "name", "path"])
    .where(startsWith("path", caller.scopePath))
    .where("kind", "=", "outlet")
    .orderBy("code")
    .execute();
}

async function scoreOutlets(deps: Deps, caller: Caller, outlets: Outlet[], month: string) {
  const settings = await loadScorecardSettings(deps.db);
  const figures = await outletFigures(deps.db, outlets, month, settings, deps.config.timeZone, caller.locale);
  const metricsOf = (f: Record<Metric, Figure>) =>
    METRICS.map((metric) => ({
      metric,
      label: METRIC_LABELS[metric][caller.locale],
      score: f[metric].score,
      numerator: f[metric].numerator,
      denominator: f[metric].denominator,
      weight: settings.weights[metric],
    }));
  const cards = outlets.map((o) => {
    const f = figures.get(o.id) as Record<Metric, Figure>;
    const scores = Object.fromEntries(METRICS.map((m) => [m, f[m].score])) as Record<Metric, number | null>;
    return { o, f, total: weightedTotal(scores, settings.weights), metrics: metricsOf(f) };
  });
  const rank = ranks(cards.map((c) => c.total));
  return cards.map((c, i) => ({ ...c, rank: rank[i] }));
}

/** 考核: every outlet of the caller's subtree scored for a month, ranked by the weighted total. */
export async function listScorecards(deps: Deps, caller: Caller, month: string) {
  const cards = await scoreOutlets(deps, caller, await outletsInScope(deps, caller), month);
  return {
    month,
    outlets: cards.map((c) => ({
      orgUnitId: c.o.id,
      code: c.o.code,
      name: c.o.name,
      total: c.total,
      rank: c.rank,
      metrics: c.metrics,
    })),
  };
}

/** Each outlet's total for the months ending with `month`. */
export async function scorecardTrend(deps: Deps, caller: Caller, month: string, count: number) {
  const outlets = await outletsInScope(deps, caller);
  const months = monthsEnding(month, count);
  const totals = new Map(outlets.map((o) => [o.id, [] as (number | null)[]]));
  for (const m of months)
    for (const c of await scoreOutlets(deps, caller, outlets, m)) totals.get(c.o.id)?.push(c.total);
  return {
    months,
    outlets: outlets.map((o) => ({ orgUnitId: o.id, name: o.name, totals: totals.get(o.id) ?? [] })),
  };
}

/** The records behind one metric of one outlet in a month. */
export async function scorecardDetail(
  deps: Deps,
  caller: Caller,
  orgUnitId: number,
  month: string,
  metric: Metric,
) {
  const outlet = (await outletsInScope(deps, caller)).find((o) => o.id === orgUnitId);
  if (!outlet) throw notFound();
  const [card] = await scoreOutlets(deps, caller, [outlet], month);
  return {
    metric,
    label: METRIC_LABELS[metric][caller.locale],
    month,
    figure: card.metrics.find((m) => m.metric === metric) as (typeof card.metrics)[number],
    rows: card.f[metric].rows,
  };
}
