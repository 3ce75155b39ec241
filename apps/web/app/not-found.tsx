import type { Metadata } from "next";
import { SectionLinks } from "@/components/section-links";

export const metadata: Metadata = { title: "Not found" };

export default function NotFound() {
  return (
    <>
      <h1>Not found</h1>
      <p>There is nothing at this address. The record may have been deleted, or the link may be mistyped.</p>
      <SectionLinks className="plain-list" />
    </>
  );
}
