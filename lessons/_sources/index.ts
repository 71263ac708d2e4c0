// The bibliography: every source any lesson cites, one record each. Export names are the records'
// ids in camelCase, so two records cannot share an id (a clash is a compile error here).
export * from "./cases.js";
export * from "./constitution.js";
export * from "./executive.js";
export * from "./filings.js";
export * from "./news.js";
export * from "./other.js";
export * from "./reports.js";
export * from "./statutes.js";
export * from "./treaties.js";
