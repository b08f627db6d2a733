import { z } from "zod";
import { localDate } from "../calendar/schema.ts";
import { DAY_KINDS } from "./duty.ts";

const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "roster.time_format");

export const addShiftBody = z
  .object({
    userId: z.number().int().positive(),
    dayKind: z.enum(DAY_KINDS),
    date: localDate.optional(),
    start: clock,
    end: clock,
  })
  .refine((b) => b.dayKind !== "date" || b.date, { message: "roster.date_required", path: ["date"] });

export const dutyPerson = z.object({
  id: z.number(),
  displayName: z.string(),
  mobilePhone: z.string().nullable(),
});

export const roster = z.object({
  orgUnitId: z.number(),
  shifts: z.array(
    z.object({
      id: z.number(),
      userId: z.number(),
      userName: z.string(),
      dayKind: z.enum(DAY_KINDS),
      date: z.string().nullable(),
      start: z.string(),
      end: z.string(),
    }),
  ),
  /** Who is on duty now, for the call button. */
  onDuty: dutyPerson.nullable(),
});
export type Roster = z.infer<typeof roster>;
