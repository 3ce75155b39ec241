// Which origin may send requests that change something (sign in, sign out, a page's server action): the one
// CLAIMDESK_URL names or, with it unset, the one each request came to. Never a wildcard: a page on another
// site that posts a form here is refused. Imports nothing, so Next.js's proxy can use it without the API.

/** Methods that change nothing, which a page on any site may send (links, images). */
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export const isSafeMethod = (method: string): boolean => SAFE_METHODS.has(method.toUpperCase());

/** The first value of a header each proxy in a chain may have appended to ("https, http"). */
function firstValue(headers: Headers, name: string): string | undefined {
  return headers.get(name)?.split(",")[0]?.trim() || undefined;
}

/**
 * The origin a request was sent to, as the browser saw it: the host from `X-Forwarded-Host` (the reverse proxy
 * in front, or Next.js copying `Host`), else `Host`; the scheme from `X-Forwarded-Proto`, else the URL's. The same
 * headers Next.js compares with `Origin` before it runs a server action. A browser cannot set either header on a
 * form it posts from another site, so a forged request cannot make its own origin match.
 */
export function requestOrigin(request: Pick<Request, "url" | "headers">): string {
  const url = new URL(request.url);
  const host = firstValue(request.headers, "x-forwarded-host") ?? request.headers.get("host")?.trim() ?? url.host;
  const forwardedProto = firstValue(request.headers, "x-forwarded-proto")?.toLowerCase();
  const scheme = forwardedProto === "https" || forwardedProto === "http" ? forwardedProto : url.protocol.slice(0, -1);
  try {
    return new URL(`${scheme}://${host}`).origin;
  } catch {
    return url.origin;
  }
}

/** The one origin trusted to send changes: CLAIMDESK_URL's if it is set, else the request's own. */
export function trustedOrigin(request: Pick<Request, "url" | "headers">, configuredUrl: string | undefined): string {
  return configuredUrl ? new URL(configuredUrl).origin : requestOrigin(request);
}

/** Whether the request reached us over HTTPS (directly, through the proxy in front, or by CLAIMDESK_URL). */
export function servedOverHttps(request: Pick<Request, "url" | "headers">, configuredUrl: string | undefined): boolean {
  return requestOrigin(request).startsWith("https:") || Boolean(configuredUrl?.startsWith("https:"));
}

/**
 * Why a request that changes something was sent by a page of another origin, or null when it was not.
 * Browsers send `Origin` with every POST (`null` from sandboxed or privacy-stripped contexts), and fetch
 * metadata (`Sec-Fetch-Site`) where they support it; a request with neither came from a script or a tool,
 * which carries no visitor's cookies, and is judged by its credentials instead.
 */
export function crossSiteReason(request: Pick<Request, "method" | "url" | "headers">, configuredUrl: string | undefined): string | null {
  if (isSafeMethod(request.method)) return null;
  const site = request.headers.get("sec-fetch-site")?.trim().toLowerCase();
  if (site === "cross-site" || site === "same-site") return `Sec-Fetch-Site: ${site}`;
  const trusted = trustedOrigin(request, configuredUrl);
  const origin = request.headers.get("origin")?.trim();
  if (origin) return origin === trusted ? null : `Origin ${origin.slice(0, 100)} is not ${trusted}`;
  const referer = request.headers.get("referer")?.trim();
  if (referer) {
    let from: string | null = null;
    try {
      from = new URL(referer).origin;
    } catch {
      // An unreadable Referer counts as another site's.
    }
    return from === trusted ? null : `Referer from ${from ?? "an unreadable address"} is not ${trusted}`;
  }
  return null;
}

/** What a refused cross-site request is told. */
export const CROSS_SITE_REFUSAL = "This request came from a page on another site, so it was refused. Open Claimdesk itself and try again there.";

const CONTROL_OR_SPACE = /[^\x21-\x7e]/;
const ENCODED_SEPARATOR = /%2f|%5c/i;
const LOCAL_BASE = "http://claimdesk.invalid";

/**
 * Whether `value` is a path on this site ("/claims?stage=NEW"), safe to send a visitor to after signing in.
 * Refused: absolute addresses (even this site's own), "//host" and "/\host" (which browsers read as another
 * host), encoded slashes in the path, and anything that is not printable ASCII (it must be percent-encoded).
 */
export function isLocalPath(value: string): boolean {
  if (!value.startsWith("/") || value.startsWith("//") || value.includes("\\") || CONTROL_OR_SPACE.test(value)) return false;
  const pathEnd = value.search(/[?#]/);
  if (ENCODED_SEPARATOR.test(pathEnd === -1 ? value : value.slice(0, pathEnd))) return false;
  try {
    return new URL(value, LOCAL_BASE).origin === LOCAL_BASE;
  } catch {
    return false;
  }
}
