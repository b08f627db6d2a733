import { z } from "zod";
import { can } from "../../domain/auth/permissions.ts";
import type { Role } from "../../domain/auth/roles.ts";
import {
  improvementIds,
  publishBody,
  scriptKeyParams,
  versionParams,
  versionsOf,
} from "../../domain/knowhow/schema.ts";
import type { App, Deps } from "../http/deps.ts";
import { notFound } from "../http/errors.ts";
import { allow, callerOf } from "../http/request.ts";
import { publishVersion, saveDraft } from "./commands.ts";
import { KIND_ROUTES } from "./kinds.ts";
import { appliedVersions, itemVersions } from "./store.ts";

const editorOrPublisher = (role: Role) => can(role, "knowhow.edit") || can(role, "knowhow.publish");

const itemSummary = z.object({
  key: z.string(),
  title: z.string(),
  versionId: z.number(),
  versionNo: z.number(),
  /** Drafts of this item in the caller's subtree, waiting to be published. */
  drafts: z.number(),
});

/**
 * 知识版本: the editors of the bank's know-how (scripts, playbooks, counter-exception guidance), one set of
 * routes per kind. Drafts are saved per unit; someone else publishes them.
 */
export function registerKnowhowRoutes(app: App, deps: Deps): void {
  const tags = ["knowhow"];
  for (const k of KIND_ROUTES) {
    const versions = versionsOf(k.content);
    app.get(
      `/api/knowhow/${k.path}`,
      {
        preHandler: allow(editorOrPublisher),
        schema: { tags, response: { 200: z.object({ items: z.array(itemSummary) }) } },
      },
      async (req) => {
        const caller = callerOf(req);
        const applied = await appliedVersions(deps.db, k.kind, caller.scopePath);
        const titles = await k.titles(deps.db, applied, caller.locale);
        const items = await Promise.all(
          applied.map(async (s, i) => {
            const all = await itemVersions(deps.db, caller, k.kind, s.key);
            return {
              key: s.key,
              title: titles[i],
              versionId: s.versionId,
              versionNo: s.versionNo,
              drafts: all.filter((v) => v.status === "draft" && v.allowedActions.length > 0).length,
            };
          }),
        );
        return { items };
      },
    );
    app.get(
      `/api/knowhow/${k.path}/:key`,
      {
        preHandler: allow(editorOrPublisher),
        schema: { tags, params: scriptKeyParams, response: { 200: versions } },
      },
      async (req) => {
        const all = await itemVersions(deps.db, callerOf(req), k.kind, req.params.key);
        if (all.length === 0) throw notFound();
        return { key: req.params.key, versions: all };
      },
    );
    app.post(
      `/api/knowhow/${k.path}/:key/draft`,
      {
        preHandler: allow("knowhow.edit"),
        schema: {
          tags,
          summary: `Saves the caller's draft (${k.kind}), for the whole bank at head office or for their subtree`,
          params: scriptKeyParams,
          body: z.object({ content: k.content, improvementIds }),
          response: { 200: versions },
        },
      },
      async (req) => {
        const caller = callerOf(req);
        await saveDraft(deps, caller, k.kind, req.params.key, req.body.content, req.body.improvementIds);
        return { key: req.params.key, versions: await itemVersions(deps.db, caller, k.kind, req.params.key) };
      },
    );
  }
  app.post(
    "/api/knowhow/versions/:id/publish",
    {
      preHandler: allow("knowhow.publish"),
      schema: {
        tags,
        summary: "Publishes a draft; refused to its author (four eyes)",
        params: versionParams,
        body: publishBody,
        response: { 200: versionsOf(z.unknown()) },
      },
    },
    async (req) => {
      const caller = callerOf(req);
      const { kind, key } = await publishVersion(deps, caller, req.params.id, req.body?.improvementIds);
      return { key, versions: await itemVersions(deps.db, caller, kind, key) };
    },
  );
}
