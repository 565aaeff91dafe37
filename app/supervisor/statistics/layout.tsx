import type { ReactNode } from "react";
import { SupervisorNav } from "@/components/statistics/supervisor-nav";

/** Every statistics screen under the supervisor's sub-navigation (hidden in print). */
export default function StatisticsLayout({ children }: { children: ReactNode }) {
  return (
    <div className="space-y-6 print:space-y-0">
      <SupervisorNav />
      {children}
    </div>
  );
}
