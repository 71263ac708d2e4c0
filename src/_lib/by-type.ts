/**
 * Calls the entry of a per-type table (`{ [K in QuestionType]: (question: QuestionOfType<K>, ...) => ... }`)
 * for a question, and returns what it returns. TypeScript cannot connect the entry picked by
 * `question.type` to the question's own type through a union (microsoft/TypeScript#30581), so
 * every per-type table needs one cast at its call; this is that cast, written once.
 */
export function byType<
  Args extends unknown[],
  Table extends { readonly [type: string]: (question: never, ...args: Args) => unknown },
>(table: Table, question: { readonly type: string }, ...args: Args): ReturnType<Table[keyof Table]> {
  return (table[question.type] as (question: unknown, ...args: Args) => ReturnType<Table[keyof Table]>)(
    question,
    ...args,
  );
}
