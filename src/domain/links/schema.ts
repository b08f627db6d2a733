import { z } from "zod";
import { CATEGORY_CODES } from "../incidents/categories.ts";
import { RECORD_KINDS } from "./vocabulary.ts";

/** A record of any family, by its id. */
export const recordRef = z.object({ kind: z.enum(RECORD_KINDS), id: z.number().int().positive() });
export type RecordRef = z.infer<typeof recordRef>;

export const createLinkBody = z.object({ from: recordRef, to: recordRef });

export const linksQuery = z.object({ kind: z.enum(RECORD_KINDS), id: z.coerce.number().int().positive() });

export const linkedRecord = z.object({
  kind: z.enum(RECORD_KINDS),
  id: z.number(),
  ref: z.string(),
  title: z.string(),
  status: z.string(),
  /** The page of the record in the web app. */
  path: z.string(),
});
export type LinkedRecord = z.infer<typeof linkedRecord>;

/** What the record's page offers to open next, linked to it (see offers.ts). */
export const offer = z.discriminatedUnion("action", [
  z.object({ action: z.literal("register_complaint") }),
  z.object({ action: z.literal("open_incident"), category: z.enum(CATEGORY_CODES) }),
]);
export type Offer = z.infer<typeof offer>;

export const linksAnswer = z.object({ links: z.array(linkedRecord), offers: z.array(offer) });
export type LinksAnswer = z.infer<typeof linksAnswer>;
