import type { Metadata } from "next";
import { RoleRefusal, roleRefusalTitle } from "@/components/role-refusal";
import { requestUrl } from "@/lib/server-api";

export const metadata: Metadata = { title: roleRefusalTitle };

/** The 403 of the source's edit page (for viewers). */
export default async function EditSourceForbidden() {
  const sourcePath = (await requestUrl()).pathname.replace(/\/edit$/, "");
  return <RoleRefusal needs="EDITOR" doing="edit a source" things="sources" backHref={sourcePath} backLabel="Back to the source" />;
}
