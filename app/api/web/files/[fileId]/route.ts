import { getDb } from "@/db";
import { AppError } from "@/lib/errors";
import { publicRoute } from "@/lib/server/http/api-route";
import { authorizeFileDownload } from "@/lib/server/requests/authorize-file";
import { fileStore } from "@/lib/server/storage/file-store";

/** Downloads a case file for whoever may see it; anyone else gets the same 404. */
export const GET = publicRoute<{ fileId: string }>(async (_req, { params }) => {
  const file = await authorizeFileDownload(params.fileId);
  if (!file) throw new AppError("not_found");
  const bytes = await fileStore().get(await getDb(), file.storedFileId);
  if (!bytes) throw new AppError("not_found");
  return new Response(new Uint8Array(bytes), {
    headers: {
      "content-type": file.contentType,
      "content-length": String(bytes.length),
      "content-disposition": `attachment; filename="file"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      "x-content-type-options": "nosniff",
      "cache-control": "private, no-store",
    },
  });
});
