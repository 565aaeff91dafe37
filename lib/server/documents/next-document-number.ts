import "server-only";
import { sql } from "drizzle-orm";
import { rowsOf, type DbOrTx } from "@/db";
import { formatDocumentNumber } from "@/lib/domain/documents";

/**
 * The next number of the year, 〔2026〕第12号. The counter row stays locked until the issuing transaction
 * ends, and a rollback gives the number back: numbers are gap-free and never repeat.
 */
export async function nextDocumentNumber(tx: DbOrTx, year: number): Promise<{ year: number; seq: number; documentNumber: string }> {
  const row = rowsOf<{ last_seq: number }>(
    await tx.execute(sql`
      insert into document_counters (year, last_seq) values (${year}, 1)
      on conflict (year) do update set last_seq = document_counters.last_seq + 1
      returning last_seq`),
  )[0];
  const seq = Number(row!.last_seq);
  return { year, seq, documentNumber: formatDocumentNumber(year, seq) };
}
