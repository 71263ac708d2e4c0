import * as z from "zod";
import { IdSchema, type IssueSink, MarkdownSchema, reportDuplicates, reportUnknown, TextSchema } from "./_shared.js";

/**
 * The phases of a class period, in the order a plan's steps normally follow them. A plan has at
 * least one step of each; it opens with a warm-up and closes with the exit ticket.
 */
export const PlanPhaseSchema = z.enum(["warm-up", "reading", "activity", "discussion", "assessment", "exit-ticket"]);

/**
 * Classroom activity formats. `mock-hearing` and `structured-academic-controversy` are played from
 * role cards; `claim-checking-lab` and `document-analysis` from a worksheet.
 */
export const ActivityFormatSchema = z.enum([
  "mock-hearing",
  "structured-academic-controversy",
  "claim-checking-lab",
  "document-analysis",
]);

/** Printable kinds of material a plan can list. The kit prints every kind but `other`. */
export const MaterialKindSchema = z.enum(["student-handout", "activity-materials", "quiz-forms", "other"]);

const ObjectiveIdsSchema = z.array(IdSchema).min(1, "must name at least one objective");

/** A line of what a good answer contains; for the teacher only, never printed for students. */
const LookForSchema = TextSchema.max(1000);

/** Something the teacher needs for the lesson: a printable of the kit or anything else. */
export const MaterialSchema = z.strictObject({
  /** The id steps use in `materialIds`. */
  id: IdSchema,
  /** What it is, as the materials list names it ("Role cards, one set per group of four"). */
  name: TextSchema.max(200),
  /** Which printable of the kit it is, or `other` for things the kit does not print. */
  kind: MaterialKindSchema,
  /** How many, for whom ("one per student", "one set per group of four"). */
  quantity: TextSchema.max(120),
});

/** One step of the procedure: what the teacher does, for how long, towards which objectives. */
export const PlanStepSchema = z.strictObject({
  /** The phase of the period the step belongs to. */
  phase: PlanPhaseSchema,
  /** A short title ("Warm-up: who can stop a law?"). */
  title: TextSchema.max(120),
  /** Minutes of class time, a whole number from 1 to 120. All steps add up to the lesson's `estimatedMinutes`. */
  minutes: z.number().int("must be a whole number of minutes").min(1).max(120),
  /** Objectives of the lesson this step works towards. */
  objectiveIds: ObjectiveIdsSchema,
  /** Materials of the plan used in this step. */
  materialIds: z.array(IdSchema).default([]),
  /** What to do, for the teacher (Markdown): what to say, what students do, what to listen for. */
  instructions: MarkdownSchema,
});

/** A role in a mock hearing or a position in a structured academic controversy. */
export const RoleCardSchema = z.strictObject({
  /** A stable id for the card. */
  id: IdSchema,
  /** The role as the card is headed ("Counsel for the detainees"). */
  role: TextSchema.max(120),
  /** What the role argues or does, in the student's own voice (Markdown); every fact from the lesson. */
  brief: MarkdownSchema,
  /** Lesson sources the brief rests on. */
  sourceIds: z.array(IdSchema).min(1, "must cite at least one source of the lesson"),
});

/** One prompt of a worksheet, with room to write and notes for the teacher. */
export const WorksheetPromptSchema = z.strictObject({
  /** What students answer (Markdown). */
  prompt: MarkdownSchema,
  /** How many ruled lines to leave for the answer (0-12). */
  lines: z.number().int().min(0).max(12),
  /** What a good answer contains, for the teacher. */
  lookFor: LookForSchema,
});

/** The classroom activity at the heart of the period. */
export const ActivitySchema = z
  .strictObject({
    /** The activity's format. */
    format: ActivityFormatSchema,
    /** Its title. */
    title: TextSchema.max(120),
    /** The question the activity asks students to work out. */
    question: TextSchema.max(400),
    /** How students are grouped ("groups of four: two pairs"). */
    grouping: TextSchema.max(200),
    /** Instructions printed for students on the activity sheet (Markdown). */
    studentInstructions: MarkdownSchema,
    /** Role cards, printed one role per card. */
    roleCards: z.array(RoleCardSchema).default([]),
    /** The worksheet students fill in. */
    worksheet: z.array(WorksheetPromptSchema).default([]),
  })
  .superRefine((activity, ctx) => {
    reportDuplicates(ctx, activity.roleCards, (c) => c.id, ["roleCards"], "role card id");
    const played = activity.format === "mock-hearing" || activity.format === "structured-academic-controversy";
    if (played && activity.roleCards.length < 2) {
      ctx.addIssue({
        code: "custom",
        message: `a ${activity.format} needs at least two role cards`,
        path: ["roleCards"],
      });
    }
    if (!played && activity.worksheet.length === 0) {
      ctx.addIssue({
        code: "custom",
        message: `a ${activity.format} needs a worksheet with at least one prompt`,
        path: ["worksheet"],
      });
    }
  });

/** One row of a four-level rubric: a criterion and what each level looks like. */
export const RubricCriterionSchema = z.strictObject({
  /** What is judged ("Claim", "Evidence", "Counterargument"). */
  criterion: TextSchema.max(80),
  /** Level 4. */
  exceeds: TextSchema.max(400),
  /** Level 3. */
  meets: TextSchema.max(400),
  /** Level 2. */
  approaching: TextSchema.max(400),
  /** Level 1. */
  beginning: TextSchema.max(400),
});

/** Supports for students who need them, and more for those who are ready. */
export const DifferentiationSchema = z.strictObject({
  /** The lesson's hardest words in plain words, for English learners and struggling readers. */
  glossary: z
    .array(
      z.strictObject({
        /** The word or phrase as the reading uses it. */
        term: TextSchema.max(120),
        /** What it means, in everyday words (at most 30 words). */
        plain: TextSchema.max(300).refine((text) => text.split(/\s+/).length <= 30, "must be at most 30 words"),
      }),
    )
    .min(5, "needs at least five entries"),
  /** Sentence starters for speaking and writing; each has a blank written as `___`. */
  sentenceFrames: z
    .array(TextSchema.max(200).refine((text) => text.includes("___"), "must contain a blank written as ___"))
    .min(3, "needs at least three sentence frames"),
  /** Other supports (partner reading, chunked sections, a word bank). */
  supports: z.array(TextSchema.max(400)).default([]),
  /** Tasks that take ready students further. */
  extensions: z
    .array(
      z.strictObject({
        /** A short title. */
        title: TextSchema.max(120),
        /** The task (Markdown). */
        task: MarkdownSchema,
      }),
    )
    .min(1, "needs at least one extension task"),
});

/** A teacher's plan for one lesson, modelled on published civics lesson plans. */
export const LessonPlanSchema = z
  .strictObject({
    /** The question the period is built around. */
    essentialQuestion: TextSchema.max(300),
    /** What to do before class (copies to make, groups to form, the room to set). */
    preparation: z.array(TextSchema.max(400)).min(1, "needs at least one preparation note"),
    /** Everything the period uses. */
    materials: z.array(MaterialSchema).min(1, "needs at least one material"),
    /** The procedure, in order; the minutes add up to the lesson's `estimatedMinutes`. */
    steps: z.array(PlanStepSchema).min(3, "needs at least three steps"),
    /** The classroom activity. */
    activity: ActivitySchema,
    /** Supports and extensions. */
    differentiation: DifferentiationSchema,
    /** A writing task with its rubric. */
    writing: z.strictObject({
      /** The prompt students answer (Markdown). */
      prompt: MarkdownSchema,
      /** Objectives the writing shows. */
      objectiveIds: ObjectiveIdsSchema,
      /** A four-level rubric; students may see it. */
      rubric: z.array(RubricCriterionSchema).min(2, "needs at least two criteria"),
    }),
    /** The last minutes: one to three short prompts, each with what to look for. */
    exitTicket: z
      .array(
        z.strictObject({
          /** What students answer on the slip. */
          prompt: TextSchema.max(400),
          /** Objectives the prompt checks. */
          objectiveIds: ObjectiveIdsSchema,
          /** What a good answer contains, for the teacher. */
          lookFor: LookForSchema,
        }),
      )
      .min(1, "needs at least one prompt")
      .max(3, "has at most three prompts"),
  })
  .superRefine((plan, ctx) => {
    reportDuplicates(ctx, plan.materials, (m) => m.id, ["materials"], "material id");
    const materials = new Set(plan.materials.map((m) => m.id));
    const used = new Set<string>();
    plan.steps.forEach((step, i) => {
      reportUnknown(ctx, step.materialIds, materials, ["steps", i, "materialIds"], "material");
      for (const id of step.materialIds) used.add(id);
    });
    plan.materials.forEach((m, i) => {
      if (!used.has(m.id)) {
        ctx.addIssue({ code: "custom", message: `material "${m.id}" is used by no step`, path: ["materials", i] });
      }
    });

    const phases = plan.steps.map((s) => s.phase);
    for (const phase of PlanPhaseSchema.options) {
      if (!phases.includes(phase)) {
        ctx.addIssue({ code: "custom", message: `needs a ${phase} step`, path: ["steps"] });
      }
    }
    if (phases.length > 0 && phases[0] !== "warm-up") {
      ctx.addIssue({ code: "custom", message: "the first step must be the warm-up", path: ["steps", 0, "phase"] });
    }
    if (phases.length > 0 && phases.at(-1) !== "exit-ticket") {
      ctx.addIssue({
        code: "custom",
        message: "the last step must be the exit ticket",
        path: ["steps", phases.length - 1, "phase"],
      });
    }
  });

/** What {@link checkPlanAgainstLesson} reads of the lesson. */
interface PlannedLesson {
  estimatedMinutes: number;
  objectives: readonly { id: string }[];
  sources: readonly { id: string }[];
  plan?: z.output<typeof LessonPlanSchema> | undefined;
}

/**
 * The rules that tie a plan to its lesson: the steps' minutes add up to `estimatedMinutes`, every
 * objective id is one of the lesson's and every objective is taught by some step, and role cards
 * cite the lesson's sources. Issues are reported at `plan.…` paths.
 */
export function checkPlanAgainstLesson(lesson: PlannedLesson, ctx: IssueSink): void {
  const plan = lesson.plan;
  if (plan === undefined) return;
  const objectives = new Set(lesson.objectives.map((o) => o.id));
  const objectivesOf = (ids: readonly string[], path: PropertyKey[]): void => {
    reportUnknown(ctx, ids, objectives, ["plan", ...path], "objective");
  };

  const minutes = plan.steps.reduce((sum, s) => sum + s.minutes, 0);
  if (minutes !== lesson.estimatedMinutes) {
    ctx.addIssue({
      code: "custom",
      message: `the steps' minutes add up to ${minutes}, but the lesson's estimatedMinutes is ${lesson.estimatedMinutes}`,
      path: ["plan", "steps"],
    });
  }
  plan.steps.forEach((s, i) => {
    objectivesOf(s.objectiveIds, ["steps", i, "objectiveIds"]);
  });
  objectivesOf(plan.writing.objectiveIds, ["writing", "objectiveIds"]);
  plan.exitTicket.forEach((t, i) => {
    objectivesOf(t.objectiveIds, ["exitTicket", i, "objectiveIds"]);
  });
  const taught = new Set(plan.steps.flatMap((s) => s.objectiveIds));
  for (const o of lesson.objectives) {
    if (!taught.has(o.id)) {
      ctx.addIssue({
        code: "custom",
        message: `objective "${o.id}" is taught by no step of the plan`,
        path: ["plan", "steps"],
      });
    }
  }

  const sources = new Set(lesson.sources.map((s) => s.id));
  plan.activity.roleCards.forEach((card, i) => {
    reportUnknown(ctx, card.sourceIds, sources, ["plan", "activity", "roleCards", i, "sourceIds"], "source");
  });
}
