import { isLocalPath } from "@claimdesk/api/origins";

// Where signing in starts and where it returns to. Shared by the proxy, server components and the sign-in
// action; imports only the origin rules (which import nothing), so the proxy stays small.

export const SIGN_IN_PATH = "/sign-in";
/** Where people land after signing in when no page asked for them. */
export const HOME_PATH = "/events";
/** Set by the proxy on each page request: the path and query asked for, so a late redirect to sign-in can come back. */
export const REQUEST_PATH_HEADER = "x-claimdesk-path";

/** The `next` address if it is a path on this site ("/claims?stage=NEW"), by the one rule for redirects; otherwise null. */
export function localPath(next: string | null | undefined): string | null {
  return next && isLocalPath(next) ? next : null;
}

/** Where to go after signing in. */
export const afterSignIn = (next: string | null | undefined): string => localPath(next) ?? HOME_PATH;

/** "/sign-in?next=%2Fclaims%3Fstage%3DNEW": sign in, then back to the page. */
export function signInHref(next?: string | null, extra: Record<string, string> = {}): string {
  const query = new URLSearchParams(extra);
  const back = localPath(next);
  if (back && back !== "/" && !back.startsWith(SIGN_IN_PATH)) query.set("next", back);
  const text = query.toString();
  return text ? `${SIGN_IN_PATH}?${text}` : SIGN_IN_PATH;
}
