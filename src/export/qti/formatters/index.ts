import type { QuestionType } from "../../../schema/types.js";
import { multipleChoice, singleChoice, trueFalse } from "./choice.js";
import { cloze } from "./cloze.js";
import { categorize, matching } from "./matching.js";
import { ordering } from "./ordering.js";
import { numeric, shortText } from "./typed.js";
import type { Formatter } from "./types.js";

/** One formatter per question type; adding a type fails to compile until it has one here. */
export const formatters = {
  "single-choice": singleChoice,
  "multiple-choice": multipleChoice,
  "true-false": trueFalse,
  "short-text": shortText,
  numeric,
  ordering,
  matching,
  cloze,
  categorize,
} satisfies { [K in QuestionType]: Formatter<K> };
