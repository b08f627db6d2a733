import type { Generated } from "kysely";

/**
 * One line of a unit's duty roster (值班表): a recurring shift on working days or on days off (as the
 * business calendar says), or a shift on one date, which takes precedence that day (a swap).
 */
export interface DutyShiftTable {
  id: Generated<number>;
  org_unit_id: number;
  user_id: number;
  day_kind: "workday" | "holiday" | "date";
  date: string | null;
  start_time: string;
  end_time: string;
  created_at: string;
}

export interface RosterTables {
  duty_shifts: DutyShiftTable;
}
