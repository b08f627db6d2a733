import type { FastifyRequest } from "fastify";
import { z } from "zod";
import {
  activity,
  activityPhotoParams,
  campaign,
  createPlanBody,
  decidePlanBody,
  exportParams,
  exportQuery,
  listActivitiesQuery,
  listPlansQuery,
  plan,
  progress,
  progressQuery,
  recordActivityBody,
  updatePlanBody,
} from "../../domain/campaigns/schema.ts";
import { idParams, pageOf } from "../../domain/common/page.ts";
import { MAX_PHOTO_MB, PHOTO_LIMITS } from "../common/photo-file.ts";
import type { App, Deps } from "../http/deps.ts";
import { allow, callerOf } from "../http/request.ts";
import {
  addActivityPhoto,
  createPlan,
  decidePlanCommand,
  recordActivity,
  submitPlan,
  updatePlan,
} from "./commands.ts";
import { exportCampaign } from "./export.ts";
import { presentActivity, presentPlan } from "./present.ts";
import { educationProgress } from "./progress.ts";
import {
  activityPhoto,
  attachmentsOf,
  campaignList,
  getActivityRow,
  getPlanRow,
  listActivities,
  listPlans,
  monthsOf,
  usableMaterials,
} from "./store.ts";

/** 宣传教育: the outlet's annual plan (approved by the sub-branch), its activities, plan against done. */
export function registerCampaignRoutes(app: App, deps: Deps): void {
  const { db } = deps;
  const tags = ["campaigns"];
  const onePlan = async (req: FastifyRequest, id: number) => {
    const { user, scopePath } = callerOf(req);
    const row = await getPlanRow(db, scopePath, id);
    return presentPlan(row, await monthsOf(db, [id]), user);
  };
  const oneActivity = async (req: FastifyRequest, id: number) => {
    const row = await getActivityRow(db, callerOf(req).scopePath, id);
    return presentActivity(row, await attachmentsOf(db, [id]));
  };

  app.get(
    "/api/campaigns",
    {
      preHandler: allow("campaigns.read"),
      schema: { tags, response: { 200: z.object({ items: z.array(campaign) }) } },
    },
    async () => ({
      items: (await campaignList(db)).map((c) => ({ code: c.code, nameZh: c.name_zh, nameEn: c.name_en })),
    }),
  );

  app.get(
    "/api/campaigns/materials",
    {
      preHandler: allow("campaigns.record"),
      schema: {
        tags,
        summary: "The approved materials the caller's unit may name in an activity",
        response: {
          200: z.object({ items: z.array(z.object({ id: z.number(), ref: z.string(), title: z.string() })) }),
        },
      },
    },
    async (req) => ({ items: await usableMaterials(db, callerOf(req).scopePath) }),
  );

  app.get(
    "/api/campaigns/plans",
    {
      preHandler: allow("campaigns.read"),
      schema: { tags, querystring: listPlansQuery, response: { 200: z.object({ items: z.array(plan) }) } },
    },
    async (req) => {
      const { user, scopePath } = callerOf(req);
      const rows = await listPlans(db, scopePath, req.query);
      const months = await monthsOf(
        db,
        rows.map((r) => r.id),
      );
      return { items: rows.map((r) => presentPlan(r, months, user)) };
    },
  );

  app.post(
    "/api/campaigns/plans",
    {
      preHandler: allow("campaigns.plan"),
      schema: { tags, body: createPlanBody, response: { 201: plan } },
    },
    async (req, reply) => {
      const id = await createPlan(deps, callerOf(req), req.body.year);
      return reply.status(201).send(await onePlan(req, id));
    },
  );

  app.get(
    "/api/campaigns/plans/:id",
    { preHandler: allow("campaigns.read"), schema: { tags, params: idParams, response: { 200: plan } } },
    async (req) => onePlan(req, req.params.id),
  );

  app.put(
    "/api/campaigns/plans/:id",
    {
      preHandler: allow("campaigns.plan"),
      schema: { tags, params: idParams, body: updatePlanBody, response: { 200: plan } },
    },
    async (req) => {
      await updatePlan(deps, callerOf(req), req.params.id, req.body);
      return onePlan(req, req.params.id);
    },
  );

  app.post(
    "/api/campaigns/plans/:id/submit",
    { preHandler: allow("campaigns.plan"), schema: { tags, params: idParams, response: { 200: plan } } },
    async (req) => {
      await submitPlan(deps, callerOf(req), req.params.id);
      return onePlan(req, req.params.id);
    },
  );

  app.post(
    "/api/campaigns/plans/:id/decision",
    {
      preHandler: allow("campaigns.approve"),
      schema: { tags, params: idParams, body: decidePlanBody, response: { 200: plan } },
    },
    async (req) => {
      await decidePlanCommand(deps, callerOf(req), req.params.id, req.body);
      return onePlan(req, req.params.id);
    },
  );

  app.get(
    "/api/campaigns/activities",
    {
      preHandler: allow("campaigns.read"),
      schema: { tags, querystring: listActivitiesQuery, response: { 200: pageOf(activity) } },
    },
    async (req) => {
      const page = await listActivities(db, callerOf(req).scopePath, req.query);
      const attachments = await attachmentsOf(
        db,
        page.rows.map((r) => r.id),
      );
      return { items: page.rows.map((r) => presentActivity(r, attachments)), nextCursor: page.nextCursor };
    },
  );

  app.post(
    "/api/campaigns/activities",
    {
      preHandler: allow("campaigns.record"),
      schema: { tags, body: recordActivityBody, response: { 201: activity } },
    },
    async (req, reply) => {
      const id = await recordActivity(deps, callerOf(req), req.body);
      return reply.status(201).send(await oneActivity(req, id));
    },
  );

  app.get(
    "/api/campaigns/activities/:id",
    { preHandler: allow("campaigns.read"), schema: { tags, params: idParams, response: { 200: activity } } },
    async (req) => oneActivity(req, req.params.id),
  );

  app.post(
    "/api/campaigns/activities/:id/photos",
    {
      preHandler: allow("campaigns.record"),
      schema: {
        tags,
        summary: `A photo of the activity (JPEG, PNG or WebP, at most ${MAX_PHOTO_MB} MB) as multipart field "file"`,
        params: idParams,
        response: { 201: z.object({ id: z.number() }) },
      },
    },
    async (req, reply) => {
      const file = await req.file({ limits: PHOTO_LIMITS });
      const id = await addActivityPhoto(deps, callerOf(req), req.params.id, file);
      return reply.status(201).send({ id });
    },
  );

  // The image itself: bytes with their checked type, no JSON schema.
  app.get(
    "/api/campaigns/activities/:id/photos/:photoId",
    { preHandler: allow("campaigns.read"), schema: { tags, params: activityPhotoParams } },
    async (req, reply) => {
      await getActivityRow(db, callerOf(req).scopePath, req.params.id);
      const photo = await activityPhoto(db, req.params.id, req.params.photoId);
      reply
        .header("content-type", photo.mime)
        .header("x-content-type-options", "nosniff")
        .header("cache-control", "private, max-age=3600");
      return reply.send(Buffer.from(photo.data));
    },
  );

  app.get(
    "/api/campaigns/progress",
    {
      preHandler: allow("campaigns.read"),
      schema: { tags, querystring: progressQuery, response: { 200: progress } },
    },
    async (req) => educationProgress(db, callerOf(req).scopePath, req.query.year, req.query.orgUnitId),
  );

  app.get(
    "/api/campaigns/:code/export.xlsx",
    {
      preHandler: allow("campaigns.read"),
      schema: {
        tags,
        summary: "One campaign's activities of a year in the caller's subtree, as a campaign report .xlsx",
        params: exportParams,
        querystring: exportQuery,
      },
    },
    async (req, reply) => {
      const stream = await exportCampaign(deps, callerOf(req), req.params.code, req.query.year);
      return reply
        .header("content-type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        .header(
          "content-disposition",
          `attachment; filename="campaign-${req.params.code}-${req.query.year}.xlsx"`,
        )
        .send(stream);
    },
  );
}
