import { redirect } from "next/navigation";
import { homePathFor } from "@/lib/auth/roles";
import { getSessionUser } from "@/lib/server/auth/session";

/** After sign-in: each role lands on its own home. */
export default async function HomeRedirect() {
  const user = await getSessionUser();
  redirect(user ? homePathFor(user.roles) : "/signin");
}
