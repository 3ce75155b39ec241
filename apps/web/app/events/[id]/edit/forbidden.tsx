import type { Metadata } from "next";
import { RoleRefusal, roleRefusalTitle } from "@/components/role-refusal";
import { requestUrl } from "@/lib/server-api";

export const metadata: Metadata = { title: roleRefusalTitle };

/** The 403 of the event's edit page (for viewers). */
export default async function EditEventForbidden() {
  const eventPath = (await requestUrl()).pathname.replace(/\/edit$/, "");
  return <RoleRefusal needs="EDITOR" doing="edit an event" things="events" backHref={eventPath} backLabel="Back to the event" />;
}
