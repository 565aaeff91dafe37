import { AppError } from "@/lib/errors";
import { publicRoute } from "@/lib/server/http/api-route";

/** Unknown /api/v1 paths: 401 without a valid token (never a redirect), 404 JSON with one. */
const unknown = publicRoute<{ path: string[] }>(async (_req, { principal }) => {
  throw new AppError(principal ? "not_found" : "unauthorized");
});

export { unknown as GET, unknown as POST, unknown as PUT, unknown as PATCH, unknown as DELETE };
