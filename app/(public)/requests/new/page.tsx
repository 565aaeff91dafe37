import { getTranslations } from "next-intl/server";
import { RequestForm } from "@/components/request/request-form";
import { can } from "@/lib/auth/permissions";
import { getSessionUser } from "@/lib/server/auth/session";

export async function generateMetadata() {
  return { title: (await getTranslations("requestForm"))("title") };
}

/** Open to everyone: visitors without an account and signed-in citizens (whose name and e-mail are filled in). */
export default async function NewRequestPage() {
  const user = await getSessionUser();
  const citizen = user && can(user.roles, "portal.use") ? user : null;
  return (
    <div className="mx-auto max-w-3xl">
      <RequestForm signedIn={!!citizen} prefill={citizen ? { name: citizen.name, email: citizen.email } : undefined} />
    </div>
  );
}
