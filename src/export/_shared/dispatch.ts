import type { Question, QuestionOfType, QuestionType } from "../../schema/types.js";

/** A table with one handler per question type. */
export type PerType<C, R> = { [K in QuestionType]: (question: Readonly<QuestionOfType<K>>, context: C) => R };

/**
 * Calls the table's handler for the question's type.
 *
 * @example
 * byType(formatters, question, ctx)
 * //=> what formatters[question.type] returns for the question
 */
export function byType<C, R>(table: PerType<C, R>, question: Readonly<Question>, context: C): R {
  // TypeScript cannot relate table[question.type] to the narrowed question (a correlated union,
  // microsoft/TypeScript#30581), so the one cast lives here; the table's type keeps it sound.
  const handler = table[question.type] as (question: Readonly<Question>, context: C) => R;
  return handler(question, context);
}
