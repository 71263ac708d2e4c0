/// <reference types="node" />
/**
 * Browser check of the built docs site (run `npm run docs` and `npm run docs:public` first). Serves
 * docs/site on 127.0.0.1 and checks, in Chromium:
 *
 * - the home page lists every lesson by topic in teaching order, each with its summary, grade
 *   bands, minutes, standards and printables, and links to the teacher materials;
 * - a teacher walks home → Lessons → a lesson → its quiz, and Teacher materials → a plan → its
 *   answer key; the API reference is one click away from every page;
 * - no student page (the lesson index, lesson pages, quizzes, student printables) links to
 *   teacher materials;
 * - searching for "impeachment" and "Marbury" finds the lesson pages of every lesson whose key
 *   terms or reading teach them;
 * - no page scrolls sideways on a 390 px wide phone;
 * - no dialog opens (lesson text never runs as script), no console error, no failed request;
 * - print media hides the site chrome, prints black on white, and keeps the quick key on one sheet;
 * - the public build (docs/site-public) has no teacher materials, in its pages or its search index.
 *
 * Screenshots go to test-output/screenshots/docs-*.png.
 * Usage: npx tsx test/docs/browser-docs.ts [lesson-id]   (run with tsx, not vitest)
 */
import { createReadStream, existsSync, mkdirSync, readdirSync, readFileSync, statSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import { inflateSync } from "node:zlib";
import { type BrowserContext, chromium, type Page } from "playwright-core";
import { lessons } from "../../lessons/index.js";
import { CHROMIUM_ARGS } from "../../scripts/print-pdfs.js";
import { TEACHING_ORDER } from "../../scripts/teaching-order.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const site = join(root, "docs/site");
const publicSite = join(root, "docs/site-public");
const shots = join(root, "test-output/screenshots");
const lessonId = process.argv[2] ?? "three-branches-and-checks";
const PHONE = 390;

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".json": "application/json",
  ".png": "image/png",
  ".ico": "image/x-icon",
};

/** Markdown reduced to the text a reader sees, for comparing a prompt with a rendered heading. */
const visible = (markdown: string) =>
  markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/[*_`]/g, "")
    .replace(/\s+/g, " ")
    .trim();

const failures: string[] = [];
function check(ok: boolean, what: string): void {
  console.log(`${ok ? "ok  " : "FAIL"} ${what}`);
  if (!ok) failures.push(what);
}

const lesson = lessons[lessonId];
if (!lesson) throw new Error(`unknown lesson "${lessonId}"`);
for (const dir of [site, publicSite]) {
  if (!existsSync(join(dir, "index.html")))
    throw new Error(`${dir}/index.html is missing: run \`npm run docs\` and \`npm run docs:public\` first`);
}
const first = lesson.questions[0];
if (!first) throw new Error(`lesson "${lessonId}" has no questions`);
const firstPrompt = visible(first.prompt);

function serve(dir: string): Promise<{ server: Server; base: string }> {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname));
    let file = join(dir, path);
    if (file.startsWith(dir) && existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
    if (!file.startsWith(dir) || !existsSync(file)) {
      response.writeHead(404).end("not found");
      return;
    }
    response.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () =>
      resolve({ server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` }),
    ),
  );
}

/** The rows of a built site's search index (TypeDoc stores it deflated and base64-encoded). */
function searchRows(dir: string): { name: string; url: string }[] {
  const script = readFileSync(join(dir, "assets/search.js"), "utf8");
  const data = /window\.searchData = "([^"]+)"/.exec(script)?.[1] ?? "";
  return JSON.parse(inflateSync(Buffer.from(data, "base64")).toString("utf8")).rows;
}

/** Every file under a folder, as paths relative to it. */
function filesUnder(dir: string, prefix = ""): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(dir, join(prefix, entry.name)) : [join(prefix, entry.name)],
  );
}

/** Lessons whose key terms or reading use a word: the lessons that teach it. */
const teaching = (word: string) =>
  Object.values(lessons)
    .filter((l) =>
      [...l.keyTerms.map((k) => `${k.term} ${k.definition}`), ...l.sections.map((s) => s.body)].some((t) =>
        t.toLowerCase().includes(word.toLowerCase()),
      ),
    )
    .map((l) => l.id);

const { server, base } = await serve(site);
const profile = await mkdtemp(join(tmpdir(), "docs-chromium-"));
let context: BrowserContext | undefined;
try {
  context = await chromium.launchPersistentContext(profile, {
    executablePath: "/usr/bin/chromium",
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: CHROMIUM_ARGS,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console error: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("dialog", (dialog) => {
    problems.push(`a dialog opened: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on("response", (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()} for ${response.url()}`);
  });
  page.on("requestfailed", (request) => {
    // A click that starts a new navigation aborts the page's pending requests; that is not a failure.
    if (request.failure()?.errorText !== "net::ERR_ABORTED") problems.push(`request failed: ${request.url()}`);
  });

  /** The text a reader sees in the first element matching `selector`. */
  // biome-ignore lint/performance/useDomNodeTextContent: Playwright's innerText is the rendered text, which is what we check
  const shown = (selector: string) => page.locator(selector).first().innerText();
  const here = () => page.url().slice(base.length);

  /** Opens a page, waits for TypeDoc to show it, screenshots it and returns its main text. */
  const visit = async (path: string, shot: string): Promise<string> => {
    await page.goto(base + path, { waitUntil: "load" });
    await page.locator(".tsd-typography").first().waitFor({ state: "visible" });
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: join(shots, `${shot}.png`) });
    return shown(".col-content");
  };
  const heading = () => shown(".tsd-typography h1");
  const clickThrough = async (name: string | RegExp, within = ".col-content") => {
    const from = page.url();
    await Promise.all([
      page.waitForURL((url) => url.href !== from),
      page
        .locator(`${within} a`, { hasText: typeof name === "string" ? name : name })
        .filter({ visible: true })
        .first()
        .click(),
    ]);
  };
  /** Every link target on the page's content, resolved. */
  const contentLinks = (p: Page) =>
    p.evaluate(() =>
      [
        ...document.querySelectorAll<HTMLAnchorElement>(
          ".col-content a[href], body > a[href], main a[href], section a[href]",
        ),
      ].map((a) => a.href),
    );

  mkdirSync(shots, { recursive: true });

  // The home page: every lesson, by topic in teaching order, with what a teacher needs to choose it.
  const home = await visit("index.html", "docs-home");
  const homeOrder = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLAnchorElement>(".tsd-typography h3 a")]
      .map((a) => /documents\/lessons\/([a-z0-9-]+)\.html$/.exec(a.href)?.[1])
      .filter(Boolean),
  );
  check(
    JSON.stringify(homeOrder) === JSON.stringify(TEACHING_ORDER.flatMap((u) => u.lessons)),
    `home page lists the ${homeOrder.length} lessons in teaching order`,
  );
  const units = TEACHING_ORDER.map((u) => home.indexOf(u.title));
  check(
    units.every((at, i) => at > 0 && (i === 0 || at > (units[i - 1] ?? 0))),
    "home page groups them by topic, in unit order",
  );
  for (const l of Object.values(lessons)) {
    const missing = [
      visible(l.summary).slice(0, 60),
      `${l.estimatedMinutes} minutes`,
      ...l.standards.map((s) => s.code),
      "student handout",
      "quiz forms a and b",
      "teacher's plan and quick key",
    ].filter((text) => !home.toLowerCase().includes(text.toLowerCase()));
    check(
      missing.length === 0,
      `home page shows ${l.id}'s summary, minutes, standards and printables${missing.length ? ` (missing ${missing.join(" | ")})` : ""}`,
    );
  }

  // The API reference is one click away, from the home page and from a lesson page.
  await clickThrough(/^API reference$/, ".site-menu");
  check(
    here() === "modules.html" && (await shown("h1")).includes("civics-lessons"),
    `"API reference" opens the module index (${here()})`,
  );

  // A student's path: Lessons → the lesson → its quiz; none of it links to teacher materials.
  await visit("index.html", "docs-home");
  await clickThrough(/^Lessons$/, ".site-menu");
  const index = await visit(here(), "docs-lessons");
  check(
    index.includes(lesson.title) && index.includes(visible(lesson.summary).slice(0, 60)),
    `Lessons index lists "${lesson.title}" with its summary`,
  );
  await clickThrough(lesson.title);
  const lessonPath = here();
  check(lessonPath === `documents/lessons/${lessonId}.html`, `lesson page lives at a stable URL (${lessonPath})`);
  const lessonText = await visit(lessonPath, "docs-lesson");
  check((await heading()) === lesson.title, "lesson page renders the lesson's title");
  for (const section of ["What you will learn", "Key terms", "Reading", "Questions to discuss", "Notes"]) {
    check(lessonText.includes(section), `lesson page has "${section}"`);
  }
  check(!/\[[a-z0-9]+(?:-[a-z0-9]+)+\]/.test(lessonText), "lesson page cites numbered notes, not source ids");
  await clickThrough(/^API reference$/, ".site-menu");
  check(here() === "modules.html", "the API reference is one click from a lesson page");
  await visit(lessonPath, "docs-lesson");
  await clickThrough(/^the quiz$/);
  const quizPath = here();
  const quiz = await visit(quizPath, "docs-quiz");
  check((await heading()).includes(lesson.title), "quiz renders the lesson's title");
  check(visible(await shown(".tsd-typography h3")) === `1. ${firstPrompt}`, "quiz renders the first question");
  check(!quiz.includes("Why:") && !quiz.includes(visible(first.explanation)), "quiz shows no explanations");

  const studentPages = [
    "documents/lessons/README.html",
    ...Object.keys(lessons).flatMap((id) => [`documents/lessons/${id}.html`, `documents/lessons/${id}.quiz.html`]),
  ];
  const teacherLinks: string[] = [];
  for (const path of studentPages) {
    await page.goto(base + path, { waitUntil: "load" });
    const links = await contentLinks(page);
    teacherLinks.push(
      ...links.filter((href) => /teachers\/|answer-key|\.plan\.html/.test(href)).map((href) => `${path} → ${href}`),
    );
  }
  check(
    teacherLinks.length === 0,
    `no student page links to teacher materials (${studentPages.length} pages)${teacherLinks.length ? `:\n  ${teacherLinks.slice(0, 5).join("\n  ")}` : ""}`,
  );

  // A teacher's path: Teacher materials → the plan → the answer key.
  await visit("index.html", "docs-home");
  await clickThrough(/^Teacher materials$/, ".site-menu");
  const teachers = await visit(here(), "docs-teachers");
  check(teachers.includes(lesson.title), "Teacher materials lists the lesson");
  await page.locator(".col-content").getByRole("link", { name: "plan", exact: true }).first().click();
  await page.waitForURL(/teachers\//);
  const planPath = here();
  const plan = await visit(planPath, "docs-plan");
  check((await heading()).startsWith("Teacher's plan"), `plan page opens (${planPath})`);
  check(plan.includes("Quick key") && plan.includes("Objectives"), "plan page has the objectives and the quick key");
  await clickThrough(/^answer key$/);
  const key = await visit(here(), "docs-answer-key");
  check((await heading()).includes(lesson.title), "answer key renders the lesson's title");
  check(key.includes("Why:") && key.includes("Scoring"), "answer key shows explanations and scoring rules");
  const keyPath = here();

  // Search the full text, as a teacher would.
  for (const word of ["impeachment", "Marbury"]) {
    const expected = teaching(word);
    await visit("index.html", "docs-home");
    await page.locator("#tsd-search-trigger").click();
    await page.locator("#tsd-search-input").fill(word);
    // No result at all is a failed check below, not a crash.
    await page
      .locator("#tsd-search-results li")
      .first()
      .waitFor({ state: "visible", timeout: 5000 })
      .catch(() => undefined);
    await page.screenshot({ path: join(shots, `docs-search-${word.toLowerCase()}.png`) });
    const found = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLAnchorElement>("#tsd-search-results li a")].map((a) => a.href),
    );
    const lessonHits = found.flatMap((href) => /documents\/lessons\/([a-z0-9-]+)\.html$/.exec(href)?.[1] ?? []);
    const missed = expected.filter((id) => !lessonHits.includes(id));
    check(
      expected.length > 0 && missed.length === 0,
      `searching "${word}" finds the lessons that teach it (${expected.join(", ")})${missed.length ? `; missed ${missed.join(", ")} in ${found.length} results` : ""}`,
    );
  }

  // A 390 px phone: no page scrolls sideways.
  await page.setViewportSize({ width: PHONE, height: 844 });
  const phonePages: [string, string][] = [
    ["index.html", "docs-home-mobile"],
    ["documents/lessons/README.html", "docs-lessons-mobile"],
    [lessonPath, "docs-lesson-mobile"],
    [quizPath, "docs-quiz-mobile"],
    ["documents/teachers/README.html", "docs-teachers-mobile"],
    [planPath, "docs-plan-mobile"],
    [keyPath, "docs-answer-key-mobile"],
    [`media/${lessonId}.handout.html`, "docs-handout-mobile"],
    [`media/${lessonId}.plan.html`, "docs-plan-print-mobile"],
  ];
  for (const [path, shot] of phonePages) {
    await page.goto(base + path, { waitUntil: "load" });
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: join(shots, `${shot}.png`) });
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    check(width <= PHONE, `${path} fits a ${PHONE} px phone (page is ${width} px wide)`);
  }

  // Print media on an A4-sized viewport (96 dpi): the screenshot shows the first printed sheet.
  await page.setViewportSize({ width: 794, height: 1123 });
  await page.emulateMedia({ media: "print" });
  await visit(keyPath, "docs-answer-key-print");
  const chrome = await page.evaluate(() =>
    [".tsd-page-toolbar", ".col-sidebar", ".tsd-breadcrumb", "footer"].filter((selector) => {
      const element = document.querySelector(selector);
      return element !== null && element.getBoundingClientRect().height > 0;
    }),
  );
  check(chrome.length === 0, `print hides the site chrome${chrome.length ? ` (visible: ${chrome.join(", ")})` : ""}`);
  const colours = await page.evaluate(() => {
    const style = getComputedStyle(document.querySelector(".tsd-typography") as Element);
    return `${style.color} on ${getComputedStyle(document.body).backgroundColor}`;
  });
  check(colours === "rgb(0, 0, 0) on rgb(255, 255, 255)", `print is black on white (${colours})`);

  // A4 inside the print margins (14 mm x 16 mm) at 96 dpi: the answer key's quick key must fit the
  // first sheet, and the scoring table and each printed form of the quiz start a new one.
  await page.setViewportSize({ width: 688, height: 1002 });
  await visit(keyPath, "docs-answer-key-quick-key-print");
  const scoring = await page.evaluate(() => {
    const h = document.querySelector("h2#scoring");
    if (!h) return null;
    return { top: Math.round(h.getBoundingClientRect().top + window.scrollY), breaks: getComputedStyle(h).breakBefore };
  });
  check(
    scoring !== null && scoring.breaks === "page" && scoring.top <= 1002,
    `the quick key fits the first printed page and scoring starts the next (${JSON.stringify(scoring)})`,
  );
  await visit(quizPath, "docs-quiz-print");
  const formB = await page.evaluate(() => {
    const h = document.querySelector("h2#form-b");
    return h ? getComputedStyle(h).breakBefore : null;
  });
  check(formB === "page", `form B of the quiz starts a new printed page (${formB})`);
  const boxes = await page.evaluate(() =>
    [...document.querySelectorAll(".civics-question")].map((q) => getComputedStyle(q).breakInside),
  );
  check(
    boxes.length === 2 * lesson.questions.length && boxes.every((b) => b === "avoid"),
    `each of the quiz's ${boxes.length} printed questions is kept on one sheet (break-inside: ${[...new Set(boxes)].join(", ")})`,
  );

  check(
    problems.length === 0,
    `no dialogs, console errors or failed requests${problems.length ? `:\n  ${problems.join("\n  ")}` : ""}`,
  );
} finally {
  await context?.close();
  server.close();
  await rm(profile, { recursive: true, force: true });
}

// The public build: no teacher materials anywhere, in its pages or its search index.
const publicFiles = filesUnder(publicSite);
const teacherFiles = publicFiles.filter((f) => /teachers\/|answer-key|\.plan\.html/.test(f));
check(
  publicFiles.length > 0 && teacherFiles.length === 0,
  `the public build has no teacher pages (${teacherFiles.slice(0, 3).join(", ")})`,
);
const lessonFiles = publicFiles.filter((f) => /^(index\.html|documents\/lessons\/.*\.html|media\/.*\.html)$/.test(f));
const leaking = lessonFiles.filter((f) =>
  /Quick key|Answer key|Look for:|Why:/.test(readFileSync(join(publicSite, f), "utf8")),
);
check(
  lessonFiles.length > 3 * Object.keys(lessons).length && leaking.length === 0,
  `no public lesson page or printable (${lessonFiles.length}) shows a quick key, an answer key, an explanation or a look-for note${leaking.length ? ` (${leaking.slice(0, 3).join(", ")})` : ""}`,
);
const rows = searchRows(publicSite);
const teacherRows = rows.filter((r) => /teachers\//.test(r.url));
check(
  rows.length > 0 && teacherRows.length === 0,
  `the public search index has ${rows.length} entries, none for teacher pages`,
);
check(
  searchRows(site).some((r) => /teachers\//.test(r.url)),
  "the teacher build's search index does have the teacher pages",
);

console.log(failures.length ? `\n${failures.length} check(s) failed` : `\nscreenshots in ${shots}`);
process.exitCode = failures.length ? 1 : 0;
