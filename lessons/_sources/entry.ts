import type { Source } from "civics-lessons";

/**
 * A bibliography record: everything about a source that does not depend on who cites it. A lesson
 * adds only its own `pinpoint` and `excerpt` (`{ ...record, excerpt: "..." }`).
 */
export type BibliographyEntry = Omit<Source, "pinpoint" | "excerpt">;
