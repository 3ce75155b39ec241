import { NextResponse, type NextRequest } from "next/server";
import { REQUEST_PATH_HEADER, signInHref } from "@/components/account/sign-in-path";

// Pages need a session: a visitor without a session cookie is sent to sign in and brought back afterwards.
// This only looks for the cookie (a cheap first gate); server components check the session itself through
// serverApi() / currentActor(), and the API answers UNAUTHORIZED on its own.

/**
 * better-auth's session cookie, under its default prefix, as `getSessionCookie` from "better-auth/cookies"
 * reads it (plain, or with the __Secure- prefix it gets over HTTPS). That module cannot be imported here:
 * better-auth is a dependency of @claimdesk/api, not of the web app.
 */
const SESSION_COOKIES = ["better-auth.session_token", "__Secure-better-auth.session_token", "better-auth-session_token", "__Secure-better-auth-session_token"];

function hasSessionCookie(request: NextRequest): boolean {
  return SESSION_COOKIES.some((name) => Boolean(request.cookies.get(name)?.value));
}

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
