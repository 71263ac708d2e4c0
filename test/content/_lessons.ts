import type { Lesson } from "civics-lessons";
import { loadLessons } from "../../scripts/generate-catalog.js";

/** Every lesson under lessons/, sorted by folder name, loaded as the package exports it. */
export const lessons: Lesson[] = await loadLessons();

/** `[id, lesson]` pairs for `describe.each` / `it.each`. */
export const lessonTable = lessons.map((lesson) => [lesson.id, lesson] as const);
