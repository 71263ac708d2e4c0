import type { Attempt } from "../../engine/attempt.js";

/** An xAPI language map, e.g. `{ "en": "Who can veto a bill?" }`. */
export type LanguageMap = Record<string, string>;

/** An xAPI Agent: a name and exactly one identifier (mbox, mbox_sha1sum, openid or account). */
export interface XapiAgent {
  /** Always "Agent" in the output (added when missing). */
  objectType?: "Agent";
  /** Display name. */
  name?: string;
  /** `mailto:` IRI. */
  mbox?: string;
  /** SHA-1 of the `mailto:` IRI. */
  mbox_sha1sum?: string;
  /** OpenID URI. */
  openid?: string;
  /** An account on a system. */
  account?: {
    /** The system's home page. */
    homePage: string;
    /** The learner's user name or id there. */
    name: string;
  };
}

/** An interaction component (a choice, a source or target of a matching, ...). */
export interface XapiComponent {
  /** The component id (the option's id in the question). */
  id: string;
  /** Its text. */
  description: LanguageMap;
}

/** An xAPI Activity with its definition. */
export interface XapiActivity {
  /** Always "Activity". */
  objectType: "Activity";
  /** The activity IRI. */
  id: string;
  /** What the activity is. */
  definition: {
    /** Activity type IRI (`cmi.interaction` or `assessment`). */
    type: string;
    /** Short name. */
    name: LanguageMap;
    /** Longer description (the full prompt). */
    description?: LanguageMap;
    /** For interactions: choice, true-false, fill-in, numeric, sequencing or matching. */
    interactionType?: "choice" | "true-false" | "fill-in" | "numeric" | "sequencing" | "matching";
    /** For interactions: each fully correct response, in the xAPI response format. */
    correctResponsesPattern?: string[];
    /** For choice and sequencing. */
    choices?: XapiComponent[];
    /** For matching: the left-hand side. */
    source?: XapiComponent[];
    /** For matching: the right-hand side. */
    target?: XapiComponent[];
  };
}

/** An xAPI result. */
export interface XapiResult {
  /** Points: raw, their range, and raw / max. */
  score?: {
    /** Points earned. */
    raw: number;
    /** The lowest possible score (below 0 only with negative marking). */
    min: number;
    /** Points possible. */
    max: number;
    /** raw / max, within [-1, 1]. */
    scaled: number;
  };
  /** Whether the question (or attempt) was passed. */
  success: boolean;
  /** Whether it was answered (or finished). */
  completion: boolean;
  /** The learner's response in the xAPI format for the interaction type (typed text as {@link parseFillIn} reads it). */
  response?: string;
  /** ISO 8601 duration. */
  duration?: string;
}

/** One xAPI statement. */
export interface XapiStatement {
  /** A UUID derived from the attempt id, question id and verb (same input, same id). */
  id: string;
  /** The learner. */
  actor: XapiAgent;
  /** answered, completed, passed or failed (ADL verbs). */
  verb: {
    /** The verb IRI. */
    id: string;
    /** Its name, in `en-US`. */
    display: LanguageMap;
  };
  /** The question or the quiz. */
  object: XapiActivity;
  /** Score, success, completion, response, duration. */
  result: XapiResult;
  /** The attempt's registration and, for questions, the quiz as parent. */
  context: {
    /** A UUID derived from the attempt id, shared by all of the attempt's statements. */
    registration: string;
    /** For questions: the quiz they belong to. */
    contextActivities?: {
      /** The quiz activity. */
      parent: XapiActivity[];
    };
    /** Language of the names and descriptions. */
    language?: string;
    /** `options.platform`, when given. */
    platform?: string;
  };
  /** When it happened (ISO 8601). */
  timestamp: string;
}

/** What {@link toXapiStatements} needs of the attempt: its questions, and ideally its answers. */
export type XapiAttempt = Pick<Attempt, "questions"> & Partial<Pick<Attempt, "answers" | "startedAt" | "title">>;

/** Options for {@link toXapiStatements}. */
export interface XapiOptions {
  /** The learner, as an xAPI Agent with one identifier. */
  actor: XapiAgent;
  /**
   * Absolute IRI under which activity ids are made: `<base>/quizzes/<quizId>` and
   * `<base>/questions/<questionId>`.
   */
  activityIdBase: string;
  /**
   * When the attempt ended (ISO 8601), for the completed/passed/failed statements and for answers
   * without a recorded time. Default: the result's `submittedAt`. The clock is never read.
   */
  timestamp?: string;
  /** Language tag of the names and descriptions (default `en`). */
  language?: string;
  /** Name of the quiz activity (default: the attempt's title, else the quiz id). */
  quizName?: string;
  /** `context.platform`, e.g. your app's name. */
  platform?: string;
}
