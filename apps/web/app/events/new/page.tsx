import type { Metadata } from "next";
import { EventForm } from "@/components/event-form";
import { eventFormValues } from "@/components/event-form-values";

export const metadata: Metadata = { title: "New event" };

export default function NewEventPage() {
  return (
    <>
      <h1>New event</h1>
      <EventForm mode="create" initialValues={eventFormValues()} cancelHref="/events" />
    </>
  );
}
