import "server-only";
import { schema, type Db } from "@/db";
import { recordAudit, type Actor } from "@/lib/server/audit/record-audit";
import type { AgencySettings } from "@/lib/validation/admin";
import { getAgencySettings } from "./get-agency-settings";

/**
 * Saves the agency's facts, audited with before/after. A new tracking prefix only affects numbers issued from
 * now on: existing numbers are stored whole, and the counter is kept per prefix and year.
 */
export async function updateAgencySettings(db: Db, actor: Actor, input: AgencySettings): Promise<void> {
  const values = {
    name: input.name,
    address: input.address ?? "",
    contact: input.contact ?? "",
    sealText: input.sealText ?? "",
    trackingPrefix: input.trackingPrefix,
    replyDeadlineWording: input.replyDeadlineWording ?? "",
  };
  await db.transaction(async (tx) => {
    const { updatedAt: _u, ...before } = await getAgencySettings(tx);
    await tx
      .insert(schema.agencySettings)
      .values({ id: 1, ...values, updatedAt: new Date() })
      .onConflictDoUpdate({ target: schema.agencySettings.id, set: { ...values, updatedAt: new Date() } });
    await recordAudit(tx, { actor, action: "settings.updated", entityType: "agency_settings", entityId: "1", before, after: values });
  });
}
