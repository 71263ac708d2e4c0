/**
 * The order in which the lessons are meant to be taught: topic by topic, each topic from the
 * foundations to the cases that test them. The docs site lists lessons in this order;
 * test/docs/lesson-guides.test.ts fails when a lesson is missing or placed under another topic.
 */
import type { Topic } from "../src/index.js";

/** One unit of the sequence: a topic and its lessons in teaching order. */
export interface Unit {
  /** The topic every lesson of the unit belongs to. */
  topic: Topic;
  /** The unit's heading. */
  title: string;
  /** Why the lessons come in this order, for the teacher planning a unit. */
  why: string;
  /** Lesson ids, first to last. */
  lessons: string[];
}

/** The three units, in the order a course meets them. */
export const TEACHING_ORDER: readonly Unit[] = [
  {
    topic: "separation-of-powers",
    title: "Separation of powers",
    why: "Start with the Constitution's design and the checks it gives each branch, then how courts enforce those limits, then what changes in an emergency; the case study puts all three to work.",
    lessons: [
      "three-branches-and-checks",
      "judicial-review-and-court-orders",
      "presidential-power-in-emergencies",
      "case-study-jgg-v-trump",
    ],
  },
  {
    topic: "wartime-statutes",
    title: "Wartime statutes",
    why: "Begin in 1798 with the laws and the debate they started, read the Alien Enemies Act's text and history, place it among other war and emergency powers, then follow its use in 2025 and practise checking claims about it.",
    lessons: [
      "alien-and-sedition-acts",
      "alien-enemies-act-text-and-history",
      "war-powers-and-emergency-statutes",
      "alien-enemies-act-in-2025",
      "checking-claims-in-the-news",
    ],
  },
  {
    topic: "detainee-transfers",
    title: "Detainee transfers",
    why: "Learn the rule against sending people into danger and the courts' power to hear a detainee's case first; then the law of removals to third countries, the 2025 arrangement with El Salvador, and one person's case.",
    lessons: [
      "non-refoulement",
      "transfers-and-habeas-corpus",
      "removals-to-third-countries",
      "third-country-removals-and-cecot",
      "case-study-abrego-garcia",
    ],
  },
];
