import Link from "next/link";

/** The app's main sections, as the header's navigation and the not-found page list them. */
export function SectionLinks({ className }: { className?: string }) {
  return (
    <ul className={className}>
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
  );
}
