import { z } from 'zod';
import { userRecordSchema } from './records';

/**
 * The team workspace's shared definitions, read by the server (src/server/) and the client alike:
 * accounts and roles, records with their version and attribution, audit entries, live events.
 */
export const ROLES = ['viewer', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];
export const roleSchema = z.enum(ROLES);

/** viewer reads; editor also records and edits; admin also manages accounts and reads the audit log. */
export function roleAllows(role: Role, needed: Role): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(needed);
}

export const PASSWORD_MIN_LENGTH = 10;

export const emailSchema = z.string().trim().toLowerCase().email().max(320);
export const signInSchema = z.object({ email: emailSchema, password: z.string().min(1).max(1000) });
export type SignIn = z.infer<typeof signInSchema>;

export const accountSchema = z.object({
  id: z.number().int().positive(),
  email: z.string(),
  name: z.string(),
  role: roleSchema,
});
export type Account = z.infer<typeof accountSchema>;

/** GET /api/session (200). */
export const sessionResponseSchema = z.object({ user: accountSchema, publicRead: z.boolean() });
export type SessionResponse = z.infer<typeof sessionResponseSchema>;

/** What the server adds to every record: its version and who created and last changed it (the record says when). */
export const recordMetaSchema = z.object({
  version: z.number().int().positive(),
  createdBy: z.string(),
  updatedBy: z.string(),
});
export type RecordMeta = z.infer<typeof recordMetaSchema>;

/** A record as the workspace serves it: the record itself plus its meta, one flat object. */
export const workspaceRecordSchema = z.intersection(userRecordSchema, recordMetaSchema);
export type WorkspaceRecord = z.infer<typeof workspaceRecordSchema>;

export const workspaceListSchema = z.object({ records: z.array(workspaceRecordSchema) });
export const workspaceRecordResponseSchema = z.object({ record: workspaceRecordSchema });

/** 409/412 answers carry the record as the server has it now (null: it was deleted). */
export const conflictBodySchema = z.object({
  error: z.object({ code: z.string(), message: z.string() }),
  current: workspaceRecordSchema.nullable(),
});
export type ConflictBody = z.infer<typeof conflictBodySchema>;

/** One line of the audit log. */
export const auditEntrySchema = z.object({
  id: z.number().int(),
  at: z.string(),
  userEmail: z.string(),
  action: z.string(),
  recordId: z.string().nullable(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;
/** GET /api/audit (200): newest first. */
export const auditListSchema = z.object({ entries: z.array(auditEntrySchema) });

/** The `records` event of GET /api/events: something changed; read the records again. */
export const recordChangeEventSchema = z.object({
  type: z.enum(['create', 'update', 'delete']),
  id: z.string(),
  version: z.number().int().nonnegative(),
  by: z.string(),
});
export type RecordChangeEvent = z.infer<typeof recordChangeEventSchema>;

/** The record without what the server adds, e.g. to compare two versions' content. */
export function withoutMeta(record: WorkspaceRecord): z.infer<typeof userRecordSchema> {
  const { version: _v, createdBy: _c, updatedBy: _u, ...rest } = record;
  return rest as z.infer<typeof userRecordSchema>;
}
