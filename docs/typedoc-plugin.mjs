// @ts-check
/**
 * TypeDoc plugin for civics-lessons. It does two things:
 *
 * 1. Names each entry module by its import path: `src/index.ts` → `civics-lessons`,
 *    `src/schema/index.ts` → `civics-lessons/schema`, `src/export/gift.ts` →
 *    `civics-lessons/export/gift`, `lessons/index.ts` → `civics-lessons/lessons`. A module whose
 *    comment names it with `@module <name>` keeps that name.
 * 2. Gives each Markdown document a URL from its file path instead of its title, so links to a
 *    lesson stay stable when its title changes: `docs/lessons/<id>.quiz.md` →
 *    `documents/lessons/<id>.quiz.html` (the `civics` router, selected in typedoc.json).
 * 3. Adds an "API reference" link at the top of the menu on every page, so the reference is one
 *    click away from the teacher-facing pages, and ranks search results for teachers: a lesson's
 *    student page first, then its quiz and the teacher's plan, the answer key and the API last.
 * 4. Wraps each question of a quiz or answer key page (its h3 and what follows, up to the next
 *    heading) in a `<section class="civics-question">`, which the print CSS keeps on one sheet.
 * 5. Shows exported zod schemas by their class name (`ZodObject`, `ZodEnum`...) instead of
 *    expanding zod's generic parameters, which repeat every field of the content model several
 *    levels deep. The fields are documented once, on the types inferred from the schemas
 *    (`Lesson`, `Question`...), which carry `@useDeclaredType`.
 */
import { relative } from "node:path";
import { Converter, JSX, KindRouter, PageEvent, ReflectionKind } from "typedoc";

const PACKAGE = "civics-lessons";

/** `src/schema/index.ts` → `civics-lessons/schema`. */
function importPath(file) {
  const subpath = file
    .replace(/^src\//, "")
    .replace(/(^|\/)index\.ts$/, "")
    .replace(/\.ts$/, "");
  return subpath === "" ? PACKAGE : `${PACKAGE}/${subpath}`;
}

const DOCS = relative(process.cwd(), new URL(".", import.meta.url).pathname);

/** The kind router, except that documents are named after their file under docs/. */
class CivicsRouter extends KindRouter {
  /** @param {import("typedoc").Reflection} reflection */
  getIdealBaseName(reflection) {
    const file = reflection.isDocument() ? reflection.project.files.getReflectionPath(reflection) : undefined;
    if (!file) return super.getIdealBaseName(reflection);
    return `documents/${relative(DOCS, relative(process.cwd(), file)).replaceAll("\\", "/").replace(/\.md$/, "")}`;
  }
}

/** Search weight by the document's path under docs/: what a teacher searching for a topic wants first. */
function searchBoost(path) {
  if (/^lessons\/[a-z0-9-]+\.md$/.test(path)) return 3;
  if (/^lessons\/.*\.quiz\.md$/.test(path) || /^teachers\/[a-z0-9-]+\.md$/.test(path)) return 1.5;
  if (/^teachers\/.*\.answer-key\.md$/.test(path)) return 1;
  return 0.5;
}

const TYPOGRAPHY = '<div class="tsd-panel tsd-typography">';

/**
 * The page with every h3 block of its Markdown content wrapped in a question section. Rendered
 * Markdown has no div of its own (raw HTML is off), so the content ends at the first `</div>`.
 */
function wrapQuestions(html) {
  const start = html.indexOf(TYPOGRAPHY);
  if (start === -1) return html;
  const from = start + TYPOGRAPHY.length;
  const end = html.indexOf("</div>", from);
  const blocks = html.slice(from, end).split(/(?=<h[1-3][ >])/);
  const wrapped = blocks.map((block) =>
    block.startsWith("<h3") ? `<section class="civics-question">${block}</section>` : block,
  );
  return html.slice(0, from) + wrapped.join("") + html.slice(end);
}

/** @param {import("typedoc").Application} app */
export function load(app) {
  app.renderer.on(PageEvent.END, (page) => {
    if (page.contents && /documents\/(lessons|teachers)\/[^/]*\.(quiz|answer-key)\.html$/.test(page.url)) {
      page.contents = wrapQuestions(page.contents);
    }
  });
  app.renderer.defineRouter("civics", CivicsRouter);
  app.renderer.hooks.on("sidebar.begin", (context) =>
    JSX.createElement(
      "nav",
      { class: "civics-quick-links", "aria-label": "Sections" },
      JSX.createElement("a", { href: context.relativeURL("modules.html") }, "API reference"),
    ),
  );
  app.converter.on(Converter.EVENT_RESOLVE_END, (context) => {
    for (const reflection of Object.values(context.project.reflections)) {
      if (!reflection.isDocument()) continue;
      const file = context.project.files.getReflectionPath(reflection);
      if (file)
        reflection.relevanceBoost = searchBoost(relative(DOCS, relative(process.cwd(), file)).replaceAll("\\", "/"));
    }
  });
  app.converter.on(Converter.EVENT_CREATE_DECLARATION, (context, reflection) => {
    if (reflection.kindOf(ReflectionKind.Module)) {
      const file = context.getSymbolFromReflection(reflection)?.declarations?.[0]?.getSourceFile().fileName;
      if (!file) return;
      const path = relative(process.cwd(), file).replaceAll("\\", "/");
      if (reflection.name === path.replace(/(\/index)?\.ts$/, "")) reflection.name = importPath(path);
      return;
    }
    if (!reflection.kindOf(ReflectionKind.Variable)) return;
    const type = reflection.type;
    if (type?.type !== "reference" || type.package !== "zod" || !type.typeArguments) return;
    type.typeArguments = undefined;
    const project = context.project;
    for (const other of Object.values(project.reflections)) {
      for (let parent = other.parent; parent; parent = parent.parent) {
        if (parent === reflection) {
          project.removeReflection(other);
          break;
        }
      }
    }
  });
}
