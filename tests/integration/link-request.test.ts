import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeSql, sql } from "../support/db";
import { baseUrl, createTestToken, createTestUser } from "../support/factories";
import { naturalPersonBody } from "../support/request-bodies";
import { waitForMail } from "../support/test-mail";
import { fileOnline } from "../security/fixtures";
import { callServerAction, randomIp, serverActions, signInOverHttp, type ActionRef, type Session } from "../security/http";

// My requests → 添加纸质申请 (app/portal/actions.ts): a citizen adds a staff-registered request to their account
// with the tracking number and query code of its 受理回执.

const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date());
const plusDays = (d: string, n: number) => new Date(Date.parse(`${d}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
let token: string;
let link: ActionRef;

type Registered = { trackingNumber: string; queryCode: string; email: string };

/** A letter registered by staff through the API (no account attached), with the applicant's own address. */
async function registerLetter(): Promise<Registered> {
  const body = naturalPersonBody();
  const res = await fetch(`${baseUrl()}/api/v1/cases`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: JSON.stringify({ ...body, channel: "letter", receivedAt: today }),
  });
  expect(res.status).toBe(201);
  const created = (await res.json()) as { trackingNumber: string; queryCode: string };
  return { ...created, email: body.applicant.email };
}

async function citizen(): Promise<Session & { id: string }> {
  const user = await createTestUser(["citizen"]);
  return { ...(await signInOverHttp(baseUrl(), user.email, user.password)), id: user.id };
}

function callLink(who: Session, trackingNumber: string, queryCode: string) {
  // A fresh address per call: this file checks the outcomes; the shared budget is checked in security-limits.
  return callServerAction(baseUrl(), link, [{ trackingNumber, queryCode }], { jar: who.jar, path: "/portal", headers: { "x-forwarded-for": randomIp() } });
}

async function owner(trackingNumber: string) {
  const [row] = await sql()<{ citizen_user_id: string | null; applicant_user_id: string | null; version: number }[]>`
    select c.citizen_user_id, a.user_id as applicant_user_id, c.version
    from cases c join applicants a on a.id = c.applicant_id where c.tracking_number = ${trackingNumber}`;
  return row!;
}

async function linkEvents(trackingNumber: string) {
  return sql()<{ actor_user_id: string | null; after: { citizenUserId?: string } }[]>`
    select e.actor_user_id, e.after from audit_events e join cases c on c.id = e.case_id
    where c.tracking_number = ${trackingNumber} and e.action = 'case.linked_to_account' order by e.id`;
}

async function page(who: Session, path: string) {
  const res = await fetch(`${baseUrl()}${path}`, { headers: { cookie: who.jar.header() }, redirect: "manual" });
  return { status: res.status, text: await res.text() };
}

beforeAll(async () => {
  token = await createTestToken((await createTestUser(["staff"])).id);
  link = serverActions().find((a) => a.filename === "app/portal/actions.ts" && a.exportedName === "linkRequestAction")!;
  expect(link, "linkRequestAction is in the build").toBeDefined();
});

afterAll(() => closeSql());

describe("adding a paper request to My requests", () => {
  it("refuses a wrong query code or an unknown number the same way, and changes nothing", async () => {
    const letter = await registerLetter();
    const a = await citizen();
    const wrongCode = await callLink(a, letter.trackingNumber, "ABCDE-FGHJK");
    const unknownNumber = await callLink(a, `${letter.trackingNumber.slice(0, -6)}999999`, letter.queryCode);
    for (const r of [wrongCode, unknownNumber]) {
      expect(r.result).toMatchObject({ ok: false, code: "not_found" });
      expect(r.redirect).toBeNull();
    }
    expect(await owner(letter.trackingNumber)).toMatchObject({ citizen_user_id: null, applicant_user_id: null, version: 1 });
    expect(await linkEvents(letter.trackingNumber)).toEqual([]);
    expect((await page(a, "/portal")).text).not.toContain(letter.trackingNumber);
    expect((await page(a, `/portal/requests/${letter.trackingNumber}`)).status).toBe(404);
  });

  it("refuses a malformed form with field messages", async () => {
    const a = await citizen();
    const r = await callServerAction(baseUrl(), link, [{ trackingNumber: "", queryCode: "x".repeat(65) }], { jar: a.jar, path: "/portal", headers: { "x-forwarded-for": randomIp() } });
    expect(r.result).toMatchObject({ ok: false, code: "validation" });
    expect(Object.keys(r.result!.fieldErrors ?? {}).sort()).toEqual(["queryCode", "trackingNumber"]);
  });

  it("adds the case with the right code (codes typed in lower case and with spaces count), audited once, the applicant told", async () => {
    const letter = await registerLetter();
    const a = await citizen();
    const r = await callLink(a, ` ${letter.trackingNumber.toLowerCase()} `, ` ${letter.queryCode} `);
    expect(r.redirect).toMatch(new RegExp(`^/portal/requests/${letter.trackingNumber}(;|$)`));

    // The workflow's version is untouched: a staff form open on the case stays valid.
    expect(await owner(letter.trackingNumber)).toEqual({ citizen_user_id: a.id, applicant_user_id: a.id, version: 1 });
    const events = await linkEvents(letter.trackingNumber);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actor_user_id: a.id, after: { citizenUserId: a.id } });

    const list = await page(a, "/portal");
    expect(list.text).toContain(letter.trackingNumber);
    const detail = await page(a, `/portal/requests/${letter.trackingNumber}`);
    expect(detail.status).toBe(200);
    expect(detail.text).toContain("已添加到我的申请");

    const mail = await waitForMail(letter.email, { subject: new RegExp(`已添加到账户（受理编号 ${letter.trackingNumber}）`) });
    expect(mail.text).toContain(a.email);

    // Adding it again is harmless: the same answer, no second event.
    const again = await callLink(a, letter.trackingNumber, letter.queryCode);
    expect(again.redirect).toMatch(new RegExp(`^/portal/requests/${letter.trackingNumber}(;|$)`));
    expect(await linkEvents(letter.trackingNumber)).toHaveLength(1);
  });

  it("refuses someone else's already added case even with the right code (409), and leaves it with its owner", async () => {
    const letter = await registerLetter();
    const a = await citizen();
    const b = await citizen();
    expect((await callLink(a, letter.trackingNumber, letter.queryCode)).redirect).not.toBeNull();

    const r = await callLink(b, letter.trackingNumber, letter.queryCode);
    expect(r.result).toMatchObject({ ok: false, code: "conflict", fieldErrors: { trackingNumber: "该申请已添加到另一个账户，不能再添加。如有疑问，请联系本机关政务公开办公室。" } });
    expect(r.redirect).toBeNull();
    expect(await owner(letter.trackingNumber)).toMatchObject({ citizen_user_id: a.id, applicant_user_id: a.id });
    expect(await linkEvents(letter.trackingNumber)).toHaveLength(1);
    expect((await page(b, "/portal")).text).not.toContain(letter.trackingNumber);
    expect((await page(b, `/portal/requests/${letter.trackingNumber}`)).status).toBe(404);
  });

  it("refuses a request filed online from another account (409)", async () => {
    const a = await citizen();
    const b = await citizen();
    const { trackingNumber, queryCode } = await fileOnline(baseUrl(), { jar: a.jar });
    expect((await owner(trackingNumber)).citizen_user_id).toBe(a.id);

    expect((await callLink(b, trackingNumber, queryCode)).result).toMatchObject({ ok: false, code: "conflict" });
    expect((await owner(trackingNumber)).citizen_user_id).toBe(a.id);
  });

  it("lets the citizen answer the 补正 notice of the added case from My requests (without choosing a file)", async () => {
    const letter = await registerLetter();
    const a = await citizen();
    const action = await fetch(`${baseUrl()}/api/v1/cases/${letter.trackingNumber}/actions`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify({ action: "request_clarification", expectedVersion: 1, message: "请说明所需信息的年份。", deadline: plusDays(today, 10) }),
    });
    expect(action.status).toBe(200);

    // Written out by hand, as Chromium sends the form when its file input has nothing chosen: a part with
    // filename="" and no bytes (Node's FormData would leave that part's filename out).
    const boundary = "----gongkai-clarification";
    const part = (headers: string, value: string) => `--${boundary}\r\n${headers}\r\n\r\n${value}\r\n`;
    const body =
      part('Content-Disposition: form-data; name="text"', "所需信息为2025年度的数据。") +
      part('Content-Disposition: form-data; name="expectedVersion"', "2") +
      part('Content-Disposition: form-data; name="files"; filename=""\r\nContent-Type: application/octet-stream', "") +
      `--${boundary}--\r\n`;
    const answer = () =>
      fetch(`${baseUrl()}/api/web/requests/${letter.trackingNumber}/clarification`, {
        method: "POST",
        headers: { cookie: a.jar.header(), origin: baseUrl(), "content-type": `multipart/form-data; boundary=${boundary}` },
        body,
      });
    expect((await answer()).status).toBe(404); // not theirs yet
    expect((await callLink(a, letter.trackingNumber, letter.queryCode)).redirect).not.toBeNull();
    const res = await answer();
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: "received", version: 3 });
  });
});
