import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Not found" };

export default function NotFound() {
  return (
    <>
      <h1>Not found</h1>
      <p>There is nothing at this address. The record may have been deleted, or the link may be mistyped.</p>
      <ul className="plain-list">
        <li>
          <Link href="/events">Events</Link>
        </li>
        <li>
          <Link href="/claims">Claims</Link>
        </li>
        <li>
          <Link href="/sources">Sources</Link>
        </li>
      </ul>
    </>
  );
}
