import type { Lesson } from "civics-lessons";
import { meta, standards } from "./meta.js";
import { discussionQuestions, perspectives } from "./perspectives.js";
import { questions } from "./questions.js";
import { keyTerms, sections } from "./reading.js";
import { sources } from "./sources.js";
import { timeline } from "./timeline.js";

/**
 * Teaches the text of the Alien Enemies Act (50 U.S.C. § 21), its uses from 1812 through World War
 * II, Ludecke v. Watkins, and how Alien Enemies Act internment differed from the mass incarceration
 * of Japanese Americans under Executive Order 9066.
 *
 * @example
 * import { lesson } from "civics-lessons/lessons/alien-enemies-act-text-and-history";
 * lesson.title
 * //=> "The Alien Enemies Act: Text and History"
 */
export const lesson = {
  ...meta,
  keyTerms,
  sections,
  timeline,
  sources,
  perspectives,
  discussionQuestions,
  standards,
  questions,
} satisfies Lesson;
