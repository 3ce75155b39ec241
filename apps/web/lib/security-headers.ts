import { servedOverHttps } from "@claimdesk/api/origins";
import { env, isDevelopment } from "@claimdesk/db/env";

// The security headers of every page (set by the proxy, with a fresh nonce per page) and every API answer (set
// by the API routes: the proxy does not run for /api, so that Next.js does not buffer request bodies for it).

/** A fresh, unguessable nonce for one page's scripts (128 random bits). */
export function newNonce(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
}

/**
 * A page's policy: scripts only with this response's nonce (Next.js reads it from the request's
 * Content-Security-Policy header and puts it on its own scripts and inline data) and what they load
 * ('strict-dynamic'); everything else from this origin only; nothing may frame the page. In development React
 * needs eval and Next's overlay inline styles. Embed pages, when they come, are the one exception to "nothing may
 * frame it" (here and in X-Frame-Options below).
 */
export function pageContentSecurityPolicy(nonce: string, { https = false, development = false } = {}): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    `style-src 'self' ${development ? "'unsafe-inline'" : `'nonce-${nonce}'`}`,
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    // Only over HTTPS: on a plain-HTTP address (a LAN, localhost) it would send the page's own files to https://.
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** An API answer is data, never a document: it may load nothing and be framed by nothing. */
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

/** Browser features no page of Claimdesk uses, switched off for it and anything it might embed. */
export const PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), display-capture=(), browsing-topics=()";

/** Two years; only ever sent over HTTPS (browsers ignore it over HTTP, and it must not pin a plain-HTTP LAN host). */
export const STRICT_TRANSPORT_SECURITY = "max-age=63072000; includeSubDomains";

/** The headers for an answer with the given policy; HSTS when the request came over HTTPS. */
export function securityHeaders(contentSecurityPolicy: string, https: boolean): Record<string, string> {
  return {
    "Content-Security-Policy": contentSecurityPolicy,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Permissions-Policy": PERMISSIONS_POLICY,
    // For browsers that predate frame-ancestors.
    "X-Frame-Options": "DENY",
    ...(https ? { "Strict-Transport-Security": STRICT_TRANSPORT_SECURITY } : {}),
  };
}

/** Whether this request came over HTTPS, per CLAIMDESK_URL, the proxy in front, or the connection. */
export const isHttpsRequest = (request: Request): boolean => servedOverHttps(request, env.CLAIMDESK_URL);

/** Everything a page's proxy step needs: the nonce's policy and the headers to answer with. */
export function pageSecurity(request: Request): { contentSecurityPolicy: string; headers: Record<string, string> } {
  const https = isHttpsRequest(request);
  const contentSecurityPolicy = pageContentSecurityPolicy(newNonce(), { https, development: isDevelopment });
  return { contentSecurityPolicy, headers: securityHeaders(contentSecurityPolicy, https) };
}

/** Sets the headers on a response (on a copy if its headers are read-only, as a fetched or redirect Response's are). */
export function withHeaders(response: Response, headers: Record<string, string>): Response {
  try {
    for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
    return response;
  } catch {
    const copy = new Response(response.body, { status: response.status, statusText: response.statusText, headers: response.headers });
    for (const [name, value] of Object.entries(headers)) copy.headers.set(name, value);
    return copy;
  }
}

/** Wraps an API route's handler so that every answer it gives carries the API's security headers. */
export function withApiSecurityHeaders(handler: (request: Request) => Promise<Response>): (request: Request) => Promise<Response> {
  return async (request) => withHeaders(await handler(request), securityHeaders(API_CONTENT_SECURITY_POLICY, isHttpsRequest(request)));
}
