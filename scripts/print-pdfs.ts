/// <reference types="node" />
/**
 * Prints every lesson's printables (scripts/printables.ts) to PDF with Debian's Chromium through
 * playwright-core: US Letter and A4, a running footer with the title and page numbers. The PDFs
 * are for teachers to download or print; they are not part of the npm package.
 *
 * Usage: npm run docs:print [-- lesson-id ...]   → docs/print/{letter,a4}/<id>.<kind>.pdf
 */
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type BrowserContext, chromium, type Page } from "playwright-core";
import { loadLessons } from "./generate-catalog.js";
import { escapeHtml, type Printable, printableFile, renderPrintables } from "./printables.js";

/** The paper sizes every printable is made in. */
export const PAPER_SIZES = [
  { name: "letter", format: "Letter" },
  { name: "a4", format: "A4" },
] as const;

/** One of {@link PAPER_SIZES}. */
export type PaperSize = (typeof PAPER_SIZES)[number];

/** Where `npm run docs:print` writes the PDFs. */
export const printDir = fileURLToPath(new URL("../docs/print/", import.meta.url));

/** Chromium flags for a headless run with no network chatter (see the toolchain notes). */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Starts Debian's Chromium with a throwaway profile; `close()` ends it and removes the profile. */
export async function startChromium(): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), "print-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: "/usr/bin/chromium",
    headless: true,
    args: CHROMIUM_ARGS,
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Loads a printable into the page as print media; no request leaves the page (the CSS is inline). */
export async function loadPrintable(page: Page, printable: Printable): Promise<void> {
  await page.emulateMedia({ media: "print" });
  await page.setContent(printable.html, { waitUntil: "load" });
  await page.evaluate(() => document.fonts.ready);
}

/** Prints the loaded printable to a PDF file at `path` and returns its bytes. */
export async function printPdf(page: Page, printable: Printable, size: PaperSize, path?: string): Promise<Buffer> {
  return page.pdf({
    ...(path ? { path } : {}),
    format: size.format,
    margin: { top: "14mm", bottom: "16mm", left: "14mm", right: "14mm" },
    printBackground: false,
    displayHeaderFooter: true,
    headerTemplate: "<span></span>",
    footerTemplate: `<div style="font: 8pt sans-serif; width: 100%; margin: 0 14mm; display: flex; justify-content: space-between;"><span>${escapeHtml(printable.title)}</span><span><span class="pageNumber"></span> / <span class="totalPages"></span></span></div>`,
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const only = new Set(process.argv.slice(2));
  const lessons = (await loadLessons()).filter((l) => only.size === 0 || only.has(l.id));
  const started = performance.now();
  const browser = await startChromium();
  let count = 0;
  try {
    const page = await browser.context.newPage();
    for (const size of PAPER_SIZES) mkdirSync(join(printDir, size.name), { recursive: true });
    for (const lesson of lessons) {
      for (const printable of renderPrintables(lesson)) {
        await loadPrintable(page, printable);
        for (const size of PAPER_SIZES) {
          await printPdf(
            page,
            printable,
            size,
            join(printDir, size.name, printableFile(lesson.id, printable.kind, "pdf")),
          );
          count++;
        }
      }
    }
  } finally {
    await browser.close();
  }
  console.log(`docs/print: ${count} PDFs in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
