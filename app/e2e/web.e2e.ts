import { createServer } from "node:http";
import type { BrowserContext, ConsoleMessage, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AgentAnswer } from "../../agent/contract.ts";
import { portInRange, seriousA11yViolations, signIn, startWebHarness, type WebHarness } from "./harness.ts";

/** The web app end to end in headless Chromium against the real service (see harness.ts). */
describe("the web app in a real browser", () => {
  let h: WebHarness;
  let context: BrowserContext;
  let page: Page;
  const cspErrors: string[] = [];
  const watchConsole = (m: ConsoleMessage) => {
    if (m.type() === "error" && /Content Security Policy|Refused to/i.test(m.text()))
      cspErrors.push(m.text());
  };
  const axeClean = async (p: Page, where: string) => {
    const violations = await seriousA11yViolations(p);
    expect(violations, `serious/critical axe violations on ${where}`).toEqual([]);
  };
  let threadUrl = "";

  beforeAll(async () => {
    h = await startWebHarness();
    context = await h.browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    page.on("console", watchConsole);
  });
  afterAll(async () => {
    await context?.close();
    await h?.close();
  });

  it("refuses a wrong key on the sign-in page and sets no session", async () => {
    await signIn(page, h.url, "mka_deadbeef_thisisnotakey");
    await expect
      .poll(() => page.locator("#sign-in-error").textContent())
      .toMatch(/unknown or revoked API key/);
    expect((await context.cookies()).map((c) => c.name)).not.toContain("mka_session");
    await axeClean(page, "the sign-in page with an error");
    // Signed out, the app sends you to sign in.
    await page.goto(`${h.url}/`);
    await page.waitForURL(/\/sign-in$/);
  });

  it("signs in with a key: an httpOnly cookie, the key nowhere in browser storage", async () => {
    await signIn(page, h.url, h.keys.admin);
    await page.waitForURL(`${h.url}/`);
    await page.getByRole("heading", { name: /Ask about Acme Outdoor/ }).waitFor();
    const cookie = (await context.cookies()).find((c) => c.name === "mka_session");
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax" });
    expect(cookie!.value).not.toContain(h.keys.admin);
    const stored = await page.evaluate(
      () => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }) + document.cookie,
    );
    expect(stored).not.toContain("mka_");
    await axeClean(page, "the empty chat");
  });

  it("asks 'revenue by channel last month': streamed text, a chart with marks, the same numbers as /agents/query", async () => {
    const box = page.locator("#question");
    await box.fill("revenue by channel last month");
    await box.press("Enter");
    const answer = page.locator("article.msg.assistant").last();
    // The lead line, from the plan: what and when, before the verified answer and its figures.
    await answer.locator(".msg-lead").waitFor();
    expect(await answer.locator(".msg-lead").textContent()).toBe(
      "Revenue by channel, October 1–31, 2026 (America/New_York)…",
    );
    await answer.locator(".msg-text").waitFor();
    await answer.locator('.chart[data-rendered="true"] svg.marks').waitFor();
    const marks = await answer
      .locator(".chart svg .mark-rect path, .chart svg .mark-line path, .chart svg .mark-symbol path")
      .count();
    expect(marks).toBeGreaterThan(0);
    const text = await answer.locator(".msg-text").textContent();

    const res = await fetch(`${h.url}/agents/query`, {
      method: "POST",
      headers: { authorization: `Bearer ${h.keys.admin}`, "content-type": "application/json" },
      body: JSON.stringify({ question: "revenue by channel last month" }),
    });
    const json = (await res.json()) as AgentAnswer;
    expect(text).toBe(json.answer);
    const cells = await answer
      .locator("table.data-table tbody tr")
      .evaluateAll((rows) =>
        rows.map((r) =>
          Object.fromEntries([...r.querySelectorAll("td")].map((td) => [td.dataset.key, td.dataset.value])),
        ),
      );
    expect(cells).toEqual(
      json.data.rows.map((r) =>
        Object.fromEntries(json.data.columns.map((c) => [c.key, String(r[c.key] ?? "")])),
      ),
    );
    expect(cells.length).toBeGreaterThan(1);
    await page.waitForURL(/\/chat\/[\w-]+$/);
    threadUrl = page.url();
    await axeClean(page, "a chat with a chart and a table");
  });

  it("opens the receipt: definitions, dates and time zone, SQL", async () => {
    await page.locator("article.msg.assistant").last().getByRole("button", { name: "Receipt" }).click();
    const dialog = page.getByRole("dialog", { name: "Receipt" });
    await dialog.waitFor();
    const text = (await dialog.textContent()) ?? "";
    expect(text).toContain("America/New_York");
    expect(text).toContain("2026-10-01");
    expect(text).toMatch(/Revenue/);
    expect(text).toMatch(/SELECT/);
    await axeClean(page, "the receipt drawer");
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "detached" });
  });

  it("asks a follow-up in the same thread", async () => {
    const box = page.locator("#question");
    await box.fill("and the month before?");
    await box.press("Enter");
    await expect.poll(() => page.locator("article.msg.assistant").count()).toBe(2);
    const second = page.locator("article.msg.assistant").nth(1);
    await second.locator(".msg-text").waitFor();
    expect(await second.locator(".msg-text").textContent()).toMatch(/September/);
    expect(page.url()).toBe(threadUrl);
  });

  it("reload reopens the thread with its answers, and the sidebar lists it", async () => {
    await page.reload();
    await expect.poll(() => page.locator("article.msg.assistant").count()).toBe(2);
    await page.locator('article.msg.assistant .chart[data-rendered="true"] svg.marks').first().waitFor();
    const id = threadUrl.split("/").pop()!;
    await page.getByRole("list", { name: "Threads" }).locator(`a[href="/chat/${id}"]`).waitFor();
  });

  it("saves an answer as a report and reopens it with fresh data; rename and delete", async () => {
    const first = page.locator("article.msg.assistant").first();
    await first.getByRole("button", { name: "Save as report" }).click();
    await page.getByLabel("Report name").fill("Revenue by channel, last month");
    await page.getByRole("button", { name: "Save", exact: true }).click();
    const link = page
      .getByRole("list", { name: "Saved reports" })
      .getByRole("link", { name: "Revenue by channel, last month" });
    await link.click();
    await page.waitForURL(/\/reports\/[\w-]+$/);
    const report = page.getByRole("article", { name: "Report" });
    await report.locator('.chart[data-rendered="true"] svg.marks').waitFor();
    expect(await report.locator(".msg-text").textContent()).toMatch(/October 1–31, 2026/);
    expect(await page.textContent("main")).toMatch(/period: last month/);
    await axeClean(page, "a saved report");
    await page.getByRole("button", { name: "Rename" }).click();
    await page.getByLabel("Report name").fill("Channel revenue");
    await page.getByRole("button", { name: "Save name" }).click();
    await page.getByRole("heading", { name: "Channel revenue" }).waitFor();
    await page
      .getByRole("list", { name: "Saved reports" })
      .getByRole("link", { name: "Channel revenue" })
      .waitFor();
    await page.getByRole("button", { name: "Delete" }).click();
    await page.waitForURL(`${h.url}/`);
    await expect
      .poll(() => page.getByRole("list", { name: "Saved reports" }).getByRole("link").count())
      .toBe(0);
  });

  it("answers a clarification by clicking a chip", async () => {
    await page.goto(`${h.url}/`);
    const box = page.locator("#question");
    await box.fill("how many conversions did we get last week?");
    await box.press("Enter");
    const chip = page.locator('button.chip[data-option-id="metric:orders"]');
    await chip.waitFor();
    await axeClean(page, "a clarification with chips");
    await chip.click();
    await expect.poll(() => page.locator("article.msg.assistant").count()).toBe(2);
    const answer = page.locator("article.msg.assistant").nth(1);
    await answer.locator(".msg-text").waitFor();
    expect(await answer.locator("button.chip").count()).toBe(0);
    expect(await answer.locator(".msg-text").textContent()).toMatch(/[Oo]rders/);
  });

  it("another organization's thread URL shows nothing of theirs", async () => {
    const other = await h.browser.newContext();
    const p = await other.newPage();
    p.on("console", watchConsole);
    await signIn(p, h.url, h.keys.betaAdmin);
    await p.waitForURL(`${h.url}/`);
    await p.goto(threadUrl);
    await expect.poll(() => p.locator("main .error").textContent()).toMatch(/does not exist/);
    const body = (await p.textContent("body")) ?? "";
    expect(body).not.toMatch(/revenue by channel/i);
    expect(body).not.toContain("Acme");
    await other.close();
  });

  it("the overview: KPI cards against the previous period, a trend chart, channels; a KPI asks the chat", async () => {
    await page.goto(`${h.url}/overview`);
    await page.getByRole("heading", { name: "Overview" }).waitFor();
    const kpis = page.getByRole("region", { name: "Headline KPIs" }).locator("a.kpi");
    await expect.poll(() => kpis.count()).toBeGreaterThanOrEqual(5);
    expect(await page.textContent("body")).toContain("America/New_York");
    await page.locator('.chart[data-rendered="true"] svg .mark-line path').first().waitFor();
    expect(await page.locator("table.data-table tbody tr").count()).toBeGreaterThan(1);
    await axeClean(page, "the overview");
    await page.getByLabel("Period").selectOption("last_month");
    await expect.poll(() => page.textContent("body")).toContain("2026-10-01 to 2026-10-31");
    await kpis.first().click();
    await page.waitForURL(/\/chat\/[\w-]+$/);
    await page.locator("article.msg.assistant .msg-text").waitFor();
  });

  it("the catalog: search, definitions with formula and synonyms; an admin gets the custom-metric form", async () => {
    await page.goto(`${h.url}/catalog`);
    await page.getByRole("heading", { name: "Catalog" }).waitFor();
    await page.locator("#metric-roas").waitFor();
    expect(await page.locator("#metric-roas").textContent()).toMatch(/Also called:/);
    await page.getByLabel("Search metrics and dimensions").fill("return on ad spend");
    await expect
      .poll(() => page.locator("section[aria-labelledby=metrics-h] li").first().getAttribute("id"))
      .toBe("metric-roas");
    await axeClean(page, "the catalog");
    await page.getByRole("button", { name: "New custom metric" }).click();
    await page.getByLabel("Key", { exact: true }).fill("Bad Key");
    await page.getByLabel("Formula", { exact: true }).fill("spend / nosuchmetric");
    await page.getByLabel("Label", { exact: true }).fill("Broken");
    await page.getByRole("button", { name: "Create metric" }).click();
    await expect.poll(() => page.locator("#cm-key-error").textContent()).toMatch(/lower_snake_case/);
    await page.getByLabel("Key", { exact: true }).fill("blended_cpa_test");
    await page.getByRole("button", { name: "Create metric" }).click();
    await expect.poll(() => page.locator("#cm-formula-error").textContent()).toMatch(/nosuchmetric/);
    await axeClean(page, "the custom-metric form with errors");
  });

  it("a viewer cannot open the custom-metric form", async () => {
    const viewer = await h.browser.newContext();
    const p = await viewer.newPage();
    await signIn(p, h.url, h.keys.viewer);
    await p.waitForURL(`${h.url}/`);
    await p.goto(`${h.url}/catalog`);
    await p.locator("#metric-roas").waitFor();
    expect(await p.getByRole("button", { name: "New custom metric" }).count()).toBe(0);
    expect(await p.textContent("body")).toMatch(/Viewers can browse the catalog/);
    // And the API refuses the viewer's session, whatever the page shows.
    const res = await p.request.post(`${h.url}/api/v1/catalog/metrics`, {
      data: { key: "x_by_viewer", label: "X", formula: "spend / orders" },
      headers: { "sec-fetch-site": "same-origin" },
    });
    expect(res.status()).toBe(403);
    await viewer.close();
  });

  it("schedules and alerts: create a weekly brief to a webhook, preview, send now, delete; an alert rule", async () => {
    const received: { signature: string; body: string }[] = [];
    const receiver = createServer((req, res) => {
      let body = "";
      req.on("data", (c: Buffer) => {
        body += c.toString();
      });
      req.on("end", () => {
        received.push({ signature: String(req.headers["x-signature"] ?? ""), body });
        res.writeHead(204).end();
      });
    });
    const port = await portInRange(4250, 4290);
    await new Promise<void>((r) => receiver.listen(port, "127.0.0.1", () => r()));
    try {
      await page.goto(`${h.url}/schedules`);
      await page.getByRole("heading", { name: "Schedules and alerts" }).waitFor();
      await page.getByText("No schedules yet.").waitFor();
      await axeClean(page, "the schedules page");
      await page.getByRole("button", { name: "New schedule" }).click();
      await page.getByLabel("Name", { exact: true }).fill("Monday brief for the team");
      await page.locator("#sf-weekday").selectOption("1");
      await page.getByLabel("at", { exact: true }).fill("09:00");
      // A bad URL: the API's message appears beside the destination.
      await page.getByLabel("Webhook URL").fill("not a url");
      await page.getByRole("button", { name: "Create schedule" }).click();
      await expect.poll(() => page.locator("#sf-dest-error").textContent()).toMatch(/URL/);
      await axeClean(page, "the schedule form with an error");
      await page.getByLabel("Webhook URL").fill(`http://127.0.0.1:${port}/brief`);
      await page.getByRole("button", { name: "Create schedule" }).click();
      await expect.poll(() => page.locator(".notice").textContent()).toMatch(/signing secret/);
      const item = page.getByRole("list", { name: "Brief schedules" }).getByRole("listitem", {
        name: "Monday brief for the team",
      });
      expect(await item.textContent()).toMatch(/Mondays at 09:00 \(America\/New_York\)/);

      await item.getByRole("button", { name: "Preview" }).click();
      const result = item.getByRole("region", { name: "Schedule result" });
      await expect.poll(() => result.textContent(), { timeout: 60_000 }).toMatch(/Preview: .*brief/i);
      expect(received).toHaveLength(0); // a preview delivers nothing
      await item.getByRole("button", { name: "Send now" }).click();
      await expect.poll(() => result.textContent(), { timeout: 60_000 }).toMatch(/Sent now: delivered/);
      expect(received).toHaveLength(1);
      expect(received[0]!.signature).not.toBe("");

      await page.getByRole("button", { name: "New alert rule" }).click();
      await page.getByLabel("Name", { exact: true }).fill("CPA above $50");
      await page.getByLabel("Metric", { exact: true }).selectOption("cpa");
      await page.getByLabel("Threshold").fill("50");
      await page.getByLabel("Only this channel (optional)").fill("paid_social");
      await page.getByLabel("E-mail", { exact: true }).check();
      await page.getByLabel("E-mail addresses (comma-separated)").fill("cmo@example.com");
      await page.getByRole("button", { name: "Create alert rule" }).click();
      const rule = page
        .getByRole("list", { name: "Alert rules" })
        .getByRole("listitem", { name: "CPA above $50" });
      await expect.poll(() => rule.textContent()).toMatch(/cpa above 50 \(channel paid_social\)/);
      await axeClean(page, "the schedules page with a schedule and a rule");

      await rule.getByRole("button", { name: "Delete alert rule CPA above $50" }).click();
      await page.getByText("No alert rules yet.").waitFor();
      await item.getByRole("button", { name: "Delete schedule Monday brief for the team" }).click();
      await page.getByText("No schedules yet.").waitFor();
    } finally {
      receiver.close();
    }
  });

  it("a viewer sees schedules and alerts but cannot change them", async () => {
    const res = await fetch(`${h.url}/api/v1/briefs`, {
      method: "POST",
      headers: { authorization: `Bearer ${h.keys.admin}`, "content-type": "application/json" },
      body: JSON.stringify({
        name: "Daily digest",
        cron: "0 8 * * *",
        destinations: [{ type: "email", to: ["team@example.com"] }],
      }),
    });
    expect(res.status).toBe(201);
    const viewer = await h.browser.newContext();
    const p = await viewer.newPage();
    await signIn(p, h.url, h.keys.viewer);
    await p.waitForURL(`${h.url}/`);
    await p.goto(`${h.url}/schedules`);
    const item = p.getByRole("listitem", { name: "Daily digest" });
    await expect.poll(() => item.textContent()).toMatch(/Every day at 08:00/);
    expect(await p.textContent("body")).toMatch(/Viewers see schedules and alerts/);
    for (const name of ["New schedule", "New alert rule", "Send now", "Delete schedule Daily digest"])
      expect(await p.getByRole("button", { name }).count()).toBe(0);
    expect(await item.getByRole("button", { name: "Preview" }).count()).toBe(1);
    const refused = await p.request.delete(
      `${h.url}/api/v1/briefs/${((await res.json()) as { schedule: { id: number } }).schedule.id}`,
      {
        headers: { "sec-fetch-site": "same-origin" },
      },
    );
    expect(refused.status()).toBe(403);
    await viewer.close();
  });

  it("dark mode: follows prefers-color-scheme, one-click demo sign-in, axe clean, the toggle is remembered", async () => {
    const dark = await h.browser.newContext({ colorScheme: "dark", viewport: { width: 1280, height: 900 } });
    const p = await dark.newPage();
    p.on("console", watchConsole);
    const background = () => p.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await p.goto(`${h.url}/sign-in`);
    await p.getByRole("button", { name: "Demo as analyst" }).click();
    await p.waitForURL(`${h.url}/`);
    await p.getByRole("heading", { name: /Ask about Acme Outdoor/ }).waitFor();
    expect(await p.locator(".org .tag").textContent()).toBe("analyst");
    expect(await background()).toBe("rgb(19, 20, 23)");
    await axeClean(p, "the empty chat (dark)");
    await p.locator("#question").fill("revenue by channel last month");
    await p.locator("#question").press("Enter");
    const answer = p.locator("article.msg.assistant").last();
    await answer.locator('.chart[data-rendered="true"] svg.marks').waitFor();
    await axeClean(p, "a chat with a chart and a table (dark)");
    for (const [path, heading] of [
      ["/overview", "Overview"],
      ["/catalog", "Catalog"],
      ["/schedules", "Schedules and alerts"],
    ] as const) {
      await p.goto(`${h.url}${path}`);
      await p.getByRole("heading", { name: heading }).waitFor();
      if (path === "/overview") await p.locator('.chart[data-rendered="true"] svg').first().waitFor();
      await axeClean(p, `${heading} (dark)`);
    }
    // The toggle overrides the system setting and survives a reload.
    const toggle = p.getByRole("button", { name: "Dark mode" });
    expect(await toggle.getAttribute("aria-pressed")).toBe("true");
    await toggle.click();
    expect(await background()).toBe("rgb(247, 247, 245)");
    await p.reload();
    await p.getByRole("heading", { name: "Schedules and alerts" }).waitFor();
    expect(await background()).toBe("rgb(247, 247, 245)");
    expect(await p.evaluate(() => localStorage.getItem("theme"))).toBe("light");
    await axeClean(p, "the schedules page (light by the toggle, dark system)");
    await dark.close();
  });

  it("at a phone's 390 px: the chart's title fits and wraps, nothing is wider than the screen", async () => {
    const phone = await h.browser.newContext({ viewport: { width: 390, height: 844 } });
    const p = await phone.newPage();
    p.on("console", watchConsole);
    await signIn(p, h.url, h.keys.admin);
    await p.waitForURL(`${h.url}/`);
    await p.locator("#question").fill("revenue by channel last month");
    await p.locator("#question").press("Enter");
    const answer = p.locator("article.msg.assistant").last();
    const chart = answer.locator('.chart[data-rendered="true"]');
    await chart.locator("svg.marks").waitFor();
    // Every line of the title inside the viewport and inside the drawn SVG (not cut by it), clear
    // of the chart's actions button, and the whole title there: no ellipsis, the year at its end.
    // (Vega draws a title of several lines as one <text> with a <tspan> a line.)
    const lines = chart.locator("svg .role-title-text text tspan");
    expect(await lines.count()).toBeGreaterThan(1);
    const svg = (await chart.locator("svg.marks").boundingBox())!;
    const actions = (await chart.locator("summary").boundingBox())!;
    const overlaps = (a: typeof svg, b: typeof svg) =>
      a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
    let title = "";
    for (const line of await lines.all()) {
      const box = (await line.boundingBox())!;
      expect(box.x, "title line's left edge").toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, "title line's right edge").toBeLessThanOrEqual(390);
      expect(box.x).toBeGreaterThanOrEqual(svg.x - 0.5);
      expect(box.x + box.width).toBeLessThanOrEqual(svg.x + svg.width + 0.5);
      expect(overlaps(box, actions), "title line under the actions button").toBe(false);
      title += `${await line.textContent()} `;
    }
    expect(title.trim()).toMatch(/^Revenue \(USD\) by channel, October 1–31, 2026$/);
    await axeClean(p, "a chat with a chart at 390 px");
    // No page is wider than the phone (tables scroll inside their own box).
    for (const path of ["/", "/overview", "/catalog", "/schedules"]) {
      if (path !== "/") {
        await p.goto(`${h.url}${path}`);
        await p.waitForLoadState("networkidle");
      }
      const width = await p.evaluate(() => document.documentElement.scrollWidth);
      expect(width, `${path} is wider than 390 px`).toBeLessThanOrEqual(390);
    }
    await phone.close();
  });

  it("signs out", async () => {
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.waitForURL(/\/sign-in$/);
    const res = await page.request.get(`${h.url}/api/v1/me`);
    expect(res.status()).toBe(401);
  });

  it("raised no Content-Security-Policy violations", () => {
    expect(cspErrors).toEqual([]);
  });
});
