/**
 * The field names of each question type as its zod schema defines them, nested fields included,
 * read from the schema itself: a new type or a new field is found without a hand-kept list.
 */
import type { QuestionType, Question as QuestionValue } from "civics-lessons";
import { QuestionSchema } from "civics-lessons/schema";

/** The few parts of a zod 4 schema the walk reads. */
interface SchemaNode {
  _zod: {
    def: {
      type: string;
      shape?: Record<string, SchemaNode>;
      element?: SchemaNode;
      options?: SchemaNode[];
      innerType?: SchemaNode;
      valueType?: SchemaNode;
      in?: SchemaNode;
      out?: SchemaNode;
    };
  };
}

function collect(node: SchemaNode | undefined, into: Set<string>): Set<string> {
  if (!node) return into;
  const def = node._zod.def;
  for (const [name, child] of Object.entries(def.shape ?? {})) collect(child, into.add(name));
  for (const child of [def.element, def.innerType, def.valueType, def.in, def.out, ...(def.options ?? [])])
    collect(child, into);
  return into;
}

/** The `type` literal of one option of the question union. */
function typeOf(option: SchemaNode): QuestionType {
  return (option._zod.def.shape as unknown as { type: { value: QuestionType } }).type.value;
}

/** Every field name the schema of a question type defines, at any depth. */
export function schemaFieldsOf(type: QuestionType): Set<string> {
  const option = (QuestionSchema.options as unknown as SchemaNode[]).find((o) => typeOf(o) === type);
  if (!option) throw new Error(`no schema for ${type}`);
  return collect(option, new Set());
}

/** Every question type the schema defines. */
export function schemaTypes(): QuestionType[] {
  return (QuestionSchema.options as unknown as SchemaNode[]).map(typeOf);
}

/**
 * The string values of a question that sit under one of the given field names, at any depth
 * (`answers[0].text` is under `answers`).
 */
export function stringsUnder(question: QuestionValue, fields: ReadonlySet<string>): string[] {
  const out: string[] = [];
  const walk = (value: unknown, hidden: boolean): void => {
    if (typeof value === "string") {
      if (hidden) out.push(value);
    } else if (Array.isArray(value)) for (const item of value) walk(item, hidden);
    else if (value && typeof value === "object")
      for (const [key, child] of Object.entries(value)) walk(child, hidden || fields.has(key));
  };
  walk(question, false);
  return out;
}
