import type { Lesson } from "civics-lessons";

/** What a lesson's `meta.ts` holds: who it is for, when its facts were checked, what it teaches. */
export type LessonMeta = Pick<
  Lesson,
  | "id"
  | "version"
  | "title"
  | "summary"
  | "topic"
  | "gradeBands"
  | "estimatedMinutes"
  | "locale"
  | "asOf"
  | "license"
  | "credit"
  | "objectives"
>;
