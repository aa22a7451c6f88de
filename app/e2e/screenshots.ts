/**
 * `npm run web:screenshots`: the chat with a chart, its receipt, the overview and the catalog at
 * 1280 px and 390 px wide, into docs/screenshots/web-*.png (the real service, demo data, Chromium).
 */
import path from "node:path";
import { signIn, startWebHarness } from "./harness.ts";

const OUT = path.resolve(import.meta.dirname, "../../docs/screenshots");
const h = await startWebHarness();
try {
  for (const [width, height] of [
    [1280, 900],
    [390, 844],
  ] as const) {
    const context = await h.browser.newContext({ viewport: { width, height }, deviceScaleFactor: 1 });
    const page = await context.newPage();
    const shot = (name: string) => page.screenshot({ path: path.join(OUT, `web-${name}-${width}.png`) });
    await signIn(page, h.url, h.keys.admin);
    await page.waitForURL(`${h.url}/`);
    await page.locator("#question").fill("What was ROAS by channel last month vs the month before?");
    await page.locator("#question").press("Enter");
    await page
      .locator('article.msg.assistant .chart[data-rendered="true"] svg.marks')
      .waitFor({ timeout: 120_000 });
    await page.locator("#question").fill("revenue by channel last month");
    await page.locator("#question").press("Enter");
    await page
      .locator('article.msg.assistant:nth-of-type(4) .chart[data-rendered="true"] svg.marks')
      .waitFor({ timeout: 120_000 });
    await page.locator("article.msg.assistant").last().scrollIntoViewIfNeeded();
    await shot("chat");
    await page.locator("article.msg.assistant").last().getByRole("button", { name: "Receipt" }).click();
    await page.getByRole("dialog", { name: "Receipt" }).waitFor();
    await shot("receipt");
    await page.keyboard.press("Escape");
    await page.goto(`${h.url}/overview`);
    await page.locator('.chart[data-rendered="true"] svg.marks').waitFor({ timeout: 120_000 });
    await shot("overview");
    await page.goto(`${h.url}/catalog`);
    await page.locator("#metric-roas").waitFor();
    await page.getByLabel("Search metrics and dimensions").fill("return on ad spend");
    await page.waitForTimeout(1500);
    await shot("catalog");
    await context.close();
    process.stdout.write(`screenshots at ${width} px written to ${OUT}\n`);
  }
} finally {
  await h.close();
}
