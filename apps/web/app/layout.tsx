import type { Metadata } from "next";
import Link from "next/link";
import { roleAtLeast } from "@claimdesk/schemas";
import { AccountMenu } from "@/components/account/account-menu";
import { SectionLinks } from "@/components/section-links";
import { HeaderSearch } from "@/components/search/header-search";
import { maybeActor } from "@/lib/server-api";
import "./globals.css";
import "./accounts.css";
import "./search.css";

export const metadata: Metadata = {
  title: { default: "Claimdesk", template: "%s · Claimdesk" },
  description: "Claims found in reporting, their sources and how far each is verified.",
};

// Every page reads live newsroom data: nothing is prerendered at build time.
export const dynamic = "force-dynamic";

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Signed-out pages (sign-in, invitations) render here too: read the session without redirecting.
  const actor = await maybeActor();
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <header className="site-header">
          <Link href="/events" className="brand">
            Claimdesk
          </Link>
          {actor ? (
            <>
              <nav aria-label="Main">
                <SectionLinks editor={roleAtLeast(actor.role, "EDITOR")} admin={roleAtLeast(actor.role, "ADMIN")} />
              </nav>
              <HeaderSearch />
              <AccountMenu actor={actor} />
            </>
          ) : null}
        </header>
        <main id="main" tabIndex={-1}>
          <noscript>
            <div className="notice noscript-notice" role="note">
              <p>
                <strong>JavaScript is off in your browser.</strong> Reading works without it{actor ? "" : ", and so does signing in"}, but saving
                changes needs it: the buttons that record, edit or import stay disabled until JavaScript is on.
              </p>
            </div>
          </noscript>
          {children}
        </main>
      </body>
    </html>
  );
}
