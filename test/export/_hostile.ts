import type { Lesson } from "civics-lessons";
import { fixtureLesson } from "./_helpers.js";

/**
 * Text an author (or an attacker who can edit a custom lesson) might put in any field: markup
 * and script in every spelling, links of other schemes, each exporter's control syntax, and the
 * characters XML cannot hold.
 */
export const PAYLOADS = [
  "<script>alert(1)</script>",
  '<img src=x onerror="alert(2)">',
  "<svg onload=alert(3)></svg>",
  "[click me](javascript:alert(4))",
  '<a href="javascript:alert(5)">log in again</a>',
  "![pixel](https://evil.example/p.png)",
  "<https://evil.example/autolink>",
  "[ref]: javascript:alert(6)",
  "<!-- hidden --> ]]> <![CDATA[x]]>",
  "A -> B => C",
  "{=right ~wrong} ::title:: #1 #### ~ = \\ \\n",
  "%50% [html]<b>bold</b> [markdown]*x*",
  "&rsquo; &lt;b&gt; &amp;amp; &#60;i&#62;",
  "a[,]b[.]c[:]d {case_matters=true}",
  "snake_case 2*3*4 `a_b` \\*star",
  "\u0000\u0008 \uFFFE \uD800 end",
];

/** The payload for the n-th text field, so that different fields get different payloads. */
const payload = (n: number) => PAYLOADS[n % PAYLOADS.length] as string;

/** Text fields that lessons show (ids, dates, urls and enumerations are left alone). */
const TEXT_FIELDS = new Set([
  "prompt",
  "explanation",
  "text",
  "feedback",
  "feedbackTrue",
  "feedbackFalse",
  "hints",
  "title",
  "citation",
  "excerpt",
]);

/**
 * The fixture lesson (every question type) with a payload added to every text field, and the
 * payloads also as whole choice, premise, response and answer texts.
 */
export function hostileLesson(): Lesson {
  let n = 0;
  const visit = (value: unknown, key: string): unknown => {
    if (typeof value === "string") return TEXT_FIELDS.has(key) ? `${value} ${payload(n++)}` : value;
    if (Array.isArray(value)) return value.map((v) => visit(v, key));
    if (typeof value === "object" && value !== null)
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, visit(v, k)]));
    return value;
  };
  const lesson = visit(fixtureLesson(), "") as Lesson;
  lesson.id = "hostile-lesson";
  return lesson;
}
