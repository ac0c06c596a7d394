// Browser test of the dashboard: drives Debian's Chromium (never a downloaded browser) with playwright-core
// against a running `faultline serve`, loads every view on the sample corpus, checks what a person would see,
// and saves a screenshot of each. Any request to another origin fails the run: the dashboard must work offline.
//
//   node e2e/dashboard.mjs http://127.0.0.1:5080 ../TestResults/screenshots
//
// Prints one line per check; exits 1 on the first failed check.
import { chromium } from "playwright-core";
import { mkdirSync } from "node:fs";
import { join } from "node:path";

const base = (process.argv[2] ?? "http://127.0.0.1:5080").replace(/\/$/, "");
const shots = process.argv[3] ?? "screenshots";
const executablePath = process.env.CHROMIUM ?? "/usr/bin/chromium";
mkdirSync(shots, { recursive: true });

const browser = await chromium.launch({
  executablePath,
  headless: true,
  args: ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-default-apps", "--no-first-run", "--disable-dev-shm-usage"],
});
const failures = [];
let page;
try {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  page = await context.newPage();
  const origin = new URL(base).origin;
  const foreign = [];
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith("data:") || url.startsWith("blob:")) return route.continue();
    foreign.push(url);
    return route.abort();
  });
  const consoleErrors = [];
  // a 400 is the API's answer to a bad parameter (tested below), shown to the user: not a script error
  page.on("console", (m) => { if (m.type() === "error" && !/status of 400/.test(m.text())) consoleErrors.push(m.text()); });
  page.on("response", (r) => { if (r.status() >= 500) consoleErrors.push(`${r.status()} from ${r.url()}`); });
  page.on("pageerror", (e) => consoleErrors.push(String(e)));

  const check = (name, ok, detail = "") => {
    console.log(`${ok ? "ok  " : "FAIL"} ${name}${detail ? `: ${detail}` : ""}`);
    if (!ok) failures.push(name);
  };
  // a view is ready when it has its data; naming the view keeps the previous page's flag from answering
  const ready = (view) => page.waitForSelector(`#view[data-view="${view}"][data-ready="true"]`, { timeout: 20000 });
  const shot = (name) => page.screenshot({ path: join(shots, `${name}.png`), fullPage: false });
  const count = (selector) => page.locator(selector).count();

  // Overview
  await page.goto(`${base}/#/`);
  await ready("overview");
  const dyadRows = await count("#top-dyads tbody tr");
  const storyRows = await count("#latest-stories tbody tr");
  check("overview lists dyads by tension change", dyadRows > 0, `${dyadRows} dyads`);
  check("overview lists the latest stories", storyRows > 0, `${storyRows} stories`);
  check("header shows the store's counts", /\d+ articles · \d+ events/.test(await page.locator("#store-counts").innerText()));
  await shot("1-overview");

  // Clicking an event opens its evidence
  await page.locator("#latest-stories tbody tr").first().click();
  await page.waitForSelector("#evidence blockquote.sentence", { timeout: 10000 });
  const trigger = await page.locator("#evidence mark.trigger").innerText().catch(() => "");
  check("clicking an event opens its evidence with the trigger marked", trigger.length > 0, `trigger "${trigger}"`);
  await shot("2-evidence");

  // Article view from the evidence
  await page.locator("#evidence a[href^='#/article/']").click();
  await ready("article");
  const entities = await count("#article-text mark.ent");
  const sentences = await count("#article-text .evsent");
  check("article view highlights entities", entities > 0, `${entities} entities`);
  check("article view marks the events' sentences", sentences > 0, `${sentences} sentences`);
  await shot("3-article");
  await page.locator("#evidence .close").click().catch(() => {});

  // Dyad view: the top dyad
  await page.goto(`${base}/#/`);
  await ready("overview");
  const href = await page.locator("#top-dyads tbody tr a").first().getAttribute("href");
  await page.goto(`${base}/${href}`);
  await ready("dyad");
  const points = Number(await page.locator("#dyad-chart").getAttribute("data-points") ?? "0");
  const canvases = await count("#dyad-chart canvas");
  check("dyad chart has points", points > 0 && canvases > 0, `${href}: ${points} intervals`);
  check("dyad view lists its events", (await count("table.events tbody tr")) > 0);
  await shot("4-dyad");

  // Network
  await page.goto(`${base}/#/network`);
  await ready("network");
  const nodes = Number(await page.locator("#network-graph").getAttribute("data-nodes") ?? "0");
  const edges = Number(await page.locator("#network-graph").getAttribute("data-edges") ?? "0");
  check("network has nodes and edges", nodes > 1 && edges > 0, `${nodes} nodes, ${edges} edges`);
  check("network shows its balance summary", /signed edges/.test(await page.locator("#triads").innerText()));
  await shot("5-network");

  // Map
  await page.goto(`${base}/#/map`);
  await ready("map");
  const countries = await count("#event-map .countries path");
  const circles = await count("#event-map circle");
  check("map draws the world offline", countries > 100, `${countries} countries`);
  check("map shows event places", circles > 0, `${circles} places`);
  await page.locator("#event-map circle").last().dispatchEvent("click");
  await page.waitForSelector("#place-events table.events tbody tr", { timeout: 10000 }).catch(() => {});
  check("clicking a place lists its events", (await count("#place-events table.events tbody tr")) > 0);
  await shot("6-map");

  // Search from the header
  await page.fill("#quick-search input", "police");
  await page.press("#quick-search input", "Enter");
  await ready("search");
  const hits = await count("ol.hits li");
  check("search finds articles and highlights the words", hits > 0 && (await count("ol.hits mark")) > 0, `${hits} hits`);
  await shot("7-search");

  // A bad dyad shows a clear message, not a blank page
  await page.goto(`${base}/#/dyad/P4K/AFG`);
  await ready("dyad");
  check("a bad actor code gets a clear message", (await page.locator("#view .error").innerText().catch(() => "")).includes("must be"));

  check("no request left the server's origin", foreign.length === 0, foreign.slice(0, 3).join(", "));
  check("no script errors", consoleErrors.length === 0, consoleErrors.slice(0, 3).join(" | "));
} catch (e) {
  console.log(`FAIL ${e.message.split("\n")[0]}`);
  failures.push(e.message);
  if (page) await page.screenshot({ path: join(shots, "failure.png") }).catch(() => {});
} finally {
  await browser.close();
}
console.log(failures.length === 0 ? "dashboard: all checks passed" : `dashboard: ${failures.length} check(s) failed`);
process.exit(failures.length === 0 ? 0 : 1);
