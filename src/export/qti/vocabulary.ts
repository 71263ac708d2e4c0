/** The QTI 3.0 response-processing vocabulary the formatters write, as small element builders. */
import { decimal } from "../_shared/numbers.js";
import { el, text, type XmlElement } from "../_shared/xml.js";

/**
 * A valid QTI identifier (XML NCName) for a kebab-case id. Ids that start with a digit get a
 * leading underscore; kebab-case ids never start with one, so no two ids can collide.
 *
 * @example
 * ncname("1798-acts")
 * //=> "_1798-acts"
 */
export function ncname(id: string): string {
  return /^[A-Za-z_]/.test(id) ? id : `_${id}`;
}

export const variable = (id: string) => el("qti-variable", { identifier: id });
export const correct = (id: string) => el("qti-correct", { identifier: id });
export const base = (type: string, value: string | number) =>
  el("qti-base-value", { "base-type": type }, [text(typeof value === "number" ? decimal(value) : value)]);
export const float = (value: number) => base("float", value);
export const integer = (value: number) => base("integer", value);
export const identifier = (value: string) => base("identifier", value);
export const op = (name: string, ...args: XmlElement[]) => el(`qti-${name}`, {}, args);
export const setOutcome = (id: string, value: XmlElement) => el("qti-set-outcome-value", { identifier: id }, [value]);
export const setScore = (value: XmlElement) => setOutcome("SCORE", value);
export const addTo = (id: string, value: XmlElement) => setOutcome(id, op("sum", variable(id), value));
export const showFeedback = (id: string) =>
  setOutcome("FEEDBACK", op("multiple", variable("FEEDBACK"), identifier(id)));
export const mapResponse = (id = "RESPONSE") => el("qti-map-response", { identifier: id });

/** An outcome declaration with a default value. */
export function outcome(id: string, cardinality: "single", baseType: "integer" | "float", value: number): XmlElement {
  return el("qti-outcome-declaration", { identifier: id, cardinality, "base-type": baseType }, [
    el("qti-default-value", {}, [el("qti-value", {}, [text(decimal(value))])]),
  ]);
}

/** `if … else if … else` as one `qti-response-condition`. */
export function condition(branches: [test: XmlElement, actions: XmlElement[]][], otherwise?: XmlElement[]): XmlElement {
  const parts = branches.map(([test, actions], i) =>
    el(i === 0 ? "qti-response-if" : "qti-response-else-if", {}, [test, ...actions]),
  );
  if (otherwise && otherwise.length > 0) parts.push(el("qti-response-else", {}, otherwise));
  return el("qti-response-condition", {}, parts);
}

/** A response declaration with its correct values and, optionally, a mapping. */
export function declaration(
  id: string,
  cardinality: "single" | "multiple" | "ordered",
  baseType: string,
  correctValues: string[],
  map?: XmlElement,
): XmlElement {
  const children: XmlElement[] = [];
  if (correctValues.length > 0)
    children.push(
      el(
        "qti-correct-response",
        {},
        correctValues.map((v) => el("qti-value", {}, [text(v)])),
      ),
    );
  if (map) children.push(map);
  return el("qti-response-declaration", { identifier: id, cardinality, "base-type": baseType }, children);
}

/** A `qti-mapping` from keys to values, with optional bounds and a default. */
export function mapping(
  entries: { key: string; value: number; caseSensitive?: boolean }[],
  bounds: { default?: number; lower?: number; upper?: number } = {},
): XmlElement {
  return el(
    "qti-mapping",
    {
      "lower-bound": bounds.lower === undefined ? undefined : decimal(bounds.lower),
      "upper-bound": bounds.upper === undefined ? undefined : decimal(bounds.upper),
      "default-value": decimal(bounds.default ?? 0),
    },
    entries.map((e) =>
      el("qti-map-entry", {
        "map-key": e.key,
        "mapped-value": decimal(e.value),
        "case-sensitive": e.caseSensitive === undefined ? undefined : String(e.caseSensitive),
      }),
    ),
  );
}

/** SCORE = points when the response equals the correct response, else 0 (QTI's match_correct). */
export function matchCorrect(points: number, response = "RESPONSE"): XmlElement {
  return condition(
    [[op("match", variable(response), correct(response)), [setScore(float(points))]]],
    [setScore(float(0))],
  );
}
