import "server-only";
import { eq } from "drizzle-orm";
import { getDb, schema, type DbOrTx } from "@/db";

export type AgencySettingsDto = {
  name: string;
  address: string;
  contact: string;
  sealText: string;
  trackingPrefix: string;
  replyDeadlineWording: string;
  updatedAt: Date | null;
};

/** The one row of agency facts every document uses. */
export async function getAgencySettings(given?: DbOrTx): Promise<AgencySettingsDto> {
  const db = given ?? (await getDb());
  const s = schema.agencySettings;
  const [row] = await db
    .select({
      name: s.name,
      address: s.address,
      contact: s.contact,
      sealText: s.sealText,
      trackingPrefix: s.trackingPrefix,
      replyDeadlineWording: s.replyDeadlineWording,
      updatedAt: s.updatedAt,
    })
    .from(s)
    .where(eq(s.id, 1))
    .limit(1);
  return row ?? { name: "", address: "", contact: "", sealText: "", trackingPrefix: "GK", replyDeadlineWording: "", updatedAt: null };
}
