/**
 * Compile-time checks that every per-type map covers exactly the schema's question types. They
 * fail in `npm run typecheck` (and in vitest's type pass) the moment a type is added to the union
 * without its entries, naming the map that lacks it.
 */
import type {
  keyedResponse,
  PublicQuestion,
  PublicQuestionMap,
  Question,
  QuestionOfType,
  QuestionType,
  ResponseMap,
  scoreQuestion,
  validateResponse,
} from "civics-lessons";
import { type ParsedQuestion, QUESTION_TYPES } from "civics-lessons/schema";
import { describe, expect, expectTypeOf, it } from "vitest";
import { schemaTypes } from "../_helpers/schema-fields.js";

describe("question type registry", () => {
  it("lists exactly the schema's types in QUESTION_TYPES", () => {
    expectTypeOf<(typeof QUESTION_TYPES)[number]>().toEqualTypeOf<QuestionType>();
    expectTypeOf<ParsedQuestion["type"]>().toEqualTypeOf<QuestionType>();
    expect(new Set(QUESTION_TYPES).size).toBe(QUESTION_TYPES.length);
    expect([...QUESTION_TYPES].sort()).toEqual(schemaTypes().sort());
  });

  it("has a public view and a response shape for every type, and no others", () => {
    expectTypeOf<keyof PublicQuestionMap>().toEqualTypeOf<QuestionType>();
    expectTypeOf<keyof ResponseMap>().toEqualTypeOf<QuestionType>();
    expectTypeOf<PublicQuestion["type"]>().toEqualTypeOf<QuestionType>();
  });

  it("keeps each public view's type discriminant", () => {
    expectTypeOf<PublicQuestionMap["ordering"]["type"]>().toEqualTypeOf<"ordering">();
    expectTypeOf<{ [K in QuestionType]: PublicQuestionMap[K]["type"] }[QuestionType]>().toEqualTypeOf<QuestionType>();
  });

  it("gives each type's keyed response in that type's response shape", () => {
    expectTypeOf<ReturnType<typeof keyedResponse<"matching">>>().toEqualTypeOf<ResponseMap["matching"]>();
    expectTypeOf<ReturnType<typeof keyedResponse<"true-false">>>().toEqualTypeOf<boolean>();
  });

  it("takes full questions wherever a public question is enough (validation needs no key)", () => {
    // A full question has every field its public view has, so servers can validate with it too.
    expectTypeOf<Parameters<typeof scoreQuestion>[0]>().toEqualTypeOf<Readonly<Question>>();
    expectTypeOf<Parameters<typeof validateResponse>[0]>().toEqualTypeOf<PublicQuestion>();
    expectTypeOf<QuestionOfType<"single-choice">["choices"][number]>().toMatchTypeOf<
      PublicQuestionMap["single-choice"]["choices"][number]
    >();
    expectTypeOf<QuestionOfType<"ordering">["items"][number]>().toMatchTypeOf<
      PublicQuestionMap["ordering"]["items"][number]
    >();
  });
});
