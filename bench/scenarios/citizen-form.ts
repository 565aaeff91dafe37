import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { APP_COPY } from "../lib/app-server";
import { report } from "../lib/measure";
import { type RunContext, writeOut } from "./context";

const ROUTE = "/(public)/requests/new/page";
const MAX_FIRST_LOAD_KB = 150;
const MIN_PERFORMANCE = 95;
const MIN_ACCESSIBILITY = 100;
const CHROMIUM = "/usr/bin/chromium";
const CHROME_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

const gzipKb = (file: string) => zlib.gzipSync(fs.readFileSync(file)).length / 1024;

/**
 * The JS a first visit to the route loads, from the build output: the root main files every App Router page
 * loads (build-manifest.json, without the nomodule polyfills) plus the route's client entry chunks (its
 * client-reference manifest's entryJSFiles for the page and its layouts). Gzip sizes, each file once.
 */
function firstLoadFromManifests(): { files: string[]; kb: number; rootKb: number } {
  const next = path.join(APP_COPY, ".next");
  const build = JSON.parse(fs.readFileSync(path.join(next, "build-manifest.json"), "utf8")) as { rootMainFiles: string[] };
  const manifestJs = fs.readFileSync(path.join(next, "server/app/(public)/requests/new/page_client-reference-manifest.js"), "utf8");
  const sandbox = { globalThis: {} as Record<string, unknown> };
  new Function("globalThis", manifestJs)(sandbox.globalThis);
  const rsc = (sandbox.globalThis.__RSC_MANIFEST as Record<string, { entryJSFiles: Record<string, string[]> }>)[ROUTE];
  if (!rsc) throw new Error(`no client reference manifest for ${ROUTE}`);
  const entries = Object.entries(rsc.entryJSFiles).filter(([k]) => k === "[project]/app/layout" || k.startsWith("[project]/app/(public)/")).flatMap(([, v]) => v);
  const files = [...new Set([...build.rootMainFiles, ...entries])];
  const kbOf = (list: string[]) => list.reduce((sum, f) => sum + gzipKb(path.join(next, f)), 0);
  return { files, kb: kbOf(files), rootKb: kbOf(build.rootMainFiles) };
}

/** The same measured from what the served HTML actually references (`<script src>`), as a cross-check. */
async function firstLoadFromHtml(baseUrl: string): Promise<{ files: string[]; kb: number }> {
  const html = await (await fetch(`${baseUrl}/requests/new`)).text();
  // `noModule` scripts (legacy polyfills) are never fetched by the browsers that run the app.
  const tags = [...html.matchAll(/<script[^>]*>/g)].map((m) => m[0]).filter((tag) => !/nomodule/i.test(tag));
  const files = [...new Set(tags.flatMap((tag) => /src="\/_next\/([^"]+\.js)"/.exec(tag)?.[1] ?? []))];
  return { files, kb: files.reduce((sum, f) => sum + gzipKb(path.join(APP_COPY, ".next", f)), 0) };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** `/requests/new`: first-load JS against the budget, then Lighthouse 12.2.3 (default mobile config) in Debian's Chromium. */
export async function runCitizenFormScenario(ctx: RunContext, baseUrl: string): Promise<void> {
  console.log("\n== Citizen form /requests/new: first-load JS and Lighthouse ==");
  const fromManifest = firstLoadFromManifests();
  const fromHtml = await firstLoadFromHtml(baseUrl);
  console.log(`  build manifests: ${fromManifest.files.length} files, ${fromManifest.kb.toFixed(1)} KB gzip (Next's root main files, on every page: ${fromManifest.rootKb.toFixed(1)} KB); served HTML's <script src>: ${fromHtml.files.length} files, ${fromHtml.kb.toFixed(1)} KB gzip`);
  const kb = Math.max(fromManifest.kb, fromHtml.kb);
  report({ scenario: "citizen form first-load JS (gzip)", figure: `${kb.toFixed(1)} KB`, target: `≤ ${MAX_FIRST_LOAD_KB} KB`, met: kb <= MAX_FIRST_LOAD_KB });

  const runs = ctx.quick ? 1 : 5;
  const scores: { performance: number; accessibility: number }[] = [];
  // The floor, alternated with the form so both see the same background load: /track, the app's lightest public
  // page (root layout, header, a two-field lookup form). What it scores, no page of this app can beat.
  const floor: number[] = [];
  for (let i = 0; i < runs; i++) {
    const form = await lighthouseRun(`${baseUrl}/requests/new`);
    const { lhr, report: json } = form;
    const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
    scores.push({ performance: score("performance"), accessibility: score("accessibility") });
    if (i === runs - 1 || score("accessibility") < MIN_ACCESSIBILITY) writeOut(ctx, "lighthouse-requests-new.json", json);
    console.log(`  run ${i + 1}: performance ${score("performance")}, accessibility ${score("accessibility")} (${metrics(lhr)})`);
    const failing = Object.values(lhr.audits).filter((a) => a.score !== null && a.score < 1 && lhr.categories.accessibility?.auditRefs.some((r) => r.id === a.id && r.weight > 0));
    if (failing.length) console.log(`    accessibility audits not passed: ${failing.map((a) => a.id).join(", ")}`);
    const track = (await lighthouseRun(`${baseUrl}/track`)).lhr;
    floor.push(Math.round((track.categories.performance?.score ?? 0) * 100));
    console.log(`    floor /track: performance ${floor[i]} (${metrics(track)})`);
  }
  const performance = median(scores.map((s) => s.performance));
  const accessibility = median(scores.map((s) => s.accessibility));
  report({ scenario: `Lighthouse performance (median of ${runs}, mobile)`, figure: String(performance), target: `≥ ${MIN_PERFORMANCE}`, met: performance >= MIN_PERFORMANCE });
  report({ scenario: `Lighthouse accessibility (median of ${runs})`, figure: String(accessibility), target: `= ${MIN_ACCESSIBILITY}`, met: accessibility >= MIN_ACCESSIBILITY });
  report({ scenario: `Lighthouse performance of /track, the floor (median of ${runs})`, figure: String(median(floor)), target: "(info)", met: null });
}

type LighthouseResult = { lhr: NonNullable<Awaited<ReturnType<typeof lighthouse>>>["lhr"]; report: string };

/** One Lighthouse run (default mobile settings: simulated slow 4G, 4× CPU slowdown) in a fresh Chromium. */
async function lighthouseRun(url: string): Promise<LighthouseResult> {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: CHROME_FLAGS, logLevel: "error" });
  try {
    const result = await lighthouse(url, { port: chrome.port, onlyCategories: ["performance", "accessibility"], output: "json", logLevel: "error" });
    if (!result) throw new Error("Lighthouse returned no result");
    return { lhr: result.lhr, report: typeof result.report === "string" ? result.report : JSON.stringify(result.lhr) };
  } finally {
    chrome.kill();
  }
}

function metrics(lhr: LighthouseResult["lhr"]): string {
  const metric = (id: string) => lhr.audits[id]?.displayValue ?? "?";
  return `FCP ${metric("first-contentful-paint")}, LCP ${metric("largest-contentful-paint")}, TBT ${metric("total-blocking-time")}, CLS ${metric("cumulative-layout-shift")}`;
}
