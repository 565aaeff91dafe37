import { getTranslations } from "next-intl/server";
import { todayInShanghai } from "@/lib/domain/identity";
import { getAgencyName } from "@/lib/server/agency/get-agency-name";
import { requirePageCapability } from "@/lib/server/auth/session";
import { RegisterForm } from "./register-form";

export async function generateMetadata() {
  return { title: (await getTranslations("register"))("title") };
}

/** Staff register a request received by letter, fax, e-mail, in person …, then print its 受理回执. */
export default async function RegisterRequestPage() {
  await requirePageCapability("staff.use", "/staff/register");
  const [agencyName, common] = await Promise.all([getAgencyName(), getTranslations("common")]);
  return (
    <div className="mx-auto max-w-3xl">
      <RegisterForm agencyName={agencyName ?? common("appName")} today={todayInShanghai()} />
    </div>
  );
}
