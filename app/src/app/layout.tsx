import type { Metadata, Viewport } from "next";
import { connection } from "next/server";
import type { ReactNode } from "react";
import "./globals.css";

export const metadata: Metadata = {
  title: "Marketing Analyst",
  description: "Ask about your marketing; every number comes from the metrics core, with a receipt.",
};
export const viewport: Viewport = { width: "device-width", initialScale: 1, colorScheme: "light dark" };

/** Root layout. Rendered per request, so every response carries its own CSP nonce. */
export default async function RootLayout(props: { children: ReactNode }) {
  await connection();
  return (
    <html lang="en">
      <body>{props.children}</body>
    </html>
  );
}
