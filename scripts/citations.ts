import type { Lesson } from "../src/index.js";

/**
 * Why a source URL is not a well-formed https address of a citable copy, or `null` when it is.
 *
 * @example
 * urlProblem("https://books.google.bs/books?id=abc")
 * //=> "is Google Books on a country domain; cite books.google.com or an authoritative copy"
 */
export function urlProblem(url: string): string | null {
  if (/\s/.test(url)) return "contains whitespace";
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return "does not parse as a URL";
  }
  if (parsed.protocol !== "https:") return `uses ${parsed.protocol} instead of https:`;
  if (parsed.username !== "" || parsed.password !== "") return "carries credentials";
  const host = parsed.hostname;
  if (!host.includes(".") || host.startsWith(".") || host.endsWith(".")) return `host "${host}" has no domain`;
  return weakCopyProblem(host.toLowerCase());
}

/**
 * Hosts that only ever serve a second-hand form of a page: a teacher who follows the link lands on
 * a mobile skin, a publisher's unreleased staging copy, a country mirror of Google Books or a
 * throwaway preview deployment, never on the address the page is known by.
 */
const WEAK_COPY_HOSTS: readonly { matches: (host: string) => boolean; reason: string }[] = [
  {
    matches: (host) => /(^|\.)m\.(wikipedia|wikisource)\.org$/.test(host),
    reason: "is a mobile Wikipedia or Wikisource address; cite the desktop page",
  },
  {
    matches: (host) => host === "go-vip.net" || host.endsWith(".go-vip.net") || /^(stg|staging)\d*[.-]/.test(host),
    reason: "is a staging host; cite the published site",
  },
  {
    matches: (host) => /^books\.google\.[a-z.]+$/.test(host) && host !== "books.google.com",
    reason: "is Google Books on a country domain; cite books.google.com or an authoritative copy",
  },
  {
    matches: (host) => host === "pages.dev" || host.endsWith(".pages.dev"),
    reason: "is a pages.dev preview deployment; cite the publisher's own domain",
  },
];

/**
 * Why a URL's host is never the right copy of a source, or `null` when nothing is known against it.
 *
 * @example
 * weakCopyProblem("en.m.wikisource.org")
 * //=> "is a mobile Wikipedia or Wikisource address; cite the desktop page"
 */
export function weakCopyProblem(host: string): string | null {
  return WEAK_COPY_HOSTS.find((rule) => rule.matches(host))?.reason ?? null;
}

/** The same document behind different spellings of its URL: host without `www.`, no fragment or final slash. */
export function normalizedUrl(url: string): string {
  const parsed = new URL(url);
  const host = parsed.hostname.toLowerCase().replace(/^www\./, "");
  return `${host}${parsed.pathname.replace(/\/+$/, "")}${parsed.search}`;
}

/** A citation reduced to its letters and digits, so `50 U.S.C. § 21` and `50 USC §21` compare equal. */
export function normalizedCitation(citation: string): string {
  return citation
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "");
}

/**
 * Citation problems of one lesson, each naming the lesson and the path of the offending field:
 * missing citations, malformed URLs, the same document cited twice, sources nothing refers to, and
 * sections, key terms, timeline entries, perspectives or questions without `sourceIds`.
 */
export function citationProblems(lesson: Lesson): string[] {
  const problems: string[] = [];
  const at = (path: string, message: string): void => {
    problems.push(`${lesson.id}: ${path} ${message}`);
  };

  const byUrl = new Map<string, string>();
  const byCitation = new Map<string, string>();
  lesson.sources.forEach((source, i) => {
    const path = `sources[${i}] ("${source.id}")`;
    const citation = source.citation?.trim() ?? "";
    if (citation === "") at(path, "has no citation");
    else {
      const key = normalizedCitation(citation);
      const first = byCitation.get(key);
      if (first !== undefined) at(path, `has the same citation as "${first}" ("${citation}")`);
      else byCitation.set(key, source.id);
    }
    if (source.url !== undefined) {
      const problem = urlProblem(source.url);
      if (problem !== null) at(`${path}.url`, `${problem}: ${JSON.stringify(source.url)}`);
      else {
        const key = normalizedUrl(source.url);
        const first = byUrl.get(key);
        if (first !== undefined) at(`${path}.url`, `is the same document as "${first}" (${source.url})`);
        else byUrl.set(key, source.id);
      }
    }
  });

  const citing: { path: string; ids: readonly string[] | undefined }[] = [
    ...lesson.sections.map((s, i) => ({ path: `sections[${i}] ("${s.id}")`, ids: s.sourceIds })),
    ...lesson.keyTerms.map((k, i) => ({ path: `keyTerms[${i}] ("${k.term}")`, ids: k.sourceIds })),
    ...lesson.timeline.map((t, i) => ({ path: `timeline[${i}] (${t.date})`, ids: t.sourceIds })),
    ...lesson.perspectives.map((p, i) => ({ path: `perspectives[${i}] ("${p.id}")`, ids: p.sourceIds })),
    ...lesson.questions.map((q, i) => ({ path: `questions[${i}] ("${q.id}")`, ids: q.sourceIds })),
  ];
  const known = new Set(lesson.sources.map((s) => s.id));
  const referenced = new Set<string>(lesson.questions.flatMap((q) => (q.excerptSourceId ? [q.excerptSourceId] : [])));
  for (const { path, ids } of citing) {
    if (ids === undefined || ids.length === 0) at(path, "has no sourceIds");
    for (const id of ids ?? []) {
      referenced.add(id);
      if (!known.has(id)) at(`${path}.sourceIds`, `names unknown source "${id}"`);
    }
  }
  lesson.sources.forEach((source, i) => {
    if (!referenced.has(source.id)) at(`sources[${i}] ("${source.id}")`, "is not referenced by anything");
  });
  return problems;
}

/** The fields of a source that belong to the document, not to the lesson citing it. */
const BIBLIOGRAPHIC_FIELDS = ["kind", "title", "citation", "url", "publisher", "date", "publicDomain"] as const;

/** A bibliography record (a source without a lesson's pinpoint and excerpt). */
export type BibliographyRecord = Omit<Lesson["sources"][number], "pinpoint" | "excerpt">;

/**
 * Problems across the whole library, each as `where: message`: a lesson's copy of a source that
 * differs from its bibliography record (drift), a cited id the bibliography lacks, two records with
 * the same citation or URL (one document under two ids), two records with one id, and records no
 * lesson cites.
 *
 * @example
 * bibliographyProblems(lessons, Object.values(bibliography))
 * //=> []
 */
export function bibliographyProblems(
  lessons: readonly Lesson[],
  bibliography: readonly BibliographyRecord[],
): string[] {
  const problems: string[] = [];
  const byId = new Map<string, BibliographyRecord>();
  const byCitation = new Map<string, string>();
  const byUrl = new Map<string, string>();
  for (const record of bibliography) {
    if (byId.has(record.id)) problems.push(`bibliography: two records have the id "${record.id}"`);
    byId.set(record.id, record);
    const citation = normalizedCitation(record.citation);
    const sameCitation = byCitation.get(citation);
    if (sameCitation !== undefined)
      problems.push(`bibliography: "${record.id}" has the same citation as "${sameCitation}" ("${record.citation}")`);
    else byCitation.set(citation, record.id);
    if (record.url !== undefined && urlProblem(record.url) === null) {
      const url = normalizedUrl(record.url);
      const sameUrl = byUrl.get(url);
      if (sameUrl !== undefined)
        problems.push(`bibliography: "${record.id}" has the same URL as "${sameUrl}" (${record.url})`);
      else byUrl.set(url, record.id);
    }
  }

  const cited = new Set<string>();
  for (const lesson of lessons) {
    lesson.sources.forEach((source, i) => {
      const where = `${lesson.id}: sources[${i}] ("${source.id}")`;
      cited.add(source.id);
      const record = byId.get(source.id);
      if (record === undefined) {
        problems.push(`${where} is not in the bibliography (lessons/_sources)`);
        return;
      }
      for (const field of BIBLIOGRAPHIC_FIELDS) {
        if (source[field] !== record[field])
          problems.push(
            `${where}.${field} differs from the bibliography: ${JSON.stringify(source[field])} instead of ${JSON.stringify(record[field])}`,
          );
      }
    });
  }
  for (const record of bibliography)
    if (!cited.has(record.id)) problems.push(`bibliography: "${record.id}" is cited by no lesson`);
  return problems;
}
