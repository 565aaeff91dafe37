import autocannon from "autocannon";
import postgres from "postgres";
import { createStaffAccount, startAppServer } from "./lib/app-server";
const db = "gongkai_bench";
async function main() {
  const token = createStaffAccount(db, "bench-staff@bench.gongkai.cn", "bench-staff-password");
  const server = await startAppServer(db);
  const sql = postgres(`postgres://postgres@127.0.0.1:5432/${db}`, { max: 1 });
  const body = JSON.stringify({ applicant: { type: "natural_person", name: "王小明", idType: "resident_id", idNumber: "44010619850312123X".slice(0, 17) + "X", phone: "13800138000", email: "a@bench.gongkai.cn", address: "广州市", postalCode: "510000" }, information: { description: "请提供2025年度本市道路交通事故的分区统计数据。" }, form: "email", delivery: "email" });
  try {
    // a valid ID: compute check
    const { residentIdCheckChar } = await import("../lib/domain/identity");
    const id17 = "44010619850312123";
    const b = body.replace(/"idNumber":"[^"]+"/, `"idNumber":"${id17}${residentIdCheckChar(id17)}"`);
    const one = await fetch(`${server.baseUrl}/api/v1/requests`, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${token}` }, body: b });
    console.log("single", one.status, (await one.text()).slice(0, 120));
    for (const c of (process.argv[2] ?? "1,5,20,50").split(",").map(Number)) {
      let maxLock = 0, samples = 0, lockSum = 0;
      const timer = setInterval(async () => {
        const [r] = await sql<{ n: number }[]>`select count(*)::int n from pg_stat_activity where wait_event_type = 'Lock' and datname = ${db}`;
        samples++; lockSum += r!.n; maxLock = Math.max(maxLock, r!.n);
      }, 200);
      const r = await autocannon({ url: `${server.baseUrl}/api/v1/requests`, connections: c, duration: 8, method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${token}` }, body: b });
      clearInterval(timer);
      console.log(`c=${c}: ${r.requests.average.toFixed(0)} req/s p50 ${r.latency.p50} p99 ${r.latency.p99} 2xx ${r["2xx"]} non2xx ${r.non2xx}; backends waiting on locks avg ${(lockSum / Math.max(1, samples)).toFixed(1)} max ${maxLock}`);
    }
  } finally {
    await sql.end();
    await server.stop();
  }
}
main();
