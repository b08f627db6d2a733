import { z } from "zod";
import { orgUnit } from "../org/schema.ts";
import { ACTIONS } from "./permissions.ts";
import { ROLES } from "./roles.ts";

export const loginBody = z.object({
  username: z.string().trim().min(1).max(60),
  password: z.string().min(1).max(200),
});

export const me = z.object({
  id: z.number(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
  orgUnit,
  permissions: z.array(z.enum(ACTIONS)),
  sessionExpiresAt: z.string(),
  /** The zone staff read times in (BULWARK_TIME_ZONE), so the web app shows what the server means. */
  timeZone: z.string(),
  /** How far back a received or occurred time may lie (RECORD_HORIZON_DAYS), for the forms' checks. */
  recordHorizonDays: z.number(),
  /** An administrator reset the password: the web app asks for a new one before anything else. */
  mustChangePassword: z.boolean(),
});
export type Me = z.infer<typeof me>;

export const csrfToken = z.object({ token: z.string() });
