import { z } from "zod";
import { isStrongPassword } from "../auth/password-policy.ts";
import { ROLES } from "../auth/roles.ts";

export const password = z.string().max(200).refine(isStrongPassword, "password.weak");

/** A mainland mobile (1[3-9] and 9 digits) or a landline with its area code; spaces and hyphens allowed. */
const mobilePhone = z
  .string()
  .trim()
  .max(20)
  .refine((v) => /^(1[3-9]\d{9}|0\d{2,3}\d{7,8})$/.test(v.replace(/[\s-]/g, "")), "format.staff_phone");

/** Where e-mail notices go (see the notification preferences). */
export const staffEmail = z.email().max(200);

export const user = z.object({
  id: z.number(),
  username: z.string(),
  displayName: z.string(),
  /** The incident room's call buttons dial it. */
  mobilePhone: z.string().nullable(),
  email: z.string().nullable(),
  role: z.enum(ROLES),
  orgUnitId: z.number(),
  orgUnitCode: z.string(),
  orgUnitName: z.string(),
  disabled: z.boolean(),
  lockedUntil: z.string().nullable(),
  createdAt: z.string(),
});
export type User = z.infer<typeof user>;

export const createUserBody = z.object({
  username: z
    .string()
    .trim()
    .regex(/^[a-z0-9][a-z0-9._-]{2,39}$/, "format.username"),
  displayName: z.string().trim().min(1).max(60),
  mobilePhone: mobilePhone.optional(),
  email: staffEmail.optional(),
  role: z.enum(ROLES),
  orgUnitId: z.number().int().positive(),
  password,
});

export const updateUserBody = z
  .object({
    displayName: z.string().trim().min(1).max(60).optional(),
    /** null clears it. */
    mobilePhone: mobilePhone.nullable().optional(),
    email: staffEmail.nullable().optional(),
    role: z.enum(ROLES).optional(),
    orgUnitId: z.number().int().positive().optional(),
    disabled: z.boolean().optional(),
  })
  .refine((b) => Object.keys(b).length > 0, "nothing_to_change");

export const resetPasswordBody = z.object({ password });

export const listUsersQuery = z.object({
  orgUnitId: z.coerce.number().int().positive().optional(),
  role: z.enum(ROLES).optional(),
  q: z.string().trim().max(60).optional(),
});
