import * as z from "zod";
import { DEFAULTS } from "../_lib/semantics.js";
import {
  IdSchema,
  IsoDateSchema,
  MarkdownSchema,
  PartialDateSchema,
  reportDuplicates,
  reportUnknown,
  SourceIdsSchema,
  TextSchema,
} from "./_shared.js";
import { QuestionSchema } from "./question.js";

/** The three topics the library covers. */
export const TopicSchema = z.enum(["separation-of-powers", "wartime-statutes", "detainee-transfers"]);

/** C3 Framework grade bands, plus college. */
export const GradeBandSchema = z.enum(["K-2", "3-5", "6-8", "9-12", "college"]);

/** Kinds of source a lesson may cite. */
export const SourceKindSchema = z.enum([
  "constitution",
  "statute",
  "case",
  "treaty",
  "executive-action",
  "court-filing",
  "report",
  "news",
  "other",
]);

/** A cited source. `excerpt` is for short public-domain text only and requires `publicDomain: true`. */
export const SourceSchema = z.strictObject({
  /** The id questions, sections and key terms cite the source by. */
  id: IdSchema,
  /** What kind of document it is. */
  kind: SourceKindSchema,
  /** The document's title. */
  title: TextSchema.max(400),
  /** A formal citation, e.g. `50 U.S.C. § 21` or `Ludecke v. Watkins, 335 U.S. 160 (1948)`. */
  citation: TextSchema.max(400),
  /** Where to read it (https only). */
  url: z
    .url({ protocol: /^https$/, error: "must be an https:// URL" })
    .regex(/^https:\/\/[^\s]+$/, "must be an https:// URL")
    .optional(),
  /** Who publishes the copy linked to (a court, an agency, a library). */
  publisher: TextSchema.max(200).optional(),
  /** When the document was signed, decided or published. */
  date: PartialDateSchema.optional(),
  /**
   * The part of the source the lesson relies on, read after the citation: a section, clause, page or
   * paragraph such as `§ 2, cl. 1` or `at 637`. The bibliographic fields above are the same in every
   * lesson that cites the source; `pinpoint` and `excerpt` are each lesson's own.
   */
  pinpoint: TextSchema.max(200).optional(),
  /** A short quotation from the source itself. */
  excerpt: TextSchema.max(1500, "an excerpt must be at most 1,500 characters").optional(),
  /** True when the source's text is in the public domain (U.S. government works, pre-1931 texts). */
  publicDomain: z.boolean().optional(),
});

const BCP47 = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

/** A complete lesson: reading, sources, perspectives and questions. */
export const LessonSchema = z
  .strictObject({
    /** Kebab-case id; also the lesson's folder name and its `civics-lessons/lessons/<id>` subpath. */
    id: IdSchema,
    /** Semantic version of the lesson's content; bump it when questions or keys change. */
    version: z
      .string()
      .regex(
        /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z.-]+)?$/,
        "must be a semantic version such as 1.0.0",
      ),
    /** The lesson's title. */
    title: TextSchema.max(200),
    /** Two or three sentences for catalogs and lesson lists. */
    summary: TextSchema.max(600),
    /** Which of the library's topics it belongs to. */
    topic: TopicSchema,
    /** Grade bands it is written for. */
    gradeBands: z.array(GradeBandSchema).min(1, "must name at least one grade band"),
    /** Class time needed, in whole minutes (5-600). */
    estimatedMinutes: z.number().int("must be a whole number").min(5).max(600),
    /** BCP 47 language tag of the content (default `en`). */
    locale: z.string().regex(BCP47, "must be a BCP 47 language tag such as en or en-US").default(DEFAULTS.locale),
    /** The date the lesson's facts are current to. */
    asOf: IsoDateSchema,
    /** The licence of the lesson's own text, as an SPDX identifier (this project's lessons: `CC-BY-4.0`). */
    license: z
      .string()
      .regex(/^[A-Za-z0-9.+-]+$/, "must be an SPDX licence identifier such as CC-BY-4.0")
      .optional(),
    /** The attribution line a platform shows with the lesson, as its licence asks. */
    credit: TextSchema.max(300).optional(),
    /** What students should be able to do afterwards; questions name the objectives they assess. */
    objectives: z
      .array(
        z.strictObject({
          /** The id questions refer to in `objectiveIds`. */
          id: IdSchema,
          /** The objective, starting with a verb ("Explain...", "Compare..."). */
          text: TextSchema,
        }),
      )
      .min(1, "needs at least one objective"),
    /** Vocabulary with definitions. */
    keyTerms: z.array(
      z.strictObject({
        /** The term. */
        term: TextSchema.max(120),
        /** Its definition (Markdown). */
        definition: MarkdownSchema,
        /** Sources that support the definition. */
        sourceIds: SourceIdsSchema,
      }),
    ),
    /** The reading, in order. */
    sections: z
      .array(
        z.strictObject({
          /** A stable id for the section. */
          id: IdSchema,
          /** The section heading. */
          heading: TextSchema.max(200),
          /** The section text (Markdown). */
          body: MarkdownSchema,
          /** Sources the section draws on. */
          sourceIds: SourceIdsSchema,
        }),
      )
      .min(1, "needs at least one section"),
    /** Dated events, oldest first. */
    timeline: z.array(
      z.strictObject({
        /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
        date: PartialDateSchema,
        /** What happened. */
        event: TextSchema,
        /** Sources that date the event. */
        sourceIds: SourceIdsSchema,
      }),
    ),
    /** Every source the lesson cites, with full citations. */
    sources: z.array(SourceSchema).min(1, "needs at least one source"),
    /** Competing views, each argued in its own words and sourced. */
    perspectives: z.array(
      z.strictObject({
        /** A stable id for the perspective. */
        id: IdSchema,
        /** A short name for the view. */
        label: TextSchema.max(200),
        /** The view's argument (Markdown). */
        argument: MarkdownSchema,
        /** Sources that make or report the argument. */
        sourceIds: SourceIdsSchema,
      }),
    ),
    /** Open questions for class discussion (not scored). */
    discussionQuestions: z.array(TextSchema),
    /** Curriculum standards the lesson addresses. */
    standards: z.array(
      z.strictObject({
        /** The framework, e.g. `C3`. */
        framework: TextSchema.max(80),
        /** The standard's code, e.g. `D2.Civ.4.9-12`. */
        code: TextSchema.max(80),
        /** What the standard asks for, as it applies here. */
        description: TextSchema,
      }),
    ),
    /** The questions, in authored order. */
    questions: z.array(QuestionSchema).min(1, "needs at least one question"),
  })
  .superRefine((lesson, ctx) => {
    reportDuplicates(ctx, lesson.objectives, (o) => o.id, ["objectives"], "objective id");
    reportDuplicates(ctx, lesson.sections, (s) => s.id, ["sections"], "section id");
    reportDuplicates(ctx, lesson.sources, (s) => s.id, ["sources"], "source id");
    reportDuplicates(ctx, lesson.perspectives, (p) => p.id, ["perspectives"], "perspective id");
    reportDuplicates(ctx, lesson.questions, (q) => q.id, ["questions"], "question id");
    reportDuplicates(ctx, lesson.keyTerms, (k) => k.term.toLowerCase(), ["keyTerms"], "key term");

    const sources = new Set(lesson.sources.map((s) => s.id));
    const objectives = new Set(lesson.objectives.map((o) => o.id));
    const cite = (ids: readonly string[], path: PropertyKey[]): void => {
      reportUnknown(ctx, ids, sources, path, "source");
    };
    lesson.keyTerms.forEach((k, i) => {
      cite(k.sourceIds, ["keyTerms", i, "sourceIds"]);
    });
    lesson.sections.forEach((s, i) => {
      cite(s.sourceIds, ["sections", i, "sourceIds"]);
    });
    lesson.timeline.forEach((t, i) => {
      cite(t.sourceIds, ["timeline", i, "sourceIds"]);
    });
    lesson.perspectives.forEach((p, i) => {
      cite(p.sourceIds, ["perspectives", i, "sourceIds"]);
    });

    lesson.sources.forEach((s, i) => {
      if (s.excerpt !== undefined && s.publicDomain !== true) {
        ctx.addIssue({
          code: "custom",
          message: "an excerpt may only quote public-domain text; set publicDomain: true after checking",
          path: ["sources", i, "excerpt"],
        });
      }
    });
    const withExcerpt = new Set(lesson.sources.filter((s) => s.excerpt !== undefined).map((s) => s.id));

    lesson.questions.forEach((q, i) => {
      cite(q.sourceIds, ["questions", i, "sourceIds"]);
      reportUnknown(ctx, q.objectiveIds, objectives, ["questions", i, "objectiveIds"], "objective");
      if (q.excerptSourceId !== undefined && !withExcerpt.has(q.excerptSourceId)) {
        ctx.addIssue({
          code: "custom",
          message: `excerptSourceId "${q.excerptSourceId}" must name a source that has an excerpt`,
          path: ["questions", i, "excerptSourceId"],
        });
      }
    });

    for (let i = 1; i < lesson.timeline.length; i++) {
      const previous = lesson.timeline[i - 1]?.date ?? "";
      const current = lesson.timeline[i]?.date ?? "";
      if (current < previous) {
        ctx.addIssue({
          code: "custom",
          message: `timeline must be in date order (${current} comes before ${previous})`,
          path: ["timeline", i, "date"],
        });
      }
    }
  });
