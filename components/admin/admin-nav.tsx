"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { cn } from "@/components/ui/cn";
import { ADMIN_SECTIONS } from "./sections";


/** The admin area's sub-navigation; the current section is marked for sight and for screen readers. */
export function AdminNav() {
  const t = useTranslations("admin.nav");
  const pathname = usePathname();
  const items = [{ href: "/admin", key: "overview" }, ...ADMIN_SECTIONS.map((s) => ({ href: `/admin/${s}`, key: s }))];
  return (
    <nav aria-label={t("label")} className="no-print border-b border-line" data-testid="admin-nav">
      <ul className="-mb-px flex flex-wrap gap-x-1">
        {items.map((item) => {
          const current = item.href === "/admin" ? pathname === "/admin" : pathname === item.href || pathname.startsWith(`${item.href}/`);
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={current ? "page" : undefined}
                className={cn(
                  "inline-block border-b-4 px-3 py-2 no-underline",
                  current ? "border-brand-600 font-semibold text-brand-800" : "border-transparent text-brand-700 hover:border-brand-100 hover:bg-brand-50",
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
