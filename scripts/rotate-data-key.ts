import { sql } from "drizzle-orm";
import { getDb, rowsOf, type Db } from "../db/index";
import { dataKeys } from "../lib/server/crypto/keys";
import { blindIndex, ciphertextKeyId, decryptText, encryptText } from "../lib/server/crypto/personal-data";
import { runCli } from "./cli";

/**
 * Re-encrypts every encrypted column under the current DATA_ENCRYPTION_KEY and recomputes the blind indexes from
 * the decrypted values: applicants.id_number_enc / id_number_index, applicants.credit_code_enc / credit_code_index,
 * idempotency_keys.response_enc. Rows written under DATA_ENCRYPTION_KEY_PREVIOUS are read with it. Idempotent and
 * resumable (only rows not yet under the current key are touched, in small transactions), safe while the app runs
 * with the new key and the previous one. Query codes are stored as HMACs of codes we never keep: they cannot be
 * re-keyed, and stay verifiable through DATA_ENCRYPTION_KEY_PREVIOUS (README, "Rotating DATA_ENCRYPTION_KEY").
 */

const usage = "DATA_ENCRYPTION_KEY=<new> DATA_ENCRYPTION_KEY_PREVIOUS=<old> npm run db:rotate-key [-- --dry-run]";
const BATCH = 200;

type ApplicantRow = { id: string; id_number_enc: string | null; credit_code_enc: string | null };
type IdempotencyRow = { scope: string; key: string; response_enc: string };

runCli(usage, { "dry-run": { type: "boolean" } }, async (v) => {
  const { current, previous } = dataKeys();
  const readable = new Set([current.id, previous?.id].filter(Boolean));
  const db = await getDb();

  // Refuse before changing anything when some row was written under a key we do not hold.
  const stranded = rowsOf<{ key_id: string; n: number }>(
    await db.execute(sql`
      select key_id, count(*)::int as n from (
        select split_part(id_number_enc, '.', 1) as key_id from applicants where id_number_enc is not null
        union all select split_part(credit_code_enc, '.', 1) from applicants where credit_code_enc is not null
        union all select split_part(response_enc, '.', 1) from idempotency_keys
      ) k group by key_id`),
  ).filter((r) => !readable.has(r.key_id));
  if (stranded.length) {
    throw new Error(
      `Cannot rotate: ${stranded.map((r) => `${r.n} value(s) under key ${r.key_id}`).join(", ")} — neither DATA_ENCRYPTION_KEY ` +
        `(${current.id}) nor DATA_ENCRYPTION_KEY_PREVIOUS (${previous?.id ?? "unset"}). Set the key that wrote them as DATA_ENCRYPTION_KEY_PREVIOUS.`,
    );
  }

  const pending = rowsOf<{ applicants: number; idempotency: number }>(
    await db.execute(sql`
      select
        (select count(*)::int from applicants where split_part(coalesce(id_number_enc, ''), '.', 1) not in ('', ${current.id})
                                                  or split_part(coalesce(credit_code_enc, ''), '.', 1) not in ('', ${current.id})) as applicants,
        (select count(*)::int from idempotency_keys where split_part(response_enc, '.', 1) <> ${current.id}) as idempotency`),
  )[0]!;
  console.log(`Current key ${current.id}${previous ? `, previous key ${previous.id}` : ""}.`);
  console.log(`To re-encrypt: ${pending.applicants} applicant(s), ${pending.idempotency} stored idempotent answer(s).`);
  if (v["dry-run"]) return;

  const applicants = await rotateApplicants(db, current.id);
  const answers = await rotateIdempotency(db, current.id);
  const [open] = rowsOf<{ n: number }>(await db.execute(sql`select count(*)::int as n from cases where status in ('received', 'awaiting_clarification', 'awaiting_fee')`));
  console.log(`Re-encrypted ${applicants} applicant(s) (blind indexes recomputed) and ${answers} stored idempotent answer(s).`);
  console.log(
    `Query codes cannot be re-keyed (only their HMAC is stored): keep DATA_ENCRYPTION_KEY_PREVIOUS set while applicants may ` +
      `still look up requests filed before the rotation (${open?.n ?? 0} case(s) are open now), or re-issue their codes.`,
  );
});

/** Applicants in keyset order; each batch in its own transaction, rows locked while they are rewritten. */
async function rotateApplicants(db: Db, currentId: string): Promise<number> {
  let after = "00000000-0000-0000-0000-000000000000";
  let done = 0;
  for (;;) {
    const batch = await db.transaction(async (tx) => {
      const rows = rowsOf<ApplicantRow>(
        await tx.execute(sql`
          select id, id_number_enc, credit_code_enc from applicants
          where id > ${after}::uuid
            and (split_part(coalesce(id_number_enc, ''), '.', 1) not in ('', ${currentId})
              or split_part(coalesce(credit_code_enc, ''), '.', 1) not in ('', ${currentId}))
          order by id limit ${BATCH} for update`),
      );
      for (const r of rows) {
        const idNumber = r.id_number_enc ? decryptText(r.id_number_enc) : null;
        const creditCode = r.credit_code_enc ? decryptText(r.credit_code_enc) : null;
        // The stored plaintext is already normalised (create-request.ts), exactly what the index was computed from.
        await tx.execute(sql`
          update applicants set
            id_number_enc = ${idNumber === null ? null : encryptText(idNumber)},
            id_number_index = ${idNumber === null ? null : blindIndex(idNumber)},
            credit_code_enc = ${creditCode === null ? null : encryptText(creditCode)},
            credit_code_index = ${creditCode === null ? null : blindIndex(creditCode)}
          where id = ${r.id}::uuid`);
      }
      return rows;
    });
    if (batch.length === 0) return done;
    done += batch.length;
    after = batch[batch.length - 1]!.id;
  }
}

async function rotateIdempotency(db: Db, currentId: string): Promise<number> {
  let done = 0;
  for (;;) {
    const n = await db.transaction(async (tx) => {
      const rows = rowsOf<IdempotencyRow>(
        await tx.execute(sql`
          select scope, key, response_enc from idempotency_keys
          where split_part(response_enc, '.', 1) <> ${currentId}
          order by scope, key limit ${BATCH} for update skip locked`),
      );
      for (const r of rows) {
        if (ciphertextKeyId(r.response_enc) === currentId) continue;
        await tx.execute(sql`update idempotency_keys set response_enc = ${encryptText(decryptText(r.response_enc))} where scope = ${r.scope} and key = ${r.key}`);
      }
      return rows.length;
    });
    if (n === 0) return done;
    done += n;
  }
}
