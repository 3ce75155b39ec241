import type { Metadata } from "next";
import { RoleRefusal, roleRefusalTitle } from "@/components/role-refusal";

export const metadata: Metadata = { title: roleRefusalTitle };

/** The 403 of the new-event page (for viewers). */
export default function NewEventForbidden() {
  return <RoleRefusal needs="EDITOR" doing="record an event" things="events" backHref="/events" backLabel="Back to the events" />;
}
