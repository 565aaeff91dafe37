import { getDb } from "../db/index";
import { revokeApiToken } from "../lib/server/tokens/revoke-api-token";
import { runCli } from "./cli";

const usage = "npm run token:revoke -- --token T";

runCli(usage, { token: { type: "string" } }, async (v) => {
  if (!v.token) throw new Error(`--token is required.\nUsage: ${usage}`);
  const db = await getDb();
  const revoked = await revokeApiToken(db, { kind: "system" }, { token: v.token.trim() });
  if (!revoked) throw new Error("No active token matches: it is unknown or already revoked.");
  console.log("Token revoked.");
});
