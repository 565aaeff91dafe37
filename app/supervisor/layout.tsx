import type { ReactNode } from "react";
import { requirePageCapability } from "@/lib/server/auth/session";

/** Server-side gate for the whole area; every page and action below checks again for itself. */
export default async function Layout({ children }: { children: ReactNode }) {
  await requirePageCapability("supervisor.use", "/supervisor");
  return children;
}
