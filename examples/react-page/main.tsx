/**
 * A React 19 page that uses `<civics-quiz>`. React 19 passes objects to a custom element as
 * properties (`transport`, `strings`) and listens to its events through `on<event-name>` props.
 * Bundle it with any bundler that handles TSX; the element's tests bundle it with esbuild.
 */
import {
  type CivicsAnswerDetail,
  type CivicsQuizElement,
  type CivicsQuizStringOverrides,
  type CivicsResultDetail,
  createFetchTransport,
  defineCivicsQuiz,
  type QuizTransport,
  spanishStrings,
} from "civics-lessons/element";
import { type DetailedHTMLProps, type HTMLAttributes, StrictMode, useMemo, useState } from "react";
import { createRoot } from "react-dom/client";

defineCivicsQuiz();

/** The element's attributes, properties and events as React 19 sees them. */
interface CivicsQuizProps extends DetailedHTMLProps<HTMLAttributes<CivicsQuizElement>, CivicsQuizElement> {
  "lesson-id"?: string;
  "attempt-id"?: string;
  "url-param"?: string;
  "heading-level"?: number;
  transport?: QuizTransport;
  strings?: CivicsQuizStringOverrides;
  "oncivics-answer"?: (event: CustomEvent<CivicsAnswerDetail>) => void;
  "oncivics-result"?: (event: CustomEvent<CivicsResultDetail>) => void;
}

declare module "react" {
  namespace JSX {
    interface IntrinsicElements {
      "civics-quiz": CivicsQuizProps;
    }
  }
}

function App() {
  // A platform adds its own authentication here; the hook runs before every request.
  const transport = useMemo(
    () => createFetchTransport({ baseUrl: "/", headers: () => ({ "x-learner": "demo-learner" }) }),
    [],
  );
  const [answers, setAnswers] = useState(0);
  const [score, setScore] = useState<string | null>(null);
  return (
    <main>
      <h1>Tres poderes y sus controles</h1>
      <p data-answers={answers}>Respuestas dadas en esta visita: {answers}</p>
      {score && <p>Resultado recibido por la página: {score}</p>}
      <civics-quiz
        lesson-id="three-branches-and-checks"
        url-param="intento"
        transport={transport}
        strings={spanishStrings}
        oncivics-answer={() => setAnswers((n) => n + 1)}
        oncivics-result={(event) => setScore(`${event.detail.result.percent} %`)}
      />
    </main>
  );
}

const container = document.getElementById("app");
if (container)
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
