import { idParams, pageOf, pageQuery } from "../../domain/common/page.ts";
import {
  createUserBody,
  listUsersQuery,
  resetPasswordBody,
  updateUserBody,
  user,
} from "../../domain/users/schema.ts";
import type { App, Deps } from "../http/deps.ts";
import { allow, callerOf } from "../http/request.ts";
import { createUser, resetPassword, updateUser } from "./commands.ts";
import { getUser, listUsers } from "./store.ts";

export function registerUserRoutes(app: App, { db, sessions }: Deps): void {
  app.get(
    "/api/users",
    {
      preHandler: allow("users.read"),
      schema: {
        tags: ["users"],
        querystring: listUsersQuery.extend(pageQuery.shape),
        response: { 200: pageOf(user) },
      },
    },
    async (req) => listUsers(db, callerOf(req).scopePath, req.query),
  );

  app.get(
    "/api/users/:id",
    {
      preHandler: allow("users.read"),
      schema: { tags: ["users"], params: idParams, response: { 200: user } },
    },
    async (req) => (await getUser(db, callerOf(req).scopePath, req.params.id)).user,
  );

  app.post(
    "/api/users",
    {
      preHandler: allow("users.manage"),
      schema: { tags: ["users"], body: createUserBody, response: { 201: user } },
    },
    async (req, reply) => reply.status(201).send(await createUser(db, callerOf(req), req.body)),
  );

  app.patch(
    "/api/users/:id",
    {
      preHandler: allow("users.manage"),
      schema: { tags: ["users"], params: idParams, body: updateUserBody, response: { 200: user } },
    },
    async (req) => {
      const user = await updateUser(db, callerOf(req), req.params.id, req.body);
      // Every instance forgets the user's sessions: a disabled user is refused, a new role or unit applies.
      await sessions.invalidate(req.params.id);
      return user;
    },
  );

  app.post(
    "/api/users/:id/password",
    {
      preHandler: allow("users.manage"),
      schema: {
        tags: ["users"],
        summary: "Set a new password; lifts a lock-out",
        params: idParams,
        body: resetPasswordBody,
      },
    },
    async (req, reply) => {
      await resetPassword(db, callerOf(req), req.params.id, req.body.password);
      await sessions.invalidate(req.params.id);
      return reply.status(204).send();
    },
  );
}
