import crypto from "node:crypto";
import net from "node:net";
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
 * A POST on a raw connection of its own, that reads the server's answer as soon as it comes — even while the body is
 * still being sent, as curl or a browser does — and then stops sending. For bodies a server refuses part-way (413):
 * fetch and node:http may report only the reset, and a pooled connection left half-read would break the next request.
 * `status` is 0 when the connection was cut before any answer arrived.
 */
export function postOnOwnConnection(
  url: string,
  headers: Record<string, string>,
  body: { chunks: () => Iterable<Buffer | string> },
): Promise<{ status: number; text: string; sentBytes: number }> {
  const u = new URL(url);
  return new Promise((resolve) => {
    const socket = net.connect(Number(u.port || 80), u.hostname);
    let sent = 0;
    let received = Buffer.alloc(0);
    let done = false;
    const finish = (status: number, text: string) => {
      if (done) return;
      done = true;
      socket.destroy();
      resolve({ status, text, sentBytes: sent });
    };
    /** A complete answer (Content-Length or chunked) in `received`, or null. */
    const parsed = (): { status: number; text: string } | null => {
      const end = received.indexOf("\r\n\r\n");
      if (end < 0) return null;
      const head = received.subarray(0, end).toString("latin1");
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1] ?? 0);
      const rest = received.subarray(end + 4);
      const length = /\r\ncontent-length: *(\d+)/i.exec(head);
      if (length) return rest.length >= Number(length[1]) ? { status, text: rest.subarray(0, Number(length[1])).toString("utf8") } : null;
      if (/\r\ntransfer-encoding: *chunked/i.test(head)) {
        let text = "";
        for (let at = 0; ; ) {
          const eol = rest.indexOf("\r\n", at);
          if (eol < 0) return null;
          const size = parseInt(rest.subarray(at, eol).toString("latin1"), 16);
          if (size === 0) return { status, text };
          if (rest.length < eol + 2 + size) return null;
          text += rest.subarray(eol + 2, eol + 2 + size).toString("utf8");
          at = eol + 2 + size + 2;
        }
      }
      return null;
    };
    socket.on("data", (d: Buffer) => {
      received = Buffer.concat([received, d]);
      const answer = parsed();
      if (answer) finish(answer.status, answer.text);
    });
    // A write may fail (EPIPE, ECONNRESET) once the server has answered and closed; the answer may still be in
    // the read buffer, so decide only when the socket has closed ('close' always follows 'error').
    socket.on("error", () => undefined);
    socket.on("close", () => finish(parsed()?.status ?? 0, parsed()?.text ?? "connection cut"));
    socket.on("connect", () => {
      const lines = [`POST ${u.pathname}${u.search} HTTP/1.1`, `Host: ${u.host}`, ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`)];
      socket.write(`${lines.join("\r\n")}\r\n\r\n`);
      const chunked = /chunked/i.test(headers["transfer-encoding"] ?? "");
      const it = body.chunks()[Symbol.iterator]();
      const pump = () => {
        while (!done) {
          const next = it.next();
          if (next.done) return void (chunked && socket.write("0\r\n\r\n"));
          const data = Buffer.from(next.value);
          sent += data.length;
          const ok = socket.write(chunked ? Buffer.concat([Buffer.from(`${data.length.toString(16)}\r\n`), data, Buffer.from("\r\n")]) : data);
          if (!ok) return void socket.once("drain", pump);
        }
      };
      pump();
    });
  });
}
