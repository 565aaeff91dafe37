import Link from "next/link";
import type { ReactNode } from "react";

/** "← Back to …" above a page's heading. */
export function BackLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <p>
      <Link href={href} className="text-brand-700 underline underline-offset-4">
        {children}
      </Link>
    </p>
  );
}
