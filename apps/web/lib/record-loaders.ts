import "server-only";
import { cache } from "react";
import { notFound } from "next/navigation";
import { TRPCError } from "@trpc/server";
import { serverApi } from "./server-api";

// One read per record and request (generateMetadata and the page share it); a missing record is a 404.

/** Calls notFound() when the API says the record does not exist (or the id is not one it could have issued). */
export async function orNotFound<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) notFound();
    throw error;
  }
}

export const loadEvent = cache((id: string) => orNotFound(async () => (await serverApi()).event.get({ id })));
export const loadClaim = cache((id: string) => orNotFound(async () => (await serverApi()).claim.get({ id })));
export const loadSource = cache((id: string) => orNotFound(async () => (await serverApi()).source.get({ id })));
