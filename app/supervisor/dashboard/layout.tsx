import type { ReactNode } from "react";
import { SupervisorNav } from "@/components/statistics/supervisor-nav";

/** The dashboard under the supervisor's sub-navigation (hidden in print). */
export default function DashboardLayout({ children }: { children: ReactNode }) {
  return (
    <div className="space-y-6 print:space-y-0">
      <SupervisorNav />
      {children}
    </div>
  );
}
