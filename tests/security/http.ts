import crypto from "node:crypto";
import http from "node:http";
import fs from "node:fs";
import path from "node:path";

/** A random private address for X-Forwarded-For, so per-address rate limits of one test never touch another's. */
export function randomIp(): string {
  return `10.${crypto.randomInt(1, 255)}.${crypto.randomInt(0, 255)}.${crypto.randomInt(1, 255)}`;
}

/** The few cookies a session needs, kept between requests like a browser would. */
export class CookieJar {
  private readonly cookies = new Map<string, string>();

  store(res: Response): this {
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const eq = pair!.indexOf("=");
      const name = pair!.slice(0, eq).trim();
      const value = pair!.slice(eq + 1).trim();
      const expired = /max-age=0\b/i.test(line) || /expires=Thu, 01 Jan 1970/i.test(line);
      if (expired || value === "") this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return this;
  }

  has(name: string): boolean {
    return this.cookies.has(name);
  }

  get(name: string): string | undefined {
    return this.cookies.get(name);
  }

  set(name: string, value: string): this {
    this.cookies.set(name, value);
    return this;
  }

  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }
}

export type Session = { email: string; jar: CookieJar; ip: string };

/**
 * Signs in over HTTP exactly as the browser does through Auth.js: GET /api/auth/csrf (token + cookie), then the
 * form-encoded POST to the credentials callback. Throws unless a session cookie comes back.
 */
export async function signInOverHttp(
  base: string,
  email: string,
  password: string,
  opts: { ip?: string; headers?: Record<string, string> } = {},
): Promise<Session> {
  const ip = opts.ip ?? randomIp();
  const jar = new CookieJar();
  const headers = { "x-forwarded-for": ip, ...opts.headers };
  const csrf = await fetch(`${base}/api/auth/csrf`, { headers });
  jar.store(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { ...headers, "content-type": "application/x-www-form-urlencoded", cookie: jar.header() },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${base}/home` }),
  });
  jar.store(res);
  if (!jar.has("authjs.session-token") && !jar.has("__Secure-authjs.session-token")) {
    throw new Error(`Sign-in of ${email} failed: ${res.status} ${res.headers.get("location") ?? ""}`);
  }
  return { email, jar, ip };
}

export type ActionRef = { id: string; filename: string; exportedName: string; pages: string[] };

/** Every server action of the build (id, file, export, pages using it), from Next's server-reference manifest. */
export function serverActions(root = process.cwd()): ActionRef[] {
  const file = path.join(root, ".next/server/server-reference-manifest.json");
  const manifest = JSON.parse(fs.readFileSync(file, "utf8")) as {
    node: Record<string, { workers: Record<string, unknown>; filename?: string; exportedName?: string }>;
  };
  return Object.entries(manifest.node)
    .filter(([, v]) => v.filename && v.exportedName)
    .map(([id, v]) => ({ id, filename: v.filename!, exportedName: v.exportedName!, pages: Object.keys(v.workers) }));
}

/** The URL path of an app-router page entry ("app/(auth)/register/page" → "/register"). */
export function pagePathOf(entry: string, params: Record<string, string> = {}): string {
  const segments = entry
    .replace(/^app\//, "")
    .replace(/\/?page$/, "")
    .split("/")
    .filter((s) => s && !/^\(.*\)$/.test(s))
    .map((s) => {
      const m = /^\[(?:\.\.\.)?(.+)\]$/.exec(s);
      return m ? encodeURIComponent(params[m[1]!] ?? "x") : s;
    });
  return `/${segments.join("/")}`;
}

/** `redirect`: where the action sent the browser (x-action-redirect), e.g. after a successful lookup. */
export type ActionCall = { status: number; location: string | null; redirect: string | null; body: string; result: ActionResultLike | null };
export type ActionResultLike = { ok: boolean; code?: string; data?: unknown; fieldErrors?: Record<string, string> };

/**
 * Calls a server action over HTTP as React does (POST to a page with the Next-Action header and the arguments as
 * the reply body), and reads the action's return value out of the RSC answer.
 */
export async function callServerAction(
  base: string,
  action: ActionRef,
  args: unknown[],
  opts: { jar?: CookieJar; path?: string; headers?: Record<string, string> } = {},
): Promise<ActionCall> {
  const res = await fetch(`${base}${opts.path ?? "/"}`, {
    method: "POST",
    redirect: "manual",
    headers: {
      "next-action": action.id,
      "content-type": "text/plain;charset=UTF-8",
      accept: "text/x-component",
      ...(opts.jar ? { cookie: opts.jar.header() } : {}),
      ...opts.headers,
    },
    body: JSON.stringify(escapeReply(args)),
  });
  opts.jar?.store(res);
  const body = await res.text();
  return { status: res.status, location: res.headers.get("location"), redirect: res.headers.get("x-action-redirect"), body, result: actionResultOf(body) };
}

/** The first `{"ok":…}` object of an RSC action answer (row 1 in Next's format), or null. */
export function actionResultOf(body: string): ActionResultLike | null {
  for (const line of body.split("\n")) {
    // `s`: a field name echoed back may hold U+2028/U+2029 (JSON leaves them raw), which `.` would not match.
    const m = /^[0-9a-f]+:(\{.*\})$/s.exec(line);
    if (!m) continue;
    try {
      const value = JSON.parse(m[1]!) as Record<string, unknown>;
      if (typeof value.ok === "boolean") return value as ActionResultLike;
    } catch {
      /* another row */
    }
  }
  return null;
}

/** React's reply encoding: a string that starts with "$" is escaped as "$$…" (otherwise it is a reference). */
export function escapeReply(value: unknown): unknown {
  if (typeof value === "string") return value.startsWith("$") ? `$${value}` : value;
  if (Array.isArray(value)) return value.map(escapeReply);
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, escapeReply(v)]));
  return value;
}

/**
 * A POST on a connection of its own (node:http, no keep-alive pool), answered as soon as the server answers — even
 * while the body is still being sent. For bodies a server refuses part-way (413): fetch would only report the reset,
 * and a pooled connection left half-read would break the next request.
 */
export function postOnOwnConnection(
  url: string,
  headers: Record<string, string>,
  body: { chunks: () => Iterable<Buffer | string>; end?: boolean },
): Promise<{ status: number; text: string; sentBytes: number }> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: "POST", headers, agent: false });
    let sent = 0;
    let answered = false;
    req.on("response", (res) => {
      answered = true;
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (d: string) => (text += d));
      res.on("end", () => {
        req.destroy();
        resolve({ status: res.statusCode ?? 0, text, sentBytes: sent });
      });
    });
    req.on("error", (e) => (answered ? undefined : reject(e)));
    const it = body.chunks()[Symbol.iterator]();
    const pump = () => {
      for (;;) {
        if (answered) return;
        const next = it.next();
        if (next.done) return void (body.end === false ? undefined : req.end());
        sent += Buffer.byteLength(next.value);
        if (!req.write(next.value)) return void req.once("drain", pump);
      }
    };
    pump();
  });
}
