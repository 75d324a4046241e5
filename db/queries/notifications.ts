import { desc, eq, isNull, and } from "drizzle-orm";
import type { DbOrTx } from "../index";
import { notifications, organizations } from "../schema";

export type NotificationAudience = "support" | "admin";

export async function createNotification(
  db: DbOrTx,
  { orgId, audience, kind, message }: { orgId: string | null; audience: NotificationAudience; kind: string; message: string },
) {
  const [row] = await db.insert(notifications).values({ organizationId: orgId, audience, kind, message }).returning();
  return row;
}

/** Support-wide: the newest notifications for 10KC support, unread first, with the organization named. */
export async function listAllSupportNotifications(db: DbOrTx, { limit = 10, unreadOnly = false }: { limit?: number; unreadOnly?: boolean } = {}) {
  return db
    .select({
      id: notifications.id,
      kind: notifications.kind,
      message: notifications.message,
      readAt: notifications.readAt,
      createdAt: notifications.createdAt,
      orgSlug: organizations.slug,
      orgName: organizations.name,
    })
    .from(notifications)
    .leftJoin(organizations, eq(organizations.id, notifications.organizationId))
    .where(unreadOnly ? and(eq(notifications.audience, "support"), isNull(notifications.readAt)) : eq(notifications.audience, "support"))
    .orderBy(desc(notifications.createdAt))
    .limit(limit);
}

/** An organization's notifications for one audience, newest first. */
export async function listNotifications(db: DbOrTx, { orgId, audience, limit = 20 }: { orgId: string; audience: NotificationAudience; limit?: number }) {
  return db
    .select()
    .from(notifications)
    .where(and(eq(notifications.organizationId, orgId), eq(notifications.audience, audience)))
    .orderBy(desc(notifications.createdAt))
    .limit(limit);
}
