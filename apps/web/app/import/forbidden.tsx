import type { Metadata } from "next";
import { RoleRefusal, roleRefusalTitle } from "@/components/role-refusal";
import { requestUrl } from "@/lib/server-api";

export const metadata: Metadata = { title: roleRefusalTitle };

/** The 403 of the import page (for viewers): back to the event it was opened from, or to the claims. */
export default async function ImportForbidden() {
  const eventId = (await requestUrl()).searchParams.get("eventId")?.trim();
  return (
    <RoleRefusal
      needs="EDITOR"
      doing="import claims from a report"
      things="claims"
      backHref={eventId ? `/events/${encodeURIComponent(eventId)}` : "/claims"}
      backLabel={eventId ? "Back to the event" : "Back to the claims"}
    />
  );
}
