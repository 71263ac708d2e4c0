/** Writes dist/schema/lesson.schema.json from the zod schema (run after tsup by `npm run build`). */
import { mkdirSync, writeFileSync } from "node:fs";
import { lessonJsonSchema } from "../src/schema/index.js";

mkdirSync("dist/schema", { recursive: true });
writeFileSync("dist/schema/lesson.schema.json", `${JSON.stringify(lessonJsonSchema(), null, 2)}\n`);
console.log("dist/schema/lesson.schema.json written");
