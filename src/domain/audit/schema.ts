import { z } from "zod";

export const auditEntry = z.object({
  id: z.number(),
  at: z.string(),
  actorId: z.number().nullable(),
  actorUsername: z.string().nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  /** The record's reference in words (CMP-20261205-0001, a username), when the record has one. */
  entityRef: z.string().nullable(),
  orgUnitId: z.number().nullable(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
  ip: z.string().nullable(),
});
export type AuditEntry = z.infer<typeof auditEntry>;

export const listAuditQuery = z.object({
  action: z.string().trim().max(60).optional(),
  actor: z.string().trim().max(60).optional(),
  entityType: z.string().trim().max(40).optional(),
  entityId: z.string().trim().max(40).optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
});

/** One line of a record's history: who did what when, worded in the reader's language. */
export const historyEntry = z.object({
  id: z.number(),
  at: z.string(),
  /** The person's display name; null when the system acted (a deadline passed, say). */
  actor: z.string().nullable(),
  action: z.string(),
  /** The action in words ("办理决定"), or its code when the vocabulary does not know it. */
  label: z.string(),
  /** What was decided or written, in words, when the entry says more than its action. */
  detail: z.string().nullable(),
});
export type HistoryEntry = z.infer<typeof historyEntry>;
export const historyResponse = z.object({ items: z.array(historyEntry) });
