import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { THEME_BOOT_SCRIPT } from "@/lib/theme";
import "./globals.css";

export const metadata: Metadata = {
  title: "Marketing Analyst",
  description: "Ask about your marketing; every number comes from the metrics core, with a receipt.",
};
export const viewport: Viewport = { width: "device-width", initialScale: 1, colorScheme: "light dark" };

/** Root layout. Rendered per request, so every response carries its own CSP nonce. */
export default async function RootLayout(props: { children: ReactNode }) {
  await connection();
  // The CSP header of this request carries its nonce (api/web/next-app.ts); the theme script needs it.
  const csp = (await headers()).get("content-security-policy") ?? "";
  const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
  return (
    // data-theme is set by the boot script before React hydrates: not a mismatch to warn about.
    <html lang="en" suppressHydrationWarning>
      <head>
        {/* biome-ignore lint/security/noDangerouslySetInnerHtml: a constant script (lib/theme.ts), under the page's CSP nonce */}
        <script nonce={nonce} dangerouslySetInnerHTML={{ __html: THEME_BOOT_SCRIPT }} />
      </head>
      <body>{props.children}</body>
    </html>
  );
}
