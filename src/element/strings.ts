import type { InvalidReason, QuestionStatus } from "../engine/types.js";

/**
 * Every word `<civics-quiz>` shows or announces. Templates name their values in braces
 * (`{n}`, `{total}`), which are filled in at run time; everything else is plain text.
 */
export interface CivicsQuizStrings {
  /** The BCP 47 language of these strings, set as `lang` on the element's interface. */
  lang: string;
  /** Title shown when the quiz has none. */
  quiz: string;
  /** The start button, shown when a lesson is set and no attempt is open yet. */
  start: string;
  /** While an attempt loads. */
  loading: string;
  /** Above each question: `{n}`, `{total}` and `{points}` (already worded with point/points). */
  questionOf: string;
  /** One point. */
  point: string;
  /** Several points: `{n}`. */
  points: string;
  /** Progress line: `{n}` answered of `{total}`. */
  progress: string;
  /** Deadline label before the remaining time. */
  timeLeft: string;
  /** Shown and announced when the deadline has passed. */
  timeUp: string;
  /** Announced when `{minutes}` minutes are left (5 and 1). */
  minutesLeft: string;
  /** Save state: everything saved. */
  saved: string;
  /** Save state: a save is under way. */
  saving: string;
  /** Save state: `{n}` answers wait on this device for the connection. */
  unsaved: string;
  /** Announced after an answer to question `{n}` reached the server. */
  answerSaved: string;
  /** Announced when the connection is lost. */
  offline: string;
  /** Announced when queued answers were sent after a reconnect. */
  backOnline: string;
  /** Status of a question with a complete answer. */
  answered: string;
  /** Instruction added to multiple-choice questions whose prompt does not already say it. */
  selectAll: string;
  /** The true option of a true-false question. */
  true: string;
  /** The false option of a true-false question. */
  false: string;
  /** Label of a short-text input. */
  yourAnswer: string;
  /** Label of a numeric input without a unit. */
  yourNumber: string;
  /** Label of a numeric input with a unit: `{unit}`. */
  yourNumberIn: string;
  /** The empty entry of a select. */
  choose: string;
  /** Accessible name of a cloze blank: `{n}` of `{total}`. */
  blank: string;
  /** How an ordering question works. */
  orderHelp: string;
  /** Move-up button (the item's text is added for screen readers). */
  moveUp: string;
  /** Move-down button. */
  moveDown: string;
  /** Announced after a move: `{item}` is now at `{n}` of `{total}`. */
  moved: string;
  /** The checkbox that accepts the shown order as the answer. */
  keepOrder: string;
  /** Position label before an ordering item, read as "Position 2". */
  position: string;
  /** Button that reveals the next hint. */
  showHint: string;
  /** Hint label: `{n}`. */
  hint: string;
  /** Shown when every hint is revealed. */
  noMoreHints: string;
  /** The submit button. */
  submit: string;
  /** While the submission is on its way. */
  submitting: string;
  /** Confirmation when questions are unanswered: `{n}` of them. */
  confirmUnanswered: string;
  /** Confirms submitting with unanswered questions. */
  submitAnyway: string;
  /** Goes back to the first unanswered question. */
  keepAnswering: string;
  /** Result heading. */
  result: string;
  /** Score line: `{earned}`, `{possible}`, `{percent}`. */
  score: string;
  /** Instead of the score, while the review policy hides it. */
  scoreHidden: string;
  /** Added to the score when the attempt passed. */
  passed: string;
  /** Added to the score when it did not. */
  notPassed: string;
  /** Attempts used: `{n}` of `{max}`. */
  attemptsOf: string;
  /** Attempts used without a limit: `{n}`. */
  attemptsUsed: string;
  /** More review becomes available on `{date}`. */
  reviewLater: string;
  /** More review becomes available after the last attempt. */
  reviewAfterLast: string;
  /** Announced after submitting: `{score}` is the score line. */
  submitted: string;
  /** Points of one question after scoring: `{earned}` of `{possible}`. */
  earnedOf: string;
  /** After a part of the learner's answer that earned credit. */
  partRight: string;
  /** After a part that did not. */
  partWrong: string;
  /** A question whose only answer came after the time limit. */
  lateAnswer: string;
  /** Label before the learner's own answer in the review. */
  yourResponse: string;
  /** Label before the keyed answer in the review. */
  correctResponse: string;
  /** Label before the explanation. */
  explanation: string;
  /** A question left without an answer, in the review. */
  noAnswer: string;
  /** Error: the host gave neither a transport nor a base URL. */
  noTransport: string;
  /** Error: the request could not reach the server. */
  networkError: string;
  /** Error: the server refused a request: `{message}` is its reason. */
  serverError: string;
  /** Error: no attempts are left for this learner. */
  attemptsExhausted: string;
  /** Error while submitting offline. */
  submitOffline: string;
  /** Button that retries loading after an error. */
  retry: string;
  /** The learner-facing text of each reason a response cannot be sent as it is. */
  reasons: Record<InvalidReason, string>;
  /** The word for each scored status. */
  statuses: Record<QuestionStatus, string>;
}

/** Strings a host may override: any subset, with `reasons` and `statuses` also partial. */
export type CivicsQuizStringOverrides = Partial<Omit<CivicsQuizStrings, "reasons" | "statuses">> & {
  /** Reason texts to replace. */
  reasons?: Partial<Record<InvalidReason, string>>;
  /** Status words to replace. */
  statuses?: Partial<Record<QuestionStatus, string>>;
};

/**
 * The English strings, the element's default.
 *
 * @example
 * const quiz = document.querySelector("civics-quiz");
 * quiz.strings = { ...englishStrings, submit: "Hand in" };
 */
export const englishStrings: CivicsQuizStrings = {
  lang: "en",
  quiz: "Quiz",
  start: "Start the quiz",
  loading: "Loading the quiz…",
  questionOf: "Question {n} of {total} · {points}",
  point: "1 point",
  points: "{n} points",
  progress: "{n} of {total} questions answered",
  timeLeft: "Time left:",
  timeUp: "Time is up. Answers given now will not count; submit to see your result.",
  minutesLeft: "{minutes} minutes left.",
  saved: "All answers saved.",
  saving: "Saving…",
  unsaved: "Answers not saved yet: {n}. They are kept on this device and will be sent when the connection returns.",
  answerSaved: "Answer to question {n} saved.",
  offline: "The connection was lost. Your answers are kept on this device.",
  backOnline: "Back online. Every answer is saved.",
  answered: "Answered.",
  selectAll: "Select all that apply.",
  true: "True",
  false: "False",
  yourAnswer: "Your answer",
  yourNumber: "Your answer (a number)",
  yourNumberIn: "Your answer (in {unit})",
  choose: "Choose…",
  blank: "Blank {n} of {total}",
  orderHelp:
    "Put the items in order with the Move up and Move down buttons, or tick the box below to keep the order shown.",
  moveUp: "Move up",
  moveDown: "Move down",
  moved: "{item}: now {n} of {total}.",
  keepOrder: "This order is my answer",
  position: "Position",
  showHint: "Show a hint",
  hint: "Hint {n}:",
  noMoreHints: "No more hints",
  submit: "Submit answers",
  submitting: "Submitting…",
  confirmUnanswered: "Questions not answered yet: {n}. Submit anyway?",
  submitAnyway: "Submit anyway",
  keepAnswering: "Keep answering",
  result: "Your result",
  score: "Score: {earned} of {possible} points ({percent}%).",
  scoreHidden: "Your answers are submitted. The score is not shown yet.",
  passed: "Passed.",
  notPassed: "Not passed yet.",
  attemptsOf: "Attempt {n} of {max}.",
  attemptsUsed: "Attempt {n}.",
  reviewLater: "More feedback will be shown from {date}.",
  reviewAfterLast: "More feedback will be shown after your last attempt.",
  submitted: "Answers submitted. {score}",
  earnedOf: "{earned} of {possible}",
  partRight: "right",
  partWrong: "wrong",
  lateAnswer: "Answered after the time limit, so it did not count.",
  yourResponse: "Your answer:",
  correctResponse: "Correct answer:",
  explanation: "Explanation:",
  noAnswer: "no answer",
  noTransport: "This quiz has no server to talk to: set a base-url attribute or a transport.",
  networkError: "The server could not be reached.",
  serverError: "The server refused the request: {message}",
  attemptsExhausted: "No attempts are left for this quiz.",
  submitOffline:
    "Could not submit: the server could not be reached. Your answers are kept on this device; submit again when the connection returns.",
  retry: "Try again",
  reasons: {
    empty_response: "Not answered yet.",
    wrong_type: "This answer has the wrong form.",
    unknown_id: "Choose one of the listed options.",
    duplicate_id: "Each option may be used only once.",
    incomplete: "Some parts are not answered yet.",
    too_long: "This answer is too long.",
    not_a_number: "Type a plain number, such as 12 or 3.5.",
    unsafe_key: "This answer cannot be accepted.",
    unknown_question: "This question is not part of the quiz.",
  },
  statuses: {
    correct: "Correct",
    partial: "Partly correct",
    incorrect: "Incorrect",
    unanswered: "Not answered",
    invalid: "Not scored",
  },
};

/** English with the host's overrides laid over it. */
export function mergeStrings(overrides: CivicsQuizStringOverrides | null | undefined): CivicsQuizStrings {
  return {
    ...englishStrings,
    ...overrides,
    reasons: { ...englishStrings.reasons, ...overrides?.reasons },
    statuses: { ...englishStrings.statuses, ...overrides?.statuses },
  } as CivicsQuizStrings;
}

/** Fills `{name}` slots of a template. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (slot, name: string) => (name in values ? String(values[name]) : slot));
}
