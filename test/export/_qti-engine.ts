/**
 * A small QTI 3.0 response-processing interpreter, for tests only: it runs the operators our
 * exporter writes, with the semantics of the QTI 3.0 spec, so tests can check that an exported
 * item scores a response as the engine does. Not a general QTI player.
 */

interface Node {
  name: string;
  attrs: Record<string, string>;
  children: Node[];
  text: string;
}

/** Parses the XML we write (elements, attributes, text, entities; no DTDs, CDATA or PIs besides the declaration). */
export function parseXml(xml: string): Node {
  const root: Node = { name: "#root", attrs: {}, children: [], text: "" };
  const stack: Node[] = [root];
  const decode = (s: string) =>
    s.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-f]+);/gi, (_, e: string) => {
      const map: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };
      if (e[0] === "#")
        return String.fromCodePoint(e[1] === "x" ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1)));
      return map[e] as string;
    });
  const pattern =
    /<\?[^?]*\?>|<!--[\s\S]*?-->|<\/([\w:.-]+)\s*>|<([\w:.-]+)((?:\s+[\w:.-]+="[^"]*")*)\s*(\/?)>|([^<]+)/g;
  for (const m of xml.matchAll(pattern)) {
    const top = stack.at(-1) as Node;
    if (m[1]) {
      if (top.name !== m[1]) throw new Error(`mismatched </${m[1]}> (open: ${top.name})`);
      stack.pop();
    } else if (m[2]) {
      const attrs: Record<string, string> = {};
      for (const a of (m[3] ?? "").matchAll(/([\w:.-]+)="([^"]*)"/g)) attrs[a[1] as string] = decode(a[2] as string);
      const node: Node = { name: m[2], attrs, children: [], text: "" };
      top.children.push(node);
      if (m[4] !== "/") stack.push(node);
    } else if (m[5]) {
      top.text += decode(m[5]);
    }
  }
  if (stack.length !== 1) throw new Error("unclosed elements");
  return root.children[0] as Node;
}

type Value = null | number | string | boolean | Value[];

interface Declaration {
  cardinality: string;
  baseType: string;
  correct: Value;
  mapping?: {
    entries: { key: string; value: number; caseSensitive: boolean }[];
    default: number;
    lower?: number;
    upper?: number;
  };
}

const child = (node: Node, name: string) => node.children.find((c) => c.name === name);

function typed(baseType: string, text: string): Value {
  if (baseType === "float" || baseType === "integer") return Number(text);
  if (baseType === "boolean") return text === "true";
  return text.trim();
}

/**
 * Runs an item's response processing for the given response variables (NULL when missing) and
 * returns the outcome values (SCORE, FEEDBACK, …).
 */
export function processResponses(xml: string, responses: Record<string, Value>): Record<string, Value> {
  const item = parseXml(xml);
  const declarations = new Map<string, Declaration>();
  const outcomes: Record<string, Value> = {};
  for (const node of item.children) {
    if (node.name === "qti-response-declaration") {
      const baseType = node.attrs["base-type"] as string;
      const cardinality = node.attrs.cardinality as string;
      const correctNode = child(node, "qti-correct-response");
      const values = correctNode ? correctNode.children.map((v) => typed(baseType, v.text)) : [];
      const decl: Declaration = {
        cardinality,
        baseType,
        correct: cardinality === "single" ? (values[0] ?? null) : values.length > 0 ? values : null,
      };
      const map = child(node, "qti-mapping");
      if (map) {
        decl.mapping = {
          entries: map.children.map((e) => ({
            key: e.attrs["map-key"] as string,
            value: Number(e.attrs["mapped-value"]),
            caseSensitive: e.attrs["case-sensitive"] === "true",
          })),
          default: Number(map.attrs["default-value"] ?? 0),
        };
        if (map.attrs["lower-bound"] !== undefined) decl.mapping.lower = Number(map.attrs["lower-bound"]);
        if (map.attrs["upper-bound"] !== undefined) decl.mapping.upper = Number(map.attrs["upper-bound"]);
      }
      declarations.set(node.attrs.identifier as string, decl);
    }
    if (node.name === "qti-outcome-declaration") {
      const def = child(node, "qti-default-value");
      const baseType = node.attrs["base-type"] as string;
      outcomes[node.attrs.identifier as string] = def ? typed(baseType, child(def, "qti-value")?.text ?? "") : null;
    }
  }
  const variable = (id: string): Value => (id in outcomes ? (outcomes[id] as Value) : (responses[id] ?? null));
  const isNull = (v: Value) => v === null || (Array.isArray(v) && v.length === 0) || v === "";
  const same = (a: Value, b: Value) => JSON.stringify(a) === JSON.stringify(b);

  const evaluate = (node: Node): Value => {
    const args = () => node.children.map(evaluate);
    switch (node.name) {
      case "qti-variable":
        return variable(node.attrs.identifier as string);
      case "qti-correct":
        return declarations.get(node.attrs.identifier as string)?.correct ?? null;
      case "qti-base-value":
        return typed(node.attrs["base-type"] as string, node.text);
      case "qti-is-null":
        return isNull(evaluate(node.children[0] as Node));
      case "qti-not": {
        const v = evaluate(node.children[0] as Node);
        return v === null ? null : !v;
      }
      case "qti-and":
        return args().every((v) => v === true);
      case "qti-or":
        return args().some((v) => v === true);
      case "qti-match": {
        const [a, b] = args();
        if (isNull(a as Value) || isNull(b as Value)) return null;
        if (Array.isArray(a) && Array.isArray(b)) {
          const decl = declarations.get((node.children[0] as Node).attrs.identifier ?? "");
          if (decl?.cardinality === "multiple") return same([...a].sort(), [...b].sort());
        }
        return same(a as Value, b as Value);
      }
      case "qti-member": {
        const [v, container] = args();
        return Array.isArray(container) ? container.some((c) => same(c, v as Value)) : false;
      }
      case "qti-contains": {
        const [container, sub] = args();
        if (!Array.isArray(container) || !Array.isArray(sub)) return null;
        for (let i = 0; i + sub.length <= container.length; i++)
          if (sub.every((s, j) => same(container[i + j] as Value, s))) return true;
        return false;
      }
      case "qti-ordered":
      case "qti-multiple":
        return args().flatMap((v) => (v === null ? [] : Array.isArray(v) ? v : [v]));
      case "qti-index": {
        const container = evaluate(node.children[0] as Node);
        const n = Number(node.attrs.n);
        return Array.isArray(container) ? (container[n - 1] ?? null) : null;
      }
      case "qti-container-size": {
        const v = evaluate(node.children[0] as Node);
        return Array.isArray(v) ? v.length : 0;
      }
      case "qti-sum":
        return args().reduce<number>((s, v) => s + Number(v), 0);
      case "qti-product":
        return args().reduce<number>((s, v) => s * Number(v), 1);
      case "qti-divide": {
        const [a, b] = args();
        return Number(b) === 0 ? null : Number(a) / Number(b);
      }
      case "qti-max":
        return Math.max(...args().map(Number));
      case "qti-gte":
        return Number(args()[0]) >= Number(args()[1]);
      case "qti-lte":
        return Number(args()[0]) <= Number(args()[1]);
      case "qti-lt":
        return Number(args()[0]) < Number(args()[1]);
      case "qti-equal": {
        const [x, y] = args();
        if (x === null || y === null) return null;
        const mode = node.attrs["tolerance-mode"] ?? "exact";
        if (mode === "exact") return Number(x) === Number(y);
        const [t0, t1 = t0] = (node.attrs.tolerance ?? "0").split(/\s+/).map(Number) as [number, number?];
        const low = mode === "absolute" ? Number(x) - t0 : Number(x) * (1 - t0 / 100);
        const high = mode === "absolute" ? Number(x) + (t1 as number) : Number(x) * (1 + (t1 as number) / 100);
        return Number(y) >= low && Number(y) <= high;
      }
      case "qti-string-match": {
        const [a, b] = args();
        if (a === null || b === null) return null;
        return node.attrs["case-sensitive"] === "true" ? a === b : String(a).toLowerCase() === String(b).toLowerCase();
      }
      case "qti-map-response": {
        const id = node.attrs.identifier as string;
        const decl = declarations.get(id);
        const map = decl?.mapping;
        if (!map) throw new Error(`no mapping for ${id}`);
        const value = responses[id] ?? null;
        const lookup = (v: Value) =>
          map.entries.find((e) => (e.caseSensitive ? e.key === v : e.key.toLowerCase() === String(v).toLowerCase()))
            ?.value ?? map.default;
        let total: number;
        if (value === null) total = map.default;
        else if (Array.isArray(value))
          total = [...new Set(value.map((v) => JSON.stringify(v)))].reduce((s, v) => s + lookup(JSON.parse(v)), 0);
        else total = lookup(value);
        if (map.lower !== undefined) total = Math.max(map.lower, total);
        if (map.upper !== undefined) total = Math.min(map.upper, total);
        return total;
      }
      default:
        throw new Error(`operator ${node.name} is not supported by the test interpreter`);
    }
  };

  const run = (rules: Node[]) => {
    for (const rule of rules) {
      if (rule.name === "qti-set-outcome-value") {
        outcomes[rule.attrs.identifier as string] = evaluate(rule.children[0] as Node);
      } else if (rule.name === "qti-response-condition") {
        for (const branch of rule.children) {
          if (branch.name === "qti-response-else") {
            run(branch.children);
            break;
          }
          const [test, ...actions] = branch.children;
          if (evaluate(test as Node) === true) {
            run(actions);
            break;
          }
        }
      } else throw new Error(`rule ${rule.name} is not supported`);
    }
  };
  const processing = child(item, "qti-response-processing");
  if (processing) run(processing.children);
  return outcomes;
}
