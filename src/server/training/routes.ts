import { z } from "zod";
import { idParams } from "../../domain/common/page.ts";
import {
  createSessionBody,
  listSessionsQuery,
  recordQuery,
  sessionDetail,
  sessionFileParams,
  sessionPlaybookParams,
  sessionPlaybook as sessionPlaybookSchema,
  sessionSummary,
  signInBody,
  signInCode as signInCodeSchema,
  signInResult,
  trainingRecord as trainingRecordSchema,
  userParams,
} from "../../domain/training/schema.ts";
import { MAX_PHOTO_MB, PHOTO_LIMITS } from "../common/photo-file.ts";
import type { App, Deps } from "../http/deps.ts";
import { allow, callerOf } from "../http/request.ts";
import { sessionPlaybook } from "./materials.ts";
import { currentYear, trainingRecord } from "./record.ts";
import { exportRecord } from "./record-export.ts";
import { addSessionFile, removeSessionFile, sessionFileData } from "./session-files.ts";
import { createSession, signIn, signInCode } from "./sessions.ts";
import { getSession, listSessions } from "./store.ts";

/** 培训: sessions, QR sign-in, and each person's training record. */
export function registerTrainingRoutes(app: App, deps: Deps): void {
  const tags = ["training"];
  const base = "/api/training";

  app.get(
    `${base}/sessions`,
    {
      preHandler: allow("training.read"),
      schema: {
        tags,
        querystring: listSessionsQuery,
        response: { 200: z.object({ items: z.array(sessionSummary) }) },
      },
    },
    async (req) => listSessions(deps, callerOf(req), req.query),
  );

  app.post(
    `${base}/sessions`,
    {
      preHandler: allow("training.manage"),
      schema: {
        tags,
        summary: "Schedule or record a training session (晨会, 夕会, 周会 …)",
        body: createSessionBody,
        response: { 201: sessionDetail },
      },
    },
    async (req, reply) => reply.status(201).send(await createSession(deps, callerOf(req), req.body)),
  );

  app.get(
    `${base}/sessions/:id`,
    {
      preHandler: allow("training.read"),
      schema: {
        tags,
        summary: "A session with its attendees and absentees",
        params: idParams,
        response: { 200: sessionDetail },
      },
    },
    async (req) => getSession(deps, callerOf(req), req.params.id),
  );

  app.get(
    `${base}/sessions/:id/playbooks/:versionId`,
    {
      preHandler: allow("training.read"),
      schema: {
        tags,
        summary: "A playbook the session links, in the version it was linked in, to read",
        params: sessionPlaybookParams,
        response: { 200: sessionPlaybookSchema },
      },
    },
    async (req) => sessionPlaybook(deps.db, callerOf(req), req.params.id, req.params.versionId),
  );

  app.post(
    `${base}/sessions/:id/files`,
    {
      preHandler: allow("training.manage"),
      schema: {
        tags,
        summary: `A file for the session (image, PDF, .docx, .xlsx or .pptx, at most ${MAX_PHOTO_MB} MB) as multipart field "file"`,
        params: idParams,
        response: { 201: z.object({ id: z.number() }) },
      },
    },
    async (req, reply) => {
      const file = await req.file({ limits: PHOTO_LIMITS });
      const id = await addSessionFile(deps, callerOf(req), req.params.id, file);
      return reply.status(201).send({ id });
    },
  );

  // The file itself, as a download with its checked type.
  app.get(
    `${base}/sessions/:id/files/:fileId`,
    { preHandler: allow("training.read"), schema: { tags, params: sessionFileParams } },
    async (req, reply) => {
      const file = await sessionFileData(deps.db, callerOf(req), req.params.id, req.params.fileId);
      return reply
        .header("content-type", file.mime)
        .header("content-disposition", `attachment; filename*=UTF-8''${encodeURIComponent(file.file_name)}`)
        .header("x-content-type-options", "nosniff")
        .send(Buffer.from(file.data));
    },
  );

  app.delete(
    `${base}/sessions/:id/files/:fileId`,
    { preHandler: allow("training.manage"), schema: { tags, params: sessionFileParams } },
    async (req, reply) => {
      await removeSessionFile(deps, callerOf(req), req.params.id, req.params.fileId);
      return reply.status(204).send();
    },
  );

  app.get(
    `${base}/sessions/:id/sign-in-code`,
    {
      preHandler: allow("training.manage"),
      schema: {
        tags,
        summary: "A short-lived signed token for the sign-in QR code, while sign-in is open",
        params: idParams,
        response: { 200: signInCodeSchema },
      },
    },
    async (req) => signInCode(deps, callerOf(req), req.params.id),
  );

  app.post(
    `${base}/sign-in`,
    {
      preHandler: allow("training.read"),
      schema: {
        tags,
        summary: "Sign in to a session with the token of its QR code",
        body: signInBody,
        response: { 200: signInResult },
      },
    },
    async (req) => signIn(deps, callerOf(req), req.body.token),
  );

  const yearOf = (year: number | undefined) => year ?? currentYear(deps.now(), deps.config.timeZone);

  app.get(
    `${base}/records/:userId`,
    {
      preHandler: allow("training.read"),
      schema: {
        tags,
        summary: "A person's training record (培训档案) of a year; the person and their managers only",
        params: userParams,
        querystring: recordQuery,
        response: { 200: trainingRecordSchema },
      },
    },
    async (req) => trainingRecord(deps, callerOf(req), req.params.userId, yearOf(req.query.year)),
  );

  app.get(
    `${base}/records/:userId/export.xlsx`,
    {
      preHandler: allow("training.read"),
      schema: { tags, summary: "The training record as .xlsx", params: userParams, querystring: recordQuery },
    },
    async (req, reply) => {
      const year = yearOf(req.query.year);
      const stream = await exportRecord(deps, callerOf(req), req.params.userId, year);
      return reply
        .header("content-type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        .header(
          "content-disposition",
          `attachment; filename="training-record-${req.params.userId}-${year}.xlsx"`,
        )
        .send(stream);
    },
  );
}
