import type { Generated } from "kysely";
import type {
  ImprovementArea,
  ImprovementSource,
  ImprovementStatus,
} from "../../domain/improvements/vocabulary.ts";

/** 改进措施 from an incident review or a complaint's closing. */
export interface ImprovementActionTable {
  id: Generated<number>;
  org_unit_id: number;
  source_kind: ImprovementSource;
  source_id: number;
  source_ref: string;
  area: ImprovementArea;
  what: string;
  owner_id: number;
  due_on: string;
  status: ImprovementStatus;
  outcome: string | null;
  created_by: number;
  created_at: string;
  done_by: number | null;
  done_at: string | null;
}

export interface ImprovementTables {
  improvement_actions: ImprovementActionTable;
}
