/**
 * `npx tsx app/e2e/screenshots.ts`: screenshots of the web app for docs/screenshots (chat with
 * a chart, the receipt, the overview, the catalog, schedules and alerts; chat and overview in dark
 * too) at 1280 px and 390 px, on the browser tests' harness (the real service on a small demo data
 * set, Debian's Chromium). Needs `npm run web:build`.
 */
import path from "node:path";
import { signIn, startWebHarness } from "./harness.ts";

const OUT = path.resolve("docs/screenshots");
const WIDTHS = [
  { name: "1280", width: 1280, height: 860 },
  { name: "390", width: 390, height: 844 },
] as const;

const h = await startWebHarness();
try {
  for (const size of WIDTHS) {
    const context = await h.browser.newContext({ viewport: { width: size.width, height: size.height } });
    const page = await context.newPage();
    await signIn(page, h.url, h.keys.admin);
    await page.waitForURL(`${h.url}/`);
    const box = page.locator("#question");
    await box.fill("revenue by channel last month");
    await box.press("Enter");
    const answer = page.locator("article.msg.assistant").last();
    await answer.locator('.chart[data-rendered="true"] svg.marks').waitFor({ timeout: 120_000 });
    await page.screenshot({ path: path.join(OUT, `web-chat-${size.name}.png`), fullPage: true });
    await answer.getByRole("button", { name: "Receipt" }).click();
    await page.getByRole("dialog", { name: "Receipt" }).waitFor();
    await page.screenshot({ path: path.join(OUT, `web-receipt-${size.name}.png`) });
    await page.keyboard.press("Escape");
    await page.goto(`${h.url}/overview`);
    await page.locator('.chart[data-rendered="true"] svg.marks').first().waitFor({ timeout: 120_000 });
    await page.screenshot({ path: path.join(OUT, `web-overview-${size.name}.png`), fullPage: true });
    await page.goto(`${h.url}/catalog`);
    // The metric list itself (network idle came before it on a loaded machine: "Loading…" was shot).
    await page.getByRole("link", { name: "Ask about this" }).first().waitFor();
    await page.waitForLoadState("networkidle");
    await page.screenshot({ path: path.join(OUT, `web-catalog-${size.name}.png`) });
    await page.goto(`${h.url}/schedules`);
    await page
      .getByText(/No schedules yet|Brief schedules/)
      .first()
      .waitFor();
    await page.waitForLoadState("networkidle");
    await page.screenshot({ path: path.join(OUT, `web-schedules-${size.name}.png`) });
    await context.close();

    // Dark: the system setting (prefers-color-scheme), as a dark-mode user first sees it.
    const dark = await h.browser.newContext({
      viewport: { width: size.width, height: size.height },
      colorScheme: "dark",
    });
    const d = await dark.newPage();
    await signIn(d, h.url, h.keys.admin);
    await d.waitForURL(`${h.url}/`);
    await d.locator("#question").fill("revenue by channel last month");
    await d.locator("#question").press("Enter");
    await d
      .locator('article.msg.assistant .chart[data-rendered="true"] svg.marks')
      .last()
      .waitFor({ timeout: 120_000 });
    await d.screenshot({ path: path.join(OUT, `web-chat-dark-${size.name}.png`), fullPage: true });
    await d.goto(`${h.url}/overview`);
    await d.locator('.chart[data-rendered="true"] svg.marks').first().waitFor({ timeout: 120_000 });
    await d.screenshot({ path: path.join(OUT, `web-overview-dark-${size.name}.png`), fullPage: true });
    await dark.close();
    process.stdout.write(`screenshots at ${size.name} px written\n`);
  }
} finally {
  await h.close();
}
