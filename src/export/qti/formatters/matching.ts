import { matchingScoringOf } from "../../../_lib/semantics.js";
import { seededOrder, shownOrder } from "../../_shared/order.js";
import { el, text } from "../../_shared/xml.js";
import { declaration, mapping, mapResponse, matchCorrect, setScore } from "../vocabulary.js";
import { prompt } from "./shared.js";
import type { AnyQuestion, Context, Formatter, ItemParts } from "./types.js";

/** A match interaction's two sets and its key. */
interface MatchSpec {
  /** The left-hand set, in the order to write. */
  sources: readonly { id: string; text: string }[];
  /** The right-hand set, in the order to write. */
  targets: readonly { id: string; text: string }[];
  /** Each source with the target it belongs to. */
  pairs: readonly [source: string, target: string][];
  /** Identifier prefixes of the two sets, so ids of the two sets never collide. */
  prefixes: [source: string, target: string];
  /** Credit per pair (else all or nothing). */
  perPair: boolean;
}

/** A match interaction from sources to targets. */
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
  const set = (entries: readonly { id: string; text: string }[], id: (x: string) => string, max: number) =>
    el(
      "qti-simple-match-set",
      {},
      entries.map((x) =>
        el("qti-simple-associable-choice", { identifier: id(x.id), "match-max": max }, [text(x.text)]),
      ),
    );
  return {
    responses: [declaration("RESPONSE", "multiple", "directedPair", keyed, map)],
    body: [
      el(
        "qti-match-interaction",
        { "response-identifier": "RESPONSE", shuffle: "true", "max-associations": spec.sources.length },
        [prompt(question), set(spec.sources, s, 1), set(spec.targets, t, spec.sources.length)],
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
      // The engine shuffles the responses; the premises get a seeded order of their own.
      sources: seededOrder(question.premises, ctx.seed, `${question.id}/premises`),
      targets: shownOrder(question, "responses", question.responses, ctx.seed),
      pairs: question.premises.map((p) => [p.id, question.pairs[p.id] as string]),
      prefixes: ["premise", "response"],
      perPair: matchingScoringOf(question) === "per-pair",
    },
    ctx,
  );

export const categorize: Formatter<"categorize"> = (question, ctx) =>
  matchItem(
    question,
    {
      // The engine shuffles the items; the categories get a seeded order of their own.
      sources: shownOrder(question, "items", question.items, ctx.seed),
      targets: seededOrder(question.categories, ctx.seed, `${question.id}/categories`),
      pairs: question.items.map((item) => [item.id, item.categoryId]),
      prefixes: ["item", "category"],
      perPair: true,
    },
    ctx,
  );
