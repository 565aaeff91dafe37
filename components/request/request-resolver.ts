import type { Resolver } from "react-hook-form";
import type { RequestFormValues, RequestInput } from "@/lib/validation/request";

type RequestResolver = Resolver<RequestFormValues, unknown, RequestInput>;

let loading: Promise<RequestResolver> | null = null;

/**
 * The form validates with the server's own zod schema, which is most of the form's code; nothing needs it before
 * the applicant starts filling the form in, so it is loaded then (loadRequestValidation) or at the latest on the
 * first check, instead of with the page. A failed load is retried on the next check.
 */
export function loadRequestValidation(): Promise<RequestResolver> {
  loading ??= import("./request-validation").then(
    (m) => m.requestResolver as RequestResolver,
    (e: unknown) => {
      loading = null;
      throw e;
    },
  );
  return loading;
}

export const requestResolver: RequestResolver = async (values, context, options) => (await loadRequestValidation())(values, context, options);
