"use server";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getAuth } from "@claimdesk/api";
import { SIGN_IN_PATH } from "./sign-in-path";

/** Ends this session (better-auth deletes it and clears the cookie) and goes to the sign-in page. */
export async function signOut(): Promise<void> {
  await (await getAuth()).api.signOut({ headers: await headers() });
  redirect(SIGN_IN_PATH);
}
