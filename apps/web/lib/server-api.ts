import "server-only";
import { cache } from "react";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { createCaller, createContext } from "@claimdesk/api";
import { env } from "@claimdesk/db";
import { REQUEST_PATH_HEADER, signInHref } from "@/components/account/sign-in-path";

/** One context per request, from its session cookie. */
const requestContext = cache(async () => createContext({ headers: await headers() }));

/** The signed-in person, or null: for pages that signed-out visitors see too (the header, sign-in, invitations). */
export const maybeActor = cache(async () => (await requestContext()).actor);

/**
 * The signed-in person; a signed-out visitor (or an expired session) is sent to sign in, and comes back to the
 * page afterwards (the proxy passes the page's address along).
 */
export const currentActor = cache(async () => {
  const actor = await maybeActor();
  if (!actor) redirect(signInHref((await headers()).get(REQUEST_PATH_HEADER)));
  return actor;
});

/**
 * The page asked for (path and query), as the proxy passes it along: for what gets no params, such as a
 * forbidden.tsx that links back to the record it refused.
 */
export async function requestUrl(): Promise<URL> {
  return new URL((await headers()).get(REQUEST_PATH_HEADER) ?? "/", "http://claimdesk.invalid");
}

/** The API as server components call it: no HTTP, one caller per request, as the signed-in person. */
export const serverApi = cache(async () => {
  await currentActor();
  return createCaller(await requestContext());
});

/** The API for pages signed-out visitors see (an invitation link): only public procedures will answer. */
export const publicServerApi = cache(async () => createCaller(await requestContext()));

/**
 * The address people open the app at ("https://claims.example.org"): CLAIMDESK_URL when set, else this request's
 * own host and protocol (as a proxy in front of the app reports them).
 */
export async function appOrigin(): Promise<string> {
  if (env.CLAIMDESK_URL) return new URL(env.CLAIMDESK_URL).origin;
  const requestHeaders = await headers();
  const host = requestHeaders.get("x-forwarded-host")?.split(",")[0]?.trim() || requestHeaders.get("host") || "localhost:3000";
  const forwardedProto = requestHeaders.get("x-forwarded-proto")?.split(",")[0]?.trim();
  const protocol = forwardedProto === "https" || forwardedProto === "http" ? forwardedProto : "http";
  return `${protocol}://${host}`;
}
