"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { cn } from "@/components/ui/cn";

const ITEMS = [
  { href: "/supervisor", key: "board" },
  { href: "/supervisor/statistics", key: "statistics" },
  { href: "/supervisor/statistics/figures", key: "figures" },
  { href: "/supervisor/statistics/report", key: "report" },
  { href: "/supervisor/dashboard", key: "dashboard" },
] as const;

/** The supervisor area's sub-navigation (督办 · 年度统计 · 人工填报 · 年度报告 · 统计概览); the current page is marked. */
export function SupervisorNav() {
  const t = useTranslations("statistics.nav");
  const pathname = usePathname();
  // The longest matching item is the current one (/supervisor/statistics/figures is not also "statistics").
  const current = ITEMS.filter((i) => pathname === i.href || (i.href !== "/supervisor" && pathname.startsWith(`${i.href}/`)))
    .sort((a, b) => b.href.length - a.href.length)[0]?.href;
  return (
    <nav aria-label={t("label")} className="no-print border-b border-line" data-testid="supervisor-nav">
      <ul className="-mb-px flex flex-wrap gap-x-1">
        {ITEMS.map((item) => {
          const active = item.href === current;
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={active ? "page" : undefined}
                className={cn(
                  "inline-block border-b-4 px-3 py-2 no-underline",
                  active ? "border-brand-600 font-semibold text-brand-800" : "border-transparent text-brand-700 hover:border-brand-100 hover:bg-brand-50",
                )}
              >
                {t(item.key)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
