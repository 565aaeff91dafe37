/** Signs in through Auth.js's credentials endpoint as the browser's form does; returns the session cookie. */
export async function signIn(baseUrl: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = csrf.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  const res = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${baseUrl}/staff` }),
    redirect: "manual",
  });
  const session = res.headers.getSetCookie().find((c) => /^(__Secure-)?authjs\.session-token=/.test(c));
  if (!session) throw new Error(`sign-in as ${email} failed (HTTP ${res.status})`);
  return session.split(";")[0]!;
}

/** GET with the cookie, the whole body read; throws unless 200 and the body contains `expect`. */
export async function getPage(url: string, cookie: string, expect: string): Promise<string> {
  const res = await fetch(url, { headers: { cookie }, redirect: "manual" });
  const body = await res.text();
  if (res.status !== 200 || !body.includes(expect)) throw new Error(`GET ${url}: HTTP ${res.status}, ${body.includes(expect) ? "" : `no ${expect} in the page`}`);
  return body;
}
