import crypto from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { closeDb } from "@/db";
import { verifyCredentials } from "@/lib/server/auth/verify-credentials";
import { closeSql, sql } from "../support/db";
import { createTestUser } from "../support/factories";

afterAll(async () => {
  await closeSql();
  await closeDb();
});

describe("sign-in", () => {
  it("accepts the right password, refuses a wrong one and a disabled account", async () => {
    const user = await createTestUser(["citizen"]);
    const ip = `10.0.0.${crypto.randomInt(1, 250)}`;
    expect(await verifyCredentials(user.email, user.password, ip)).toMatchObject({ id: user.id, email: user.email });
    expect(await verifyCredentials(user.email, "wrong-password-1", ip)).toBeNull();
    const disabled = await createTestUser(["staff"], { disabled: true });
    expect(await verifyCredentials(disabled.email, disabled.password, ip)).toBeNull();
  });

  it("is rate-limited per account with counters in PostgreSQL, even for the right password", async () => {
    const user = await createTestUser(["citizen"]);
    const limit = Number(process.env.RATE_LIMIT_SIGNIN_PER_15_MINUTES);
    for (let i = 0; i < limit; i++) {
      expect(await verifyCredentials(user.email, "wrong-password-1", `10.1.${i}.1`)).toBeNull();
    }
    expect(await verifyCredentials(user.email, user.password, "10.2.0.1")).toBe("rate_limited");
    const [row] = await sql()<{ count: number }[]>`select sum(count)::int as count from rate_limit_counters where bucket = ${`signin:account:${user.email}`}`;
    expect(row?.count).toBe(limit + 1);
  });
});
