import type { Metadata } from "next";
import { RoleRefusal, roleRefusalTitle } from "@/components/role-refusal";
import { requestUrl } from "@/lib/server-api";

export const metadata: Metadata = { title: roleRefusalTitle };

/** The 403 of the claim's edit page (for viewers). */
export default async function EditClaimForbidden() {
  const claimPath = (await requestUrl()).pathname.replace(/\/edit$/, "");
  return <RoleRefusal needs="EDITOR" doing="edit a claim" things="claims" backHref={claimPath} backLabel="Back to the claim" />;
}
