import { own } from "../_lib/read.js";
import { orderByHash } from "../_lib/semantics.js";
import { QuizError } from "../errors.js";
import type { Question } from "../schema/types.js";
import type { DrawRule, QuestionOrigin, Quiz } from "./quiz.js";

type Filter = Exclude<keyof DrawRule, "count" | "perObjective">;

/** Whether a question passes every filter of a rule: for each, one of its values must be listed. */
function matches(rule: DrawRule, question: Question, origin: QuestionOrigin | undefined): boolean {
  const values: { [K in Filter]: readonly unknown[] } = {
    objectiveIds: question.objectiveIds,
    tags: question.tags ?? [],
    difficulty: [question.difficulty],
    topics: origin ? [origin.topic] : [],
    lessonIds: origin ? [origin.lessonId] : [],
    types: [question.type],
  };
  return Object.entries(values).every(([key, have]) => {
    const listed: readonly unknown[] | undefined = rule[key as Filter];
    return !listed || have.some((value) => listed.includes(value));
  });
}

/**
 * A group of interchangeable places to fill: `size` questions from `candidates` (indexes into the
 * pool, in the seed's order) for one rule, or for one objective of a `perObjective` rule.
 */
interface Demand {
  rule: number;
  objective: string | undefined;
  size: number;
  candidates: number[];
  /** Candidates before this one are all taken (a question, once drawn, stays drawn). */
  cursor: number;
}

/** The demands of every rule, in rule order. Which objectives a rule covers never depends on the seed. */
function demandsOf(quiz: Quiz, seed: string): Demand[] {
  const demands: Demand[] = [];
  quiz.draw.forEach((rule, index) => {
    const pool: number[] = [];
    quiz.questions.forEach((q, i) => {
      if (matches(rule, q, own(quiz.origins, q.id) as QuestionOrigin | undefined)) pool.push(i);
    });
    const ranked = orderByHash(
      pool.map((i) => ({ id: (quiz.questions[i] as Question).id, i })),
      seed,
      `${quiz.id}/draw/${index}`,
    ).map((entry) => entry.i);
    if (rule.perObjective !== undefined) {
      const objectives = [
        ...new Set(rule.objectiveIds ?? ranked.flatMap((i) => (quiz.questions[i] as Question).objectiveIds)),
      ].sort();
      if (objectives.length === 0) throw unsatisfiable(quiz, [index], "matches no question", 0, 0);
      for (const objective of objectives) {
        const candidates = ranked.filter((i) => (quiz.questions[i] as Question).objectiveIds.includes(objective));
        demands.push({ rule: index, objective, size: rule.perObjective, candidates, cursor: 0 });
      }
    }
    if (rule.count !== undefined)
      demands.push({ rule: index, objective: undefined, size: rule.count, candidates: ranked, cursor: 0 });
  });
  return demands;
}

function describeRule(quiz: Quiz, index: number): string {
  const rule = quiz.draw[index] as DrawRule;
  const filters = Object.entries(rule)
    .filter(([key]) => key !== "count" && key !== "perObjective")
    .map(([key, value]) => `${key} ${JSON.stringify(value)}`);
  return `draw[${index}]${filters.length ? ` (${filters.join(", ")})` : ""}`;
}

function unsatisfiable(quiz: Quiz, rules: number[], problem: string, needed: number, available: number): QuizError {
  const names = rules.map((rule) => describeRule(quiz, rule));
  const message =
    rules.length === 1
      ? `${names[0]}: ${problem}`
      : `${names.join(" and ")} cannot all be met: together they need ${needed} question(s) from ${available} that match them`;
  return new QuizError("unsatisfiable_quiz", message);
}

/**
 * Assigns questions to the places the rules ask for: a bipartite matching (Kuhn's augmenting
 * paths) between places and pool questions. Each place takes the first free candidate in the
 * seed's order; when none is free, earlier places are re-seated along an augmenting path. The
 * result is a maximum matching whatever the seed, so every seed succeeds exactly when one does,
 * and a failure names the rules whose places cannot all be filled (a Hall violator).
 */
function assign(quiz: Quiz, demands: Demand[]): number[] {
  const ownerOf = new Int32Array(quiz.questions.length).fill(-1); // question → place
  const places: number[] = []; // place → question
  const demandOf: Demand[] = []; // place → its demand
  const seen = new Int32Array(quiz.questions.length); // visit stamps of the current search
  let stamp = 0;

  const take = (place: number, question: number) => {
    places[place] = question;
    ownerOf[question] = place;
  };

  for (const demand of demands) {
    for (let k = 0; k < demand.size; k++) {
      const place = places.length;
      places.push(-1);
      demandOf.push(demand);
      while (demand.cursor < demand.candidates.length && ownerOf[demand.candidates[demand.cursor] as number] !== -1)
        demand.cursor++;
      const free = demand.candidates[demand.cursor];
      if (free !== undefined) {
        take(place, free);
        continue;
      }
      // Every candidate is taken: look for an augmenting path (iterative, so long paths cannot overflow the stack).
      stamp++;
      const frames: { place: number; next: number; via: number }[] = [{ place, next: 0, via: -1 }];
      let found = false;
      while (frames.length > 0 && !found) {
        const frame = frames[frames.length - 1] as (typeof frames)[number];
        const candidates = (demandOf[frame.place] as Demand).candidates;
        if (frame.next >= candidates.length) {
          frames.pop();
          continue;
        }
        const question = candidates[frame.next++] as number;
        if (seen[question] === stamp) continue;
        seen[question] = stamp;
        const owner = ownerOf[question] as number;
        if (owner !== -1) {
          frames.push({ place: owner, next: 0, via: question });
          continue;
        }
        // Free: each place on the path takes the question the place above it gives up.
        let next = question;
        for (let f = frames.length - 1; f >= 0; f--) {
          const { place: seat, via } = frames[f] as (typeof frames)[number];
          take(seat, next);
          next = via;
        }
        found = true;
      }
      if (!found) throw hallViolation(quiz, place, seen, stamp, ownerOf, demandOf);
    }
  }
  return places;
}

/** The error for a place that cannot be filled: the places searched need more questions than they can reach. */
function hallViolation(
  quiz: Quiz,
  place: number,
  seen: Int32Array,
  stamp: number,
  ownerOf: Int32Array,
  demandOf: Demand[],
): QuizError {
  const stuck = [place];
  let available = 0;
  seen.forEach((mark, question) => {
    if (mark !== stamp) return;
    available++;
    stuck.push(ownerOf[question] as number);
  });
  const rules = [...new Set(stuck.map((p) => (demandOf[p] as Demand).rule))].sort((a, b) => a - b);
  const objectives = [...new Set(stuck.map((p) => (demandOf[p] as Demand).objective))];
  const forWhat =
    objectives[0] === undefined || objectives.includes(undefined)
      ? ""
      : ` for objective${objectives.length > 1 ? "s" : ""} ${objectives.map((o) => `"${o}"`).join(", ")}`;
  return unsatisfiable(
    quiz,
    rules,
    `needs ${stuck.length} question(s)${forWhat} but only ${available} match`,
    stuck.length,
    available,
  );
}

/**
 * Draws questions for one seed. The rules are met together: each rule gets its own questions
 * (none is drawn twice), and the seed decides which of the questions that fit a rule it gets. When
 * some draw meets every rule, every seed finds one, so `createQuiz` can check a quiz once.
 *
 * @throws {@link QuizError} `unsatisfiable_quiz` naming the rules that cannot all be met.
 */
export function drawQuestions(quiz: Quiz, seed: string): Question[] {
  if (quiz.draw.length === 0) return [...quiz.questions];
  const picked = assign(quiz, demandsOf(quiz, seed)).map((i) => quiz.questions[i] as Question);
  const max = quiz.maxQuestions;
  if (max === null || picked.length <= max) return picked;
  const keep = new Set(orderByHash(picked, seed, `${quiz.id}/cap`).slice(0, max));
  return picked.filter((q) => keep.has(q));
}
