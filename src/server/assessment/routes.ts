import {
  detailQuery,
  outletParams,
  scorecardDetail as scorecardDetailSchema,
  scorecardQuery,
  scorecardSettings,
  scorecards,
  scorecardTrend as scorecardTrendSchema,
  trendQuery,
} from "../../domain/assessment/schema.ts";
import type { App, Deps } from "../http/deps.ts";
import { allow, callerOf } from "../http/request.ts";
import { currentMonth, listScorecards, scorecardDetail, scorecardTrend } from "./scorecards.ts";
import { loadScorecardSettings, updateScorecardSettings } from "./settings.ts";

/** 考核: the sub-branch's monthly scorecard of its outlets, its trend, the detail behind each figure, the weights. */
export function registerAssessmentRoutes(app: App, deps: Deps): void {
  const tags = ["assessment"];
  const base = "/api/assessment";
  const monthOf = (month: string | undefined) => month ?? currentMonth(deps.now(), deps.config.timeZone);

  app.get(
    `${base}/scorecards`,
    {
      preHandler: allow("assessment.read"),
      schema: {
        tags,
        summary: "Each outlet's scorecard for a month (this month unless asked), ranked",
        querystring: scorecardQuery,
        response: { 200: scorecards },
      },
    },
    async (req) => listScorecards(deps, callerOf(req), monthOf(req.query.month)),
  );

  app.get(
    `${base}/scorecards/trend`,
    {
      preHandler: allow("assessment.read"),
      schema: {
        tags,
        summary: "Each outlet's total over recent months",
        querystring: trendQuery,
        response: { 200: scorecardTrendSchema },
      },
    },
    async (req) => scorecardTrend(deps, callerOf(req), monthOf(req.query.month), req.query.months),
  );

  app.get(
    `${base}/scorecards/:orgUnitId/detail`,
    {
      preHandler: allow("assessment.read"),
      schema: {
        tags,
        summary: "The records behind one figure of an outlet's scorecard",
        params: outletParams,
        querystring: detailQuery,
        response: { 200: scorecardDetailSchema },
      },
    },
    async (req) =>
      scorecardDetail(deps, callerOf(req), req.params.orgUnitId, monthOf(req.query.month), req.query.metric),
  );

  app.get(
    `${base}/settings`,
    { preHandler: allow("assessment.read"), schema: { tags, response: { 200: scorecardSettings } } },
    async () => loadScorecardSettings(deps.db),
  );

  app.put(
    `${base}/settings`,
    {
      preHandler: allow("assessment.configure"),
      schema: {
        tags,
        summary: "The scorecard's weights and hours target",
        body: scorecardSettings,
        response: { 200: scorecardSettings },
      },
    },
    async (req) => updateScorecardSettings(deps.db, callerOf(req), req.body, deps.now()),
  );
}
