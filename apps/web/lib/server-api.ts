import "server-only";
import { cache } from "react";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { createCaller, createContext } from "@claimdesk/api";

/** One context per request, from its session cookie. */
const requestContext = cache(async () => createContext({ headers: await headers() }));

/** The signed-in person; a signed-out visitor (or an expired session) is sent to sign in. */
export const currentActor = cache(async () => {
  const context = await requestContext();
  if (!context.actor) redirect("/sign-in");
  return context.actor;
});

/** The API as server components call it: no HTTP, one caller per request, as the signed-in person. */
export const serverApi = cache(async () => {
  await currentActor();
  return createCaller(await requestContext());
});
