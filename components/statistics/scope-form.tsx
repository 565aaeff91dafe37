import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { Select } from "@/components/ui/select";
import type { ScopeParams } from "./format";

type Props = {
  /** Where the form goes (GET): the page itself. */
  action: string;
  scope: ScopeParams;
  years: number[];
  /** Departments to choose from; omit to offer the year only. */
  departments?: { id: string; name: string }[];
  /** Extra query parameters to keep (a hidden field each). */
  keep?: Record<string, string>;
};

/** Year and department (or the whole agency), as a plain GET form: works without JavaScript, bookmarkable. */
export async function ScopeForm({ action, scope, years, departments, keep = {} }: Props) {
  const t = await getTranslations("statistics.scopeForm");
  return (
    <form method="get" action={action} className="no-print flex flex-wrap items-end gap-4 rounded-lg border border-line bg-white p-4" data-testid="scope-form">
      {Object.entries(keep).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div className="space-y-1">
        <label htmlFor="scope-year" className="block font-medium">
          {t("year")}
        </label>
        <Select id="scope-year" name="year" defaultValue={String(scope.year)} className="w-36">
          {years.map((y) => (
            <option key={y} value={y}>
              {t("yearOption", { year: y })}
            </option>
          ))}
        </Select>
      </div>
      {departments ? (
        <div className="min-w-64 flex-1 space-y-1 sm:max-w-sm">
          <label htmlFor="scope-department" className="block font-medium">
            {t("department")}
          </label>
          <Select id="scope-department" name="department" defaultValue={scope.departmentId ?? ""}>
            <option value="">{t("wholeAgency")}</option>
            {departments.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))}
          </Select>
        </div>
      ) : null}
      <button type="submit" className={buttonClass("primary")}>
        {t("show")}
      </button>
    </form>
  );
}
