import type { ReactNode } from "react";
import { getMessages } from "next-intl/server";
import { AreaMessages } from "@/components/i18n/area-messages";
import { areaMessages } from "@/lib/i18n/messages";
import { requirePageCapability } from "@/lib/server/auth/session";

/** Server-side gate for the whole area; every page and action below checks again for itself. */
export default async function Layout({ children }: { children: ReactNode }) {
  await requirePageCapability("supervisor.use", "/supervisor");
  return <AreaMessages messages={areaMessages(await getMessages())}>{children}</AreaMessages>;
}
