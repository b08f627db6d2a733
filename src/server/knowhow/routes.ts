import { z } from "zod";
import { can } from "../../domain/auth/permissions.ts";
import type { Role } from "../../domain/auth/roles.ts";
import {
  saveScriptDraftBody,
  scriptKeyParams,
  scriptVersions as scriptVersionsSchema,
  versionParams,
} from "../../domain/knowhow/schema.ts";
import type { App, Deps } from "../http/deps.ts";
import { notFound } from "../http/errors.ts";
import { allow, callerOf } from "../http/request.ts";
import { publishVersion, saveScriptDraft } from "./commands.ts";
import { appliedScripts, scriptVersions } from "./store.ts";

const editorOrPublisher = (role: Role) => can(role, "knowhow.edit") || can(role, "knowhow.publish");

const scriptSummary = z.object({
  key: z.string(),
  title: z.string(),
  versionId: z.number(),
  versionNo: z.number(),
  /** Drafts of this script in the caller's subtree, waiting to be published. */
  drafts: z.number(),
});

/** 知识版本: the editor of the script library. Drafts are saved per unit; someone else publishes them. */
export function registerKnowhowRoutes(app: App, deps: Deps): void {
  const tags = ["knowhow"];
  app.get(
    "/api/knowhow/scripts",
    {
      preHandler: allow(editorOrPublisher),
      schema: { tags, response: { 200: z.object({ items: z.array(scriptSummary) }) } },
    },
    async (req) => {
      const caller = callerOf(req);
      const applied = await appliedScripts(deps.db, caller.scopePath);
      const items = await Promise.all(
        applied.map(async (s) => {
          const versions = await scriptVersions(deps.db, caller, s.key);
          return {
            key: s.key,
            title: s.content.title,
            versionId: s.versionId,
            versionNo: s.versionNo,
            drafts: versions.filter((v) => v.status === "draft" && v.allowedActions.length > 0).length,
          };
        }),
      );
      return { items };
    },
  );
  app.get(
    "/api/knowhow/scripts/:key",
    {
      preHandler: allow(editorOrPublisher),
      schema: { tags, params: scriptKeyParams, response: { 200: scriptVersionsSchema } },
    },
    async (req) => {
      const versions = await scriptVersions(deps.db, callerOf(req), req.params.key);
      if (versions.length === 0) throw notFound();
      return { key: req.params.key, versions };
    },
  );
  app.post(
    "/api/knowhow/scripts/:key/draft",
    {
      preHandler: allow("knowhow.edit"),
      schema: {
        tags,
        summary:
          "Saves the caller's draft of a script, for the whole bank at head office or for their subtree",
        params: scriptKeyParams,
        body: saveScriptDraftBody,
        response: { 200: scriptVersionsSchema },
      },
    },
    async (req) => {
      const caller = callerOf(req);
      await saveScriptDraft(deps, caller, req.params.key, req.body.content);
      return { key: req.params.key, versions: await scriptVersions(deps.db, caller, req.params.key) };
    },
  );
  app.post(
    "/api/knowhow/versions/:id/publish",
    {
      preHandler: allow("knowhow.publish"),
      schema: {
        tags,
        summary: "Publishes a draft; refused to its author (four eyes)",
        params: versionParams,
        response: { 200: scriptVersionsSchema },
      },
    },
    async (req) => {
      const caller = callerOf(req);
      const key = await publishVersion(deps, caller, req.params.id);
      return { key, versions: await scriptVersions(deps.db, caller, key) };
    },
  );
}
