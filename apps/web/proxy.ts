import { NextResponse, type NextRequest } from "next/server";
import { getSessionCookie } from "@claimdesk/api/session-cookie";
import { REQUEST_PATH_HEADER, signInHref } from "@/components/account/sign-in-path";

// Pages need a session: a visitor without a session cookie is sent to sign in and brought back afterwards.
// This only looks for the cookie (a cheap first gate); server components check the session itself through
// serverApi() / currentActor(), and the API answers UNAUTHORIZED on its own.

/** better-auth's own reading of its session cookie (plain, or __Secure- prefixed over HTTPS). */
const hasSessionCookie = (request: NextRequest): boolean => Boolean(getSessionCookie(request));

/** Pages open to signed-out visitors. */
function isPublicPath(pathname: string): boolean {
  return pathname === "/sign-in" || pathname.startsWith("/sign-in/") || pathname.startsWith("/invite/");
}

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (isPublicPath(pathname)) return NextResponse.next();
  const asked = `${pathname}${search}`;
  if (!hasSessionCookie(request)) {
    return NextResponse.redirect(new URL(signInHref(asked), request.url));
  }
  // Lets a server component that finds the session expired send the visitor to sign in and back here.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set(REQUEST_PATH_HEADER, asked);
  return NextResponse.next({ request: { headers: requestHeaders } });
}

export const config = {
  // Everything but the API, Next's own files and the icons.
  matcher: ["/((?!api/|_next/|favicon\\.ico$|icon\\.svg$|icon\\.png$|apple-icon\\.png$|robots\\.txt$|sitemap\\.xml$).*)"],
};
