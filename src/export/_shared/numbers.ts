import { ExportError } from "./issues.js";

/**
 * A number as a plain decimal: the shortest text that reads back as the same double, but never in
 * exponent notation, which GIFT and some XML consumers reject.
 *
 * @example
 * decimal(1e-7)
 * //=> "0.0000001"
 */
export function decimal(value: number): string {
  if (!Number.isFinite(value)) throw new ExportError("invalid_number", `cannot write ${value} as a number`);
  const text = Object.is(value, -0) ? "0" : String(value);
  const e = text.indexOf("e");
  if (e === -1) return text;
  const mantissa = text.slice(0, e);
  const exponent = Number(text.slice(e + 1));
  const negative = mantissa.startsWith("-");
  const [whole = "", fraction = ""] = (negative ? mantissa.slice(1) : mantissa).split(".");
  const digits = whole + fraction;
  // Where the decimal point falls once the exponent is applied. JavaScript writes exponents only
  // below 1e-6, where the point comes before every digit, and from 1e21, where it comes after.
  const point = whole.length + exponent;
  const out = point <= 0 ? `0.${"0".repeat(-point)}${digits}` : digits + "0".repeat(point - digits.length);
  return negative ? `-${out}` : out;
}
