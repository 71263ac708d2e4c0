import type { Lesson } from "civics-lessons";
import { lessonIds } from "../tools/generate-catalog.js";

/** Every lesson under lessons/, sorted by folder name, loaded as the package exports it. */
export const lessons: Lesson[] = await Promise.all(
  lessonIds().map(async (id) => ((await import(`../../lessons/${id}/index.ts`)) as { lesson: Lesson }).lesson),
);

/** `[id, lesson]` pairs for `describe.each` / `it.each`. */
export const lessonTable = lessons.map((lesson) => [lesson.id, lesson] as const);
