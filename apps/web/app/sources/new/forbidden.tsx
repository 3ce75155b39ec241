import type { Metadata } from "next";
import { RoleRefusal, roleRefusalTitle } from "@/components/role-refusal";

export const metadata: Metadata = { title: roleRefusalTitle };

/** The 403 of the new-source page (for viewers). */
export default function NewSourceForbidden() {
  return <RoleRefusal needs="EDITOR" doing="record a source" things="sources" backHref="/sources" backLabel="Back to the sources" />;
}
