import crypto from "node:crypto";
import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { schema, type Db } from "@/db";
import { listCases } from "@/lib/server/cases/list-cases";
import { dataKeys } from "@/lib/server/crypto/keys";
import { ciphertextKeyId, decryptText } from "@/lib/server/crypto/personal-data";
import { createRequest, type CreatedCase } from "@/lib/server/requests/create-request";
import { findReplay, requestHash, storeResponse } from "@/lib/server/requests/idempotency";
import { lookupRequest } from "@/lib/server/requests/lookup-request";
import { requestSchema, staffCaseSchema } from "@/lib/validation/request";
import { naturalPersonBody, organizationBody } from "../support/request-bodies";
import { createScratchDatabase, npmRun, onPostgres } from "../security/scratch-db";
import { todayShanghai } from "../security/fixtures";

/**
 * Rotating DATA_ENCRYPTION_KEY end to end, on a database of its own (the shared one stays under the running
 * server's key): data written under key A; `npm run db:rotate-key` with B current and A previous re-encrypts every
 * encrypted column and recomputes the blind indexes; then A is removed and everything still decrypts and is found.
 * Query codes (HMACs of codes we never store) keep working only while A is the previous key — documented in README.
 */

const KEY_A = crypto.randomBytes(32).toString("base64");
const KEY_B = crypto.randomBytes(32).toString("base64");
const today = todayShanghai();
const saved = { current: process.env.DATA_ENCRYPTION_KEY, previous: process.env.DATA_ENCRYPTION_KEY_PREVIOUS };

let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
let client: postgres.Sql;
let db: Db;

const person = naturalPersonBody();
const org = organizationBody();
const letter = naturalPersonBody();
const idemKey = `rot-${crypto.randomBytes(4).toString("hex")}`;
const created: Record<"person" | "org" | "letter", CreatedCase> = {} as never;
let idemBody: string;

/** The keys this process encrypts and decrypts with (dataKeys() re-reads the environment when it changes). */
function useKeys(current: string, previous?: string) {
  process.env.DATA_ENCRYPTION_KEY = current;
  if (previous) process.env.DATA_ENCRYPTION_KEY_PREVIOUS = previous;
  else delete process.env.DATA_ENCRYPTION_KEY_PREVIOUS;
  return dataKeys();
}

async function ciphertexts(): Promise<string[]> {
  const rows = await client<{ v: string }[]>`
    select id_number_enc as v from applicants where id_number_enc is not null
    union all select credit_code_enc from applicants where credit_code_enc is not null
    union all select response_enc from idempotency_keys`;
  return rows.map((r) => r.v);
}

const rotate = (current: string, previous?: string, args: string[] = []) =>
  npmRun("db:rotate-key", args, { DATABASE_URL: scratch.url, DATA_ENCRYPTION_KEY: current, DATA_ENCRYPTION_KEY_PREVIOUS: previous });

async function searchFinds(q: string, trackingNumber: string): Promise<boolean> {
  const { items } = await listCases(db, { q, limit: 50 }, today);
  return items.some((i) => i.trackingNumber === trackingNumber);
}

describe.skipIf(!onPostgres)("rotating DATA_ENCRYPTION_KEY", () => {
  beforeAll(async () => {
    scratch = await createScratchDatabase("rotation");
    const migrated = await npmRun("db:migrate", [], { DATABASE_URL: scratch.url });
    expect(migrated.code, migrated.stderr).toBe(0);
    client = postgres(scratch.url, { max: 2, onnotice: () => {} });
    db = drizzle(client, { schema }) as unknown as Db;

    // Written under key A, exactly as the app writes them.
    useKeys(KEY_A);
    const base = { receivedAt: today, today, files: [], locale: "zh-CN" as const };
    const personInput = requestSchema.parse(person);
    idemBody = JSON.stringify(person);
    created.person = await createRequest(db, { ...base, request: personInput, channel: "online", actor: { kind: "anonymous" }, submittedByApplicant: true }, (tx, c) =>
      storeResponse(tx, "ip:10.9.9.9", idemKey, requestHash(Buffer.from(idemBody)), { status: 201, body: { trackingNumber: c.trackingNumber, queryCode: c.queryCode } }, c.caseId),
    );
    created.org = await createRequest(db, { ...base, request: requestSchema.parse(org), channel: "online", actor: { kind: "anonymous" }, submittedByApplicant: true });
    const { channel, receivedAt, ...letterInput } = staffCaseSchema.parse({ ...letter, channel: "letter", receivedAt: today });
    created.letter = await createRequest(db, { ...base, request: letterInput, channel, receivedAt, actor: { kind: "system" } });
  }, 120_000);

  afterAll(async () => {
    process.env.DATA_ENCRYPTION_KEY = saved.current;
    if (saved.previous) process.env.DATA_ENCRYPTION_KEY_PREVIOUS = saved.previous;
    else delete process.env.DATA_ENCRYPTION_KEY_PREVIOUS;
    await client?.end({ timeout: 5 });
    await scratch?.drop();
  });

  it("starts with every ciphertext under key A", async () => {
    const a = useKeys(KEY_A).current.id;
    const all = await ciphertexts();
    expect(all).toHaveLength(4); // two ID numbers, a credit code, an idempotent answer
    expect(new Set(all.map(ciphertextKeyId))).toEqual(new Set([a]));
    expect(await searchFinds(person.applicant.idNumber, created.person.trackingNumber)).toBe(true);
  });

  it("refuses to run without the key that wrote the data, changing nothing", async () => {
    const before = await ciphertexts();
    const r = await rotate(KEY_B);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/Cannot rotate: 4 value\(s\) under key [0-9a-f]{8}/);
    expect(await ciphertexts()).toEqual(before);
  });

  it("re-encrypts everything under B (A as previous), recomputes the blind indexes, and is idempotent", async () => {
    const dry = await rotate(KEY_B, KEY_A, ["--dry-run"]);
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stdout).toContain("To re-encrypt: 3 applicant(s), 1 stored idempotent answer(s).");

    const r = await rotate(KEY_B, KEY_A);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain("Re-encrypted 3 applicant(s) (blind indexes recomputed) and 1 stored idempotent answer(s).");
    const b = useKeys(KEY_B, KEY_A).current.id;
    expect(new Set((await ciphertexts()).map(ciphertextKeyId))).toEqual(new Set([b]));

    const again = await rotate(KEY_B, KEY_A);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toContain("Re-encrypted 0 applicant(s)");
  }, 60_000);

  it("with B and A: everything decrypts, searches find the cases, old query codes still open their requests", async () => {
    useKeys(KEY_B, KEY_A);
    const rows = await client<{ id_number_enc: string | null; credit_code_enc: string | null }[]>`select id_number_enc, credit_code_enc from applicants`;
    const plain = rows.flatMap((r) => [r.id_number_enc, r.credit_code_enc]).filter((v): v is string => v !== null).map(decryptText);
    expect(plain.sort()).toEqual([person.applicant.idNumber, org.applicant.creditCode, letter.applicant.idNumber].sort());
    expect(await searchFinds(person.applicant.idNumber, created.person.trackingNumber)).toBe(true);
    expect(await searchFinds(org.applicant.creditCode, created.org.trackingNumber)).toBe(true);
    expect(await searchFinds(letter.applicant.idNumber, created.letter.trackingNumber)).toBe(true);
    expect(await lookupRequest(db, created.person.trackingNumber, created.person.queryCode)).not.toBeNull();
  });

  it("with B alone: everything still decrypts and is found; the stored idempotent answer replays", async () => {
    useKeys(KEY_B);
    const rows = await client<{ id_number_enc: string | null }[]>`select id_number_enc from applicants where id_number_enc is not null`;
    expect(rows.map((r) => decryptText(r.id_number_enc!)).sort()).toEqual([person.applicant.idNumber, letter.applicant.idNumber].sort());
    expect(await searchFinds(person.applicant.idNumber, created.person.trackingNumber)).toBe(true);
    expect(await searchFinds(org.applicant.creditCode, created.org.trackingNumber)).toBe(true);
    const replay = await findReplay(db, "ip:10.9.9.9", idemKey, requestHash(Buffer.from(idemBody)));
    expect(replay).toEqual({ status: 201, body: { trackingNumber: created.person.trackingNumber, queryCode: created.person.queryCode } });
    // The documented limit: a query code hashed under A needs A as the previous key (or a re-issued code).
    expect(await lookupRequest(db, created.person.trackingNumber, created.person.queryCode)).toBeNull();
    useKeys(KEY_B, KEY_A);
    expect(await lookupRequest(db, created.person.trackingNumber, created.person.queryCode)).not.toBeNull();
  });
});
