import type { Generated } from "kysely";
import type { KnowhowKind, VersionStatus } from "../../domain/knowhow/vocabulary.ts";

/** One piece of know-how: for the whole bank (no unit) or a branch's own for its subtree. */
export interface KnowhowItemTable {
  id: Generated<number>;
  kind: KnowhowKind;
  key: string;
  org_unit_id: number | null;
  created_at: string;
}

/** Its versions; `content_json` is valid against the kind's schema in src/domain/knowhow/schema.ts. */
export interface KnowhowVersionTable {
  id: Generated<number>;
  item_id: number;
  version_no: number;
  status: VersionStatus;
  content_json: string;
  /** Null for the versions the migration seeded from the shipped defaults. */
  author_id: number | null;
  created_at: string;
  publisher_id: number | null;
  published_at: string | null;
  superseded_at: string | null;
}

/** Which improvement actions a version answers (named when the draft is saved or published, or at closing). */
export interface KnowhowVersionImprovementTable {
  version_id: number;
  improvement_id: number;
  linked_by: number;
  linked_at: string;
}

export interface KnowhowTables {
  knowhow_items: KnowhowItemTable;
  knowhow_versions: KnowhowVersionTable;
  knowhow_version_improvements: KnowhowVersionImprovementTable;
}
