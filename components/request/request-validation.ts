import { zodResolver } from "@hookform/resolvers/zod";
import { requestSchema } from "@/lib/validation/request";

/** The server's own schema (full zod) as the form's resolver; loaded on demand by request-resolver.ts. */
export const requestResolver = zodResolver(requestSchema);
