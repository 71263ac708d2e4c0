import { DEFAULT_SCORING, seededOrder } from "../../_shared/semantics.js";
import { el, text } from "../../_shared/xml.js";
import { declaration, mapping, mapResponse, matchCorrect, setScore } from "../vocabulary.js";
import { prompt } from "./shared.js";
import type { AnyQuestion, Context, Formatter, ItemParts } from "./types.js";

/** A match interaction's two sets and its key. */
interface MatchSpec {
  sources: readonly { id: string; text: string }[];
  targets: readonly { id: string; text: string }[];
  /** Each source with the target it belongs to. */
  pairs: readonly [source: string, target: string][];
  /** Identifier prefixes of the two sets, so ids of the two sets never collide. */
  prefixes: [source: string, target: string];
  /** Credit per pair (else all or nothing). */
  perPair: boolean;
}

/** A match interaction from sources to targets, both sets written in seeded order. */
function matchItem(question: AnyQuestion, spec: MatchSpec, ctx: Context): ItemParts {
  const s = (id: string) => `${spec.prefixes[0]}-${id}`;
  const t = (id: string) => `${spec.prefixes[1]}-${id}`;
  const keyed = spec.pairs.map(([a, b]) => `${s(a)} ${t(b)}`);
  const points = ctx.points;
  const map = spec.perPair
    ? mapping(
        keyed.map((key) => ({ key, value: points / spec.pairs.length })),
        { lower: 0, upper: points },
      )
    : undefined;
  const set = (
    entries: readonly { id: string; text: string }[],
    id: (x: string) => string,
    max: number,
    scope: string,
  ) =>
    el(
      "qti-simple-match-set",
      {},
      seededOrder(entries, ctx.seed, `${question.id}/${scope}`).map((x) =>
        el("qti-simple-associable-choice", { identifier: id(x.id), "match-max": max }, [text(x.text)]),
      ),
    );
  return {
    responses: [declaration("RESPONSE", "multiple", "directedPair", keyed, map)],
    body: [
      el(
        "qti-match-interaction",
        { "response-identifier": "RESPONSE", shuffle: "true", "max-associations": spec.sources.length },
        [
          prompt(question),
          set(spec.sources, s, 1, spec.prefixes[0]),
          set(spec.targets, t, spec.sources.length, spec.prefixes[1]),
        ],
      ),
    ],
    rules: [spec.perPair ? setScore(mapResponse()) : matchCorrect(points)],
    answeredBy: ["RESPONSE"],
    feedback: [],
  };
}

export const matching: Formatter<"matching"> = (question, ctx) =>
  matchItem(
    question,
    {
      sources: question.premises,
      targets: question.responses,
      pairs: question.premises.map((p) => [p.id, question.pairs[p.id] as string]),
      prefixes: ["premise", "response"],
      perPair: (question.scoring ?? DEFAULT_SCORING.matching) === "per-pair",
    },
    ctx,
  );

export const categorize: Formatter<"categorize"> = (question, ctx) =>
  matchItem(
    question,
    {
      sources: question.items,
      targets: question.categories,
      pairs: question.items.map((item) => [item.id, item.categoryId]),
      prefixes: ["item", "category"],
      perPair: true,
    },
    ctx,
  );
