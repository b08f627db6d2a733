import type { Kysely } from "kysely";
import type { CategoryCode } from "../../domain/incidents/categories.ts";
import type { TaskTemplate } from "../../domain/incidents/task-template.ts";
import type { PlaybookContent } from "../../domain/knowhow/playbook.ts";
import type { Database } from "../db/schema.ts";
import { appliedVersions, versionContent } from "../knowhow/store.ts";

export interface Playbook {
  versionId: number;
  content: PlaybookContent;
}

/** The published playbook of `category` that applies at the unit at `path`: a branch's own first, else the bank's. */
export async function currentPlaybook(
  db: Kysely<Database>,
  path: string,
  category: CategoryCode,
): Promise<Playbook> {
  const [applied] = await appliedVersions<PlaybookContent>(db, "playbook", path, category);
  // Migration 180 publishes one for every category, and a published version is only ever superseded.
  if (!applied) throw new Error(`no published playbook for ${category}`);
  return { versionId: applied.versionId, content: applied.content };
}

/**
 * The playbook an incident follows: the version it was reported under, whatever was published since; one
 * written without a version (a row put straight into the table) follows the one that applies now.
 */
export async function incidentPlaybook(
  db: Kysely<Database>,
  row: { playbook_version_id: number | null; category: CategoryCode; org_path: string },
): Promise<Playbook> {
  if (row.playbook_version_id === null) return currentPlaybook(db, row.org_path, row.category);
  const content = await versionContent<PlaybookContent>(db, row.playbook_version_id);
  return { versionId: row.playbook_version_id, content };
}

/** A task row as drawn from a playbook: it keeps its text, so later versions do not reword a running incident. */
export const taskRow = (incidentId: number, task: TaskTemplate, position: number) => ({
  incident_id: incidentId,
  step: task.step,
  template_key: task.key,
  text_json: JSON.stringify(task.text),
  role: task.role,
  position,
});

/** A stored task's text in the reader's language. */
export const taskText = (textJson: string, locale: "zh" | "en"): string =>
  (JSON.parse(textJson) as { zh: string; en: string })[locale];
