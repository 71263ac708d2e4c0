/**
 * `civics-lessons/element`: `<civics-quiz>`, an accessible quiz element for any page. It renders
 * an attempt's public questions, saves each answer as it is given, keeps answers on the device
 * while offline, and shows the result the server allows. It holds no answer keys: scoring stays
 * on the server.
 *
 * @example
 * import { createFetchTransport, defineCivicsQuiz } from "civics-lessons/element";
 * defineCivicsQuiz();
 * const quiz = document.querySelector("civics-quiz");
 * quiz.transport = createFetchTransport({ baseUrl: "/api", headers: () => ({ authorization: "Bearer …" }) });
 *
 * @module
 */
import { CivicsQuizElement, type CivicsQuizEventMap } from "./element.js";

export type {
  CivicsAnswerDetail,
  CivicsErrorDetail,
  CivicsQuizEventMap,
  CivicsReadyDetail,
  CivicsResultDetail,
  CivicsSubmitDetail,
} from "./element.js";
export { CivicsQuizElement } from "./element.js";
export type { CivicsQuizStringOverrides, CivicsQuizStrings } from "./strings.js";
export { englishStrings } from "./strings.js";
export { spanishStrings } from "./strings-es.js";
export type {
  AnswerReceipt,
  FetchTransportOptions,
  HintReply,
  LoadedAttempt,
  LoadRequest,
  QuizTransport,
  SubmitReply,
} from "./transport.js";
export { createFetchTransport, TransportError } from "./transport.js";

/**
 * Registers `<civics-quiz>` (or another tag name) with the page's custom element registry. Safe
 * to call more than once (a name already defined is left as it is) and on a server, where it does
 * nothing.
 *
 * @param tagName - The tag to register (default `civics-quiz`).
 * @returns The element class registered under that name.
 * @example
 * defineCivicsQuiz();
 * document.createElement("civics-quiz") instanceof CivicsQuizElement
 * //=> true
 */
export function defineCivicsQuiz(tagName = "civics-quiz"): CustomElementConstructor {
  // On a server (no custom element registry) there is nothing to define: importing stays harmless.
  if (typeof customElements === "undefined") return CivicsQuizElement;
  const existing = customElements.get(tagName);
  if (existing) return existing;
  // A subclass per extra name: one class may only be registered once.
  const element = tagName === "civics-quiz" ? CivicsQuizElement : class extends CivicsQuizElement {};
  customElements.define(tagName, element);
  return element;
}

declare global {
  interface HTMLElementTagNameMap {
    /** The civics-lessons quiz element. */
    "civics-quiz": CivicsQuizElement;
  }
  interface HTMLElementEventMap {
    /** `<civics-quiz>` loaded and showed an attempt. */
    "civics-ready": CivicsQuizEventMap["civics-ready"];
    /** The learner gave or changed an answer. */
    "civics-answer": CivicsQuizEventMap["civics-answer"];
    /** The learner is submitting; cancelable. */
    "civics-submit": CivicsQuizEventMap["civics-submit"];
    /** A result arrived. */
    "civics-result": CivicsQuizEventMap["civics-result"];
    /** A request failed. */
    "civics-error": CivicsQuizEventMap["civics-error"];
  }
}
