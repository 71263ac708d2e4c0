/// <reference types="node" />
/**
 * Prints every printable of every lesson to PDF in Chromium, in US Letter and A4, and reads the
 * PDFs back with poppler's pdftotext and pdfinfo (Debian's poppler-utils) to check:
 *
 * - the paper size and the page count (at least one page per sheet the page asks for, at most a
 *   ceiling per kind; Letter and A4 within a few pages of each other);
 * - that no box (a question, role card, rubric, exit ticket, the quick key) is split across pages:
 *   the first and the last words of every box are found, in order, on the same page;
 * - that form B of the quiz and the plan's quick key start a new page;
 * - that the student handout, the activity materials and the quiz forms contain no key material
 *   (explanations, feedback, look-for notes, the quick key) and no question, objective or source ids.
 *
 * Usage: npx tsx test/docs/printables-pdf.ts [lesson-id ...]   (run with tsx, not vitest)
 * PDF sizes and page counts go to test-output/printables.json.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadLessons } from "../../scripts/generate-catalog.js";
import { loadPrintable, PAPER_SIZES, printPdf, startChromium } from "../../scripts/print-pdfs.js";
import { type PrintableKind, printableFile, renderPrintables } from "../../scripts/printables.js";
import { idsOf, keyMaterial, squeeze } from "../_helpers/key-material.js";

/** The most pages each printable may take on either paper size. */
const MAX_PAGES: { [K in PrintableKind]: number } = { handout: 20, activity: 8, quiz: 24, plan: 12 };
/** Each paper size in points (Chromium rounds A4 to 8.27 x 11.7 inches, within 2 points of it). */
const POINTS: Record<string, [number, number]> = { letter: [612, 792], a4: [595.28, 841.89] };

const failures: string[] = [];
let checks = 0;
function check(ok: boolean, what: string): void {
  checks++;
  if (!ok) {
    failures.push(what);
    console.log(`FAIL ${what}`);
  }
}

/** The text of each page of a PDF, as pdftotext reads it. */
function rawPagesOf(pdf: string): string[] {
  const text = execFileSync("pdftotext", ["-enc", "UTF-8", pdf, "-"], { encoding: "utf8", maxBuffer: 64 << 20 });
  const pages = text.split("\f");
  if (pages.at(-1)?.trim() === "") pages.pop();
  return pages;
}

function pdfInfo(pdf: string): { pages: number; size: [number, number] } {
  const info = execFileSync("pdfinfo", [pdf], { encoding: "utf8" });
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
  const [w = 0, h = 0] = (/^Page size:\s+([\d.]+) x ([\d.]+)/m.exec(info) ?? []).slice(1).map(Number);
  return { pages, size: [w, h] };
}

/** Where `needle` first occurs at or after `from` in the pages read as one text: [page, offset], or null. */
function find(pages: string[], needle: string, from: [number, number]): [number, number] | null {
  for (let p = from[0]; p < pages.length; p++) {
    const at = (pages[p] ?? "").indexOf(needle, p === from[0] ? from[1] : 0);
    if (at !== -1) return [p, at];
  }
  return null;
}

const only = new Set(process.argv.slice(2));
const lessons = (await loadLessons()).filter((l) => only.size === 0 || only.has(l.id));
const out = mkdtempSync(join(tmpdir(), "printables-"));
const report: Record<string, Record<string, { pages: number; bytes: number }>> = {};
const started = performance.now();
const browser = await startChromium();
try {
  const page = await browser.context.newPage();
  page.on("dialog", (dialog) => {
    failures.push(`a dialog opened: ${dialog.message()}`);
    void dialog.dismiss();
  });
  for (const lesson of lessons) {
    const keys = keyMaterial(lesson);
    const ids = idsOf(lesson);
    for (const printable of renderPrintables(lesson)) {
      await loadPrintable(page, printable);
      // The first and last few words of each box, and whether it must start a sheet, as laid out.
      const boxes = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>(".box")].map((box) => {
          const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
          const texts: { text: string; inTable: boolean }[] = [];
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const text = (node.textContent ?? "").replace(/\s+/g, "");
            if (text) texts.push({ text, inTable: node.parentElement?.closest("table") !== null });
          }
          // Whole text nodes, long enough to be found only where the box is. pdftotext may read table
          // cells in another order, so the opening stops at a table and the end is one node or more.
          let first = "";
          for (const t of texts) {
            if (first.length >= 40 || (t.inTable && first.length >= 8)) break;
            first += t.text;
          }
          let last = "";
          for (const t of [...texts].reverse()) if (last.length < 12) last = t.text + last;
          return { label: box.dataset.box ?? "", first, last };
        }),
      );
      const sheets = await page.evaluate(() => document.querySelectorAll(".sheet").length);
      for (const size of PAPER_SIZES) {
        const file = join(out, size.name, printableFile(lesson.id, printable.kind, "pdf"));
        mkdirSync(join(out, size.name), { recursive: true });
        await printPdf(page, printable, size, file);
        const where = `${lesson.id} ${printable.kind} (${size.name})`;
        const info = pdfInfo(file);
        const raw = rawPagesOf(file);
        const pages = raw.map(squeeze);
        const entry = report[`${lesson.id}.${printable.kind}`] ?? {};
        entry[size.name] = { pages: info.pages, bytes: statSync(file).size };
        report[`${lesson.id}.${printable.kind}`] = entry;

        const [w, h] = POINTS[size.name] ?? [0, 0];
        check(
          Math.abs(info.size[0] - w) <= 2 && Math.abs(info.size[1] - h) <= 2,
          `${where}: paper is ${w} x ${h} pt (${info.size.join(" x ")})`,
        );
        check(pages.length === info.pages, `${where}: pdftotext reads ${pages.length} pages of ${info.pages}`);
        check(
          info.pages >= sheets + 1 && info.pages <= MAX_PAGES[printable.kind],
          `${where}: ${info.pages} pages, between ${sheets + 1} and ${MAX_PAGES[printable.kind]}`,
        );

        let cursor: [number, number] = [0, 0];
        for (const box of boxes) {
          const first = squeeze(box.first).slice(0, 40);
          const last = squeeze(box.last).slice(-40);
          const start = find(pages, first, cursor);
          // pdftotext may read a table column by column, so the end is looked for from the top of
          // the page the box starts on, not from where its first words are.
          const end = start && find(pages, last, [start[0], 0]);
          check(
            start !== null && end !== null && start[0] === end[0],
            `${where}: box ${box.label} is on one page (starts on ${start ? start[0] + 1 : "?"}, ends on ${end ? end[0] + 1 : "?"})`,
          );
          if (start) cursor = [start[0], start[1] + 1];
        }

        const firstOf = (label: string) => {
          const box = boxes.find((b) => b.label === label);
          return box ? find(pages, squeeze(box.first).slice(0, 40), [0, 0])?.[0] : undefined;
        };
        if (printable.kind === "quiz") {
          const lastA = boxes.filter((b) => b.label.startsWith("form-a-")).at(-1)?.label ?? "";
          const formB = pages.findIndex((p) => p.includes(squeeze("Form B")));
          check(formB > (firstOf(lastA) ?? Number.POSITIVE_INFINITY), `${where}: form B starts a new page`);
        }
        if (printable.kind === "plan") {
          const keyPage = firstOf("quick-key");
          const before = boxes.filter((b) => b.label !== "quick-key").map((b) => firstOf(b.label) ?? 0);
          check(
            keyPage !== undefined && keyPage > Math.max(...before),
            `${where}: the quick key has a page of its own`,
          );
        }
        if (printable.audience === "student") {
          const text = pages.join("");
          const leaks = keys.filter((k) => text.includes(k.snippet)).map((k) => k.what);
          check(leaks.length === 0, `${where}: no key material${leaks.length ? ` (found ${leaks.join(", ")})` : ""}`);
          // Ids are compared with their hyphens, as whole tokens: "two-word-term" is an id, "two-word term" is not.
          const words = raw.join(" ");
          const shown = ids.filter(
            (id) =>
              (id.includes("-") || /\d/.test(id)) &&
              new RegExp(`(^|[^\\w-])${id.replace(/[[\]]/g, "\\$&")}([^\\w-]|$)`).test(words),
          );
          check(shown.length === 0, `${where}: no ids${shown.length ? ` (found ${shown.join(", ")})` : ""}`);
        }
      }
    }
  }
} finally {
  await browser.close();
  rmSync(out, { recursive: true, force: true });
}

const seconds = (performance.now() - started) / 1000;
const root = fileURLToPath(new URL("../../", import.meta.url));
mkdirSync(join(root, "test-output"), { recursive: true });
writeFileSync(join(root, "test-output/printables.json"), `${JSON.stringify({ seconds, report }, null, 2)}\n`);
const pdfs = Object.values(report).reduce((n, sizes) => n + Object.keys(sizes).length, 0);
console.log(`${pdfs} PDFs, ${checks} checks in ${seconds.toFixed(1)} s (test-output/printables.json)`);
console.log(`${checks - failures.length} passed, ${failures.length} failed`);
process.exitCode = failures.length ? 1 : 0;
