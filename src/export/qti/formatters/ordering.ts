import { orderingScoringOf } from "../../../_lib/semantics.js";
import { shownOrder } from "../../_shared/order.js";
import { el, text, type XmlElement } from "../../_shared/xml.js";
import {
  addTo,
  condition,
  declaration,
  float,
  identifier,
  integer,
  matchCorrect,
  ncname,
  op,
  outcome,
  setOutcome,
  setScore,
  variable,
} from "../vocabulary.js";
import { prompt } from "./shared.js";
import type { Formatter } from "./types.js";

/** Response rules and counters that score an ordering, one scoring mode at a time. */
function scoringRules(key: readonly string[], scoring: string, points: number) {
  const n = key.length;
  const outcomes: XmlElement[] = [];
  const rules: XmlElement[] = [];
  const at = (position: number) => el("qti-index", { n: position }, [variable("RESPONSE")]);
  const countIf = (test: XmlElement) => condition([[test, [addTo("COUNT", integer(1))]]]);
  const scoreFrom = (count: XmlElement, denominator: number) =>
    setScore(op("divide", op("product", count, float(points)), float(denominator)));
  // POSj = the 1-based place the learner gave the j-th item of the key.
  const positions = () => {
    key.forEach((id, j) => {
      outcomes.push(outcome(`POS${j + 1}`, "single", "integer", 0));
      rules.push(
        condition(
          key.map((_, i) => [op("match", at(i + 1), identifier(id)), [setOutcome(`POS${j + 1}`, integer(i + 1))]]),
        ),
      );
    });
  };
  if (scoring === "all-or-nothing") return { outcomes, rules: [matchCorrect(points)] };
  outcomes.push(outcome("COUNT", "single", "integer", 0));
  switch (scoring) {
    case "position":
      key.forEach((id, j) => {
        rules.push(countIf(op("match", at(j + 1), identifier(id))));
      });
      rules.push(scoreFrom(variable("COUNT"), n));
      break;
    case "adjacent-pairs":
      // For ordered containers, qti-contains means "appears as a contiguous run".
      for (let j = 0; j + 1 < n; j++)
        rules.push(
          countIf(
            op(
              "contains",
              variable("RESPONSE"),
              op("ordered", identifier(key[j] as string), identifier(key[j + 1] as string)),
            ),
          ),
        );
      rules.push(scoreFrom(variable("COUNT"), n - 1));
      break;
    case "kendall-tau":
      positions();
      for (let i = 0; i < n; i++)
        for (let j = i + 1; j < n; j++) rules.push(countIf(op("lt", variable(`POS${i + 1}`), variable(`POS${j + 1}`))));
      rules.push(scoreFrom(variable("COUNT"), (n * (n - 1)) / 2));
      break;
    case "longest-ordered-subsequence":
      // Longest chain in key order whose places also increase: Lj = 1 + max Li over i < j with POSi < POSj.
      positions();
      for (let j = 0; j < n; j++) {
        outcomes.push(outcome(`RUN${j + 1}`, "single", "integer", 0));
        rules.push(setOutcome(`RUN${j + 1}`, integer(1)));
        for (let i = 0; i < j; i++)
          rules.push(
            condition([
              [
                op(
                  "and",
                  op("lt", variable(`POS${i + 1}`), variable(`POS${j + 1}`)),
                  op("gte", variable(`RUN${i + 1}`), variable(`RUN${j + 1}`)),
                ),
                [setOutcome(`RUN${j + 1}`, op("sum", variable(`RUN${i + 1}`), integer(1)))],
              ],
            ]),
          );
      }
      rules.push(setOutcome("COUNT", op("max", ...key.map((_, j) => variable(`RUN${j + 1}`)))));
      // A single item in order earns nothing, as in the engine.
      rules.push(condition([[op("lt", variable("COUNT"), integer(2)), [setOutcome("COUNT", integer(0))]]]));
      rules.push(scoreFrom(variable("COUNT"), n));
      break;
  }
  return { outcomes, rules };
}

export const ordering: Formatter<"ordering"> = (question, ctx) => {
  const key = question.correctOrder.map(ncname);
  const { outcomes, rules } = scoringRules(key, orderingScoringOf(question), ctx.points);
  const shown = shownOrder(question, "items", question.items, ctx.seed);
  return {
    responses: [declaration("RESPONSE", "ordered", "identifier", key)],
    outcomes,
    body: [
      el("qti-order-interaction", { "response-identifier": "RESPONSE", shuffle: "true" }, [
        prompt(question),
        ...shown.map((item) => el("qti-simple-choice", { identifier: ncname(item.id) }, [text(item.text)])),
      ]),
    ],
    // The engine scores only complete orderings; anything shorter earns 0.
    rules: [
      condition(
        [[op("match", op("container-size", variable("RESPONSE")), integer(key.length)), rules]],
        [setScore(float(0))],
      ),
    ],
    answeredBy: ["RESPONSE"],
    feedback: [],
  };
};
