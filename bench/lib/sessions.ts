/** What a signed-in browser sends: its cookies and the anti-forgery header. */
export interface Session {
  username: string;
  headers: Record<string, string>;
}

function cookiesOf(res: Response, jar: Map<string, string>) {
  for (const c of res.headers.getSetCookie()) {
    const [pair] = c.split(";");
    const eq = pair.indexOf("=");
    jar.set(pair.slice(0, eq), pair.slice(eq + 1));
  }
}

/** Signs in through the API as a browser does: CSRF token and cookie first, then the login itself. */
export async function signIn(url: string, username: string, password: string): Promise<Session> {
  const jar = new Map<string, string>();
  const csrfRes = await fetch(`${url}/api/auth/csrf`);
  cookiesOf(csrfRes, jar);
  const { token } = (await csrfRes.json()) as { token: string };
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
  const res = await fetch(`${url}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-csrf-token": token, cookie: cookie() },
    body: JSON.stringify({ username, password }),
  });
  if (res.status !== 200) throw new Error(`sign-in of ${username} failed: ${res.status} ${await res.text()}`);
  cookiesOf(res, jar);
  return { username, headers: { cookie: cookie(), "x-csrf-token": token } };
}

/** Signs in many users a few at a time (each sign-in is a deliberately slow password hash). */
export async function signInAll(url: string, usernames: string[], password: string): Promise<Session[]> {
  const out: Session[] = [];
  for (let i = 0; i < usernames.length; i += 4) {
    out.push(...(await Promise.all(usernames.slice(i, i + 4).map((u) => signIn(url, u, password)))));
  }
  return out;
}
