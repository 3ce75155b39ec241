import { NextResponse, type NextRequest } from "next/server";
import { CROSS_SITE_REFUSAL, crossSiteReason } from "@claimdesk/api/origins";
import { getSessionCookie } from "@claimdesk/api/session-cookie";
import { env } from "@claimdesk/db/env";
import { REQUEST_PATH_HEADER, signInHref } from "@/components/account/sign-in-path";
import { pageSecurity, withHeaders } from "@/lib/security-headers";

// Every page passes here first:
// - A POST sent by a page of another origin (a server action, such as signing in, forged from another site) is
//   refused with 403. Next.js checks server actions itself too, but answers a mismatch with a 500.
// - Each page gets its security headers, with a fresh nonce in its Content-Security-Policy: Next.js reads the
//   nonce from the request's header and puts it on the scripts it renders (every page renders per request).
// - Pages need a session: a visitor without a session cookie is sent to sign in and brought back afterwards.
//   This only looks for the cookie (a cheap first gate); server components check the session itself through
//   serverApi() / currentActor(), and the API answers UNAUTHORIZED on its own.

/** better-auth's own reading of its session cookie (plain, or __Secure- prefixed over HTTPS). */
const hasSessionCookie = (request: NextRequest): boolean => Boolean(getSessionCookie(request));

/** Pages open to signed-out visitors. */
function isPublicPath(pathname: string): boolean {
  return pathname === "/sign-in" || pathname.startsWith("/sign-in/") || pathname.startsWith("/invite/");
}

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const security = pageSecurity(request);
  if (crossSiteReason(request, env.CLAIMDESK_URL)) {
    return withHeaders(new NextResponse(CROSS_SITE_REFUSAL, { status: 403, headers: { "content-type": "text/plain; charset=utf-8" } }), security.headers);
  }
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("content-security-policy", security.contentSecurityPolicy);
  if (!isPublicPath(pathname)) {
    const asked = `${pathname}${search}`;
    if (!hasSessionCookie(request)) {
      return withHeaders(NextResponse.redirect(new URL(signInHref(asked), request.url)), security.headers);
    }
    // Lets a server component that finds the session expired send the visitor to sign in and back here.
    requestHeaders.set(REQUEST_PATH_HEADER, asked);
  }
  return withHeaders(NextResponse.next({ request: { headers: requestHeaders } }), security.headers);
}

export const config = {
  // Every page; not the API (its routes set their own headers, and a proxy there would make Next.js buffer
  // every request body), Next's own files or the icons.
  matcher: ["/((?!api/|_next/|favicon\\.ico$|icon\\.svg$|icon\\.png$|apple-icon\\.png$|robots\\.txt$|sitemap\\.xml$).*)"],
};
