import type { Metadata } from "next";
import Link from "next/link";
import { SectionLinks } from "@/components/section-links";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Claimdesk", template: "%s · Claimdesk" },
  description: "Claims found in reporting, their sources and how far each is verified.",
};

// Every page reads live newsroom data: nothing is prerendered at build time.
export const dynamic = "force-dynamic";

export default function RootLayout({ children }: { children: React.ReactNode }) {
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
          <nav aria-label="Main">
            <SectionLinks />
          </nav>
        </header>
        <main id="main" tabIndex={-1}>
          {children}
        </main>
      </body>
    </html>
  );
}
