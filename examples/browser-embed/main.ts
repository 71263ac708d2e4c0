/**
 * The browser embed: a lesson picker and a language switch around `<civics-quiz>`, which does
 * the rest (rendering, autosave, resume, offline queue, submit, review). Bundled by build.ts.
 */
import {
  type CivicsQuizElement,
  createFetchTransport,
  defineCivicsQuiz,
  englishStrings,
  spanishStrings,
} from "civics-lessons/element";

defineCivicsQuiz();

const quiz = document.getElementById("quiz") as CivicsQuizElement;
const lessonSelect = document.getElementById("lesson") as HTMLSelectElement;
const languageSelect = document.getElementById("language") as HTMLSelectElement;
const params = new URLSearchParams(location.search);

// The scoring server serves this page, so the API is on the same origin. A platform would add its
// authentication here, for example `headers: async () => ({ authorization: \`Bearer ${token}\` })`.
quiz.transport = createFetchTransport({ baseUrl: "/" });

languageSelect.value = params.get("lang") === "es" ? "es" : "en";
quiz.strings = languageSelect.value === "es" ? spanishStrings : englishStrings;
languageSelect.addEventListener("change", () => {
  quiz.strings = languageSelect.value === "es" ? spanishStrings : englishStrings;
});

async function loadLessons(): Promise<void> {
  const response = await fetch("/lessons", { headers: { accept: "application/json" } });
  const lessons = (await response.json()) as { id: string; title: string }[];
  lessonSelect.replaceChildren(new Option("Choose a lesson…", ""));
  for (const lesson of lessons) lessonSelect.append(new Option(lesson.title, lesson.id));
  lessonSelect.value = params.get("lesson") ?? "";
  if (lessonSelect.value) quiz.setAttribute("lesson-id", lessonSelect.value);
}

lessonSelect.addEventListener("change", () => {
  // A new lesson starts a new attempt: forget the one in the address bar.
  const url = new URL(location.href);
  url.searchParams.delete("attempt");
  url.searchParams.set("lesson", lessonSelect.value);
  history.replaceState(null, "", url);
  quiz.removeAttribute("attempt-id");
  quiz.setAttribute("lesson-id", lessonSelect.value);
});

quiz.addEventListener("civics-result", (event) => {
  document.title = `${event.detail.result.percent}%: Civics quiz`;
});

void loadLessons();
