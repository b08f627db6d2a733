import { z } from "zod";
import { idParams } from "../../domain/common/page.ts";
import {
  addOutletBody,
  answerQuestionsBody,
  changeCategoryBody,
  completeTaskBody,
  handOverTaskBody,
  incident,
} from "../../domain/incidents/schema.ts";
import type { App, Deps } from "../http/deps.ts";
import { allow, callerOf } from "../http/request.ts";
import { answerQuestions } from "./answers.ts";
import { changeCategory } from "./category.ts";
import { registerDailyUpdate } from "./daily-update.ts";
import { addOutlet } from "./outlets.ts";
import { loadIncident, presentIncident } from "./store.ts";
import { completeTaskWithNote, handOverTask } from "./tasks.ts";

const taskParams = z.object({
  id: z.coerce.number().int().positive(),
  taskId: z.coerce.number().int().positive(),
});

/** Changing the plan: the category, the outlets the event covers, and the commander completing or handing over tasks. */
export function registerPlanRoutes(app: App, deps: Deps): void {
  const { db, now } = deps;
  registerDailyUpdate(deps);
  const write = { preHandler: allow("incidents.work") };
  const present = async (req: Parameters<typeof callerOf>[0], id: number) => {
    const caller = callerOf(req);
    const { row, children } = await loadIncident(db, caller.scopePath, id);
    return presentIncident(db, row, children, caller.user, caller.locale, now());
  };

  app.post(
    "/api/incidents/:id/category",
    {
      ...write,
      schema: {
        tags: ["incidents"],
        summary: "The commander changes the category; the playbook and deadlines follow",
        params: idParams,
        body: changeCategoryBody,
        response: { 200: incident },
      },
    },
    async (req) => {
      await changeCategory(deps, callerOf(req), req.params.id, req.body);
      return present(req, req.params.id);
    },
  );

  app.post(
    "/api/incidents/:id/answers",
    {
      ...write,
      schema: {
        tags: ["incidents"],
        summary:
          "Gives or corrects quick answers; tasks and level follow the incident's own playbook version",
        params: idParams,
        body: answerQuestionsBody,
        response: { 200: incident },
      },
    },
    async (req) => {
      await answerQuestions(deps, callerOf(req), req.params.id, req.body);
      return present(req, req.params.id);
    },
  );

  app.post(
    "/api/incidents/:id/tasks/:taskId/complete",
    {
      ...write,
      schema: {
        tags: ["incidents"],
        summary: "Completes a task with a note: its role, the person it was handed to, or the commander",
        params: taskParams,
        body: completeTaskBody,
        response: { 200: incident },
      },
    },
    async (req) => {
      await completeTaskWithNote(deps, callerOf(req), req.params.id, req.params.taskId, req.body.note);
      return present(req, req.params.id);
    },
  );

  app.post(
    "/api/incidents/:id/tasks/:taskId/assignee",
    {
      ...write,
      schema: {
        tags: ["incidents"],
        summary: "The commander hands a task to one person",
        params: taskParams,
        body: handOverTaskBody,
        response: { 200: incident },
      },
    },
    async (req) => {
      await handOverTask(deps, callerOf(req), req.params.id, req.params.taskId, req.body.userId);
      return present(req, req.params.id);
    },
  );

  app.post(
    "/api/incidents/:id/outlets",
    {
      ...write,
      schema: {
        tags: ["incidents"],
        summary:
          "The commander adds another outlet of their subtree that the event covers; its heads are told",
        params: idParams,
        body: addOutletBody,
        response: { 200: incident },
      },
    },
    async (req) => {
      await addOutlet(deps, callerOf(req), req.params.id, req.body.orgUnitId);
      return present(req, req.params.id);
    },
  );
}
