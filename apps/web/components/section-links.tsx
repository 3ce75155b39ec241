import Link from "next/link";

/** The app's main sections, as the header's navigation and the not-found page list them; admins also get Users. */
export function SectionLinks({ className, admin = false }: { className?: string; admin?: boolean }) {
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
      {admin ? (
        <li>
          <Link href="/admin/users">Users</Link>
        </li>
      ) : null}
    </ul>
  );
}
