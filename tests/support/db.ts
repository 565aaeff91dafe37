import postgres from "postgres";

let client: postgres.Sql | undefined;

/** Plain SQL on the test database, to set up data and check what the app wrote. */
export function sql(): postgres.Sql {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: run the suite through `npm test`.");
  client ??= postgres(url, { max: 4, onnotice: () => {} });
  return client;
}

export async function closeSql(): Promise<void> {
  await client?.end({ timeout: 5 });
  client = undefined;
}

/** Row counts of every table, to prove a rejected request changed nothing. */
export async function tableCounts(exclude: string[] = ["rate_limit_counters"]): Promise<Record<string, number>> {
  const tables = await sql()<{ tablename: string }[]>`select tablename from pg_tables where schemaname = 'public' order by tablename`;
  const out: Record<string, number> = {};
  for (const { tablename } of tables) {
    if (exclude.includes(tablename) || tablename.startsWith("__drizzle")) continue;
    const [row] = await sql().unsafe<{ n: number }[]>(`select count(*)::int as n from "${tablename}"`);
    out[tablename] = Number(row?.n ?? 0);
  }
  return out;
}
