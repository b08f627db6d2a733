import { z } from "zod";
import { ORG_KINDS } from "./units.ts";

export const orgUnit = z.object({
  id: z.number(),
  code: z.string(),
  name: z.string(),
  kind: z.enum(ORG_KINDS),
  parentId: z.number().nullable(),
  path: z.string(),
  dutyPhone: z.string().nullable(),
  techSupportPhone: z.string().nullable(),
});
export type OrgUnit = z.infer<typeof orgUnit>;

const code = z
  .string()
  .trim()
  .regex(/^[A-Z0-9_-]{2,20}$/, "format.org_code");
const name = z.string().trim().min(1).max(80);
const dutyPhone = z
  .string()
  .trim()
  .regex(/^[0-9+\-() ]{3,30}$/, "format.phone")
  .nullable()
  .optional();

export const createOrgUnitBody = z.object({
  code,
  name,
  kind: z.enum(ORG_KINDS),
  parentId: z.number().int().positive(),
  dutyPhone,
  techSupportPhone: dutyPhone,
});

export const updateOrgUnitBody = z
  .object({
    name: name.optional(),
    parentId: z.number().int().positive().optional(),
    dutyPhone,
    techSupportPhone: dutyPhone,
  })
  .refine((b) => Object.keys(b).length > 0, "nothing_to_change");
