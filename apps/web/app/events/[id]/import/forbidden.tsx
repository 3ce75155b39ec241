import type { Metadata } from "next";
import { RoleRefusal, roleRefusalTitle } from "@/components/role-refusal";
import { requestUrl } from "@/lib/server-api";

export const metadata: Metadata = { title: roleRefusalTitle };

/** The 403 of an event's import page (for viewers). */
export default async function ImportIntoEventForbidden() {
  const eventPath = (await requestUrl()).pathname.replace(/\/import$/, "");
  return <RoleRefusal needs="EDITOR" doing="import claims from a report" things="claims" backHref={eventPath} backLabel="Back to the event" />;
}
