import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { cellDefinition, type CheckResult, checkRule, valueLabel } from "@/lib/domain/statistics";
import type { Locale } from "@/lib/i18n/config";
import { cellHref, formatValue, pick } from "./format";
import type { StatContext } from "./stat-context";

function termLabel(id: string, locale: Locale): string {
  const l = valueLabel(id);
  if (!l) return id;
  return l.column ? `${pick(l.row, locale)} · ${pick(l.column, locale)}` : pick(l.row, locale);
}

function operator(check: CheckResult): string {
  const relation = checkRule(check.rule)?.relation ?? "equal";
  if (relation === "atMost") return check.ok ? "≤" : ">";
  return check.ok ? "=" : "≠";
}

/** The rule's two sides with every number it read, each computed number a link to its cases. */
function Terms({ ids, check, ctx }: { ids: readonly string[]; check: CheckResult; ctx: StatContext }) {
  return (
    <>
      {ids.map((id, i) => {
        const value = check.numbers[id] ?? null;
        const shown = value === null ? "—" : formatValue(value);
        return (
          <span key={id}>
            {i > 0 ? " + " : null}
            {termLabel(id, ctx.locale)}（
            {value !== null && ctx.links && cellDefinition(id) ? (
              <Link href={cellHref(ctx.scope, id)} className="text-brand-700 underline underline-offset-2">
                {shown}
              </Link>
            ) : (
              shown
            )}
            ）
          </span>
        );
      })}
    </>
  );
}

async function CheckItem({ check, ctx }: { check: CheckResult; ctx: StatContext }) {
  const t = await getTranslations("statistics.checks");
  const rule = checkRule(check.rule);
  const status = check.skipped ? "skipped" : check.ok ? "passed" : "failed";
  const tone = { passed: "border-ok bg-ok-bg text-ok", failed: "border-danger bg-danger-bg text-danger", skipped: "border-line bg-white text-muted" }[status];
  return (
    <li className={`rounded-md border-l-4 px-4 py-2 ${tone}`} data-check={check.rule} data-status={status}>
      <p className="flex flex-wrap items-baseline gap-x-3">
        <span className="font-semibold">{t(status)}</span>
        <span className="text-ink">{rule ? pick(rule.label, ctx.locale) : check.rule}</span>
        {!check.skipped ? (
          <span className="font-mono text-ink" data-testid="check-formula">
            {formatValue(check.left ?? 0)} {operator(check)} {formatValue(check.right ?? 0)}
          </span>
        ) : null}
      </p>
      {rule ? (
        <p className="text-sm text-ink">
          <span className="sr-only">{t("numbers")}：</span>
          <Terms ids={rule.left} check={check} ctx={ctx} /> {check.skipped ? "/" : operator(check)} <Terms ids={rule.right} check={check} ctx={ctx} />
        </p>
      ) : null}
    </li>
  );
}

/** A failed check cannot be missed: a red banner at the top of the page, listing each failed rule with its numbers. */
export async function ChecksBanner({ checks, ctx }: { checks: readonly CheckResult[]; ctx: StatContext }) {
  const t = await getTranslations("statistics.checks");
  const failed = checks.filter((c) => !c.ok);
  if (failed.length === 0) return null;
  return (
    <section aria-labelledby="checks-banner-title" className="rounded-md border-2 border-danger bg-danger-bg px-5 py-4 text-danger" data-testid="checks-failed-banner">
      <h2 id="checks-banner-title" className="text-xl font-semibold">
        {t("bannerTitle", { count: failed.length })}
      </h2>
      <p className="mt-1">{t("bannerBody")}</p>
      <ul className="mt-3 space-y-2">
        {failed.map((c) => (
          <CheckItem key={c.rule} check={c} ctx={ctx} />
        ))}
      </ul>
    </section>
  );
}

/** Every rule of domain.md §5 with its outcome: failed first and open, the rest behind a disclosure. */
export async function ChecksList({ checks, ctx }: { checks: readonly CheckResult[]; ctx: StatContext }) {
  const t = await getTranslations("statistics.checks");
  const failed = checks.filter((c) => !c.ok);
  const rest = checks.filter((c) => c.ok);
  const skipped = rest.filter((c) => c.skipped).length;
  return (
    <section aria-labelledby="checks-title" id="checks" className="space-y-3">
      <h2 id="checks-title" className="text-xl font-semibold text-brand-800">
        {t("title")}
      </h2>
      {failed.length === 0 ? (
        <p className="rounded-md border-l-4 border-ok bg-ok-bg px-4 py-3 text-ok" data-testid="checks-passed">
          {t("allPassed", { count: checks.length - skipped })}
          {skipped > 0 ? ` ${t("skippedCount", { count: skipped })}` : null}
        </p>
      ) : (
        <ul className="space-y-2">
          {failed.map((c) => (
            <CheckItem key={c.rule} check={c} ctx={ctx} />
          ))}
        </ul>
      )}
      <details className="rounded-md border border-line bg-white">
        <summary className="cursor-pointer px-4 py-2 font-medium text-brand-700">{failed.length === 0 ? t("showAll", { count: rest.length }) : t("showPassed", { count: rest.length })}</summary>
        <ul className="space-y-2 p-4 pt-2">
          {rest.map((c) => (
            <CheckItem key={c.rule} check={c} ctx={ctx} />
          ))}
        </ul>
      </details>
    </section>
  );
}
