import type { ReactNode } from "react";
import { AdminNav } from "@/components/admin/admin-nav";
import { requirePageCapability } from "@/lib/server/auth/session";

/** Server-side gate for the whole area; every page and action below checks again for itself. */
export default async function Layout({ children }: { children: ReactNode }) {
  await requirePageCapability("admin.use", "/admin");
  return (
    <div className="space-y-6">
      <AdminNav />
      {children}
    </div>
  );
}
