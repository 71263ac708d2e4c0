/// <reference types="node" />
/**
 * The terminal quiz: `npm run demo`, or `npx tsx examples/terminal-quiz/index.ts --lesson <id> --seed <s>`.
 * Runs from the TypeScript sources with tsx (tsconfig `paths` map `civics-lessons` to `src/`), so it
 * needs no build.
 */
import { runTerminalQuiz } from "./quiz.js";

process.exitCode = await runTerminalQuiz({ argv: process.argv.slice(2), input: process.stdin, output: process.stdout });
