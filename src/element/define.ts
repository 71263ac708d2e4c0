/**
 * `civics-lessons/element/define`: importing it registers `<civics-quiz>`. The one import a page
 * needs; everything `civics-lessons/element` exports is available from here too.
 *
 * @example
 * import "civics-lessons/element/define";
 * // <civics-quiz base-url="/api" lesson-id="three-branches-and-checks"></civics-quiz>
 *
 * @module
 */
import { defineCivicsQuiz } from "./index.js";

defineCivicsQuiz();

export {
  CivicsQuizElement,
  createFetchTransport,
  defineCivicsQuiz,
  englishStrings,
  spanishStrings,
  TransportError,
} from "./index.js";
