import { sql } from "drizzle-orm";
import { NextResponse } from "next/server";
import { getDb, rowsOf } from "@/db";

/**
 * The submission baseline: a route handler that parses the JSON body and does one INSERT, on the same server,
 * build, process and connection pool (getDb(): postgres.js, DATABASE_POOL_SIZE) as POST /api/v1/requests.
 * It is never part of the product: bench/lib/app-server.ts copies it into the benchmark's own build of the
 * working tree as app/api/bench-baseline/route.ts; the product's app/ does not contain it.
 */
export async function POST(req: Request): Promise<Response> {
  let body: unknown;
  try {
    body = await req.json();
  } catch {
    return NextResponse.json({ error: { code: "validation" } }, { status: 400 });
  }
  const db = await getDb();
  const [row] = rowsOf<{ id: number }>(await db.execute(sql`insert into bench_baseline_requests (body) values (${JSON.stringify(body)}::jsonb) returning id`));
  return NextResponse.json({ id: row?.id }, { status: 201 });
}
