/**
 * The element's styles, scoped by its shadow root. Hosts theme it with the `--civics-quiz-*`
 * custom properties and restyle its parts with `::part(...)`; nothing here reaches the page.
 */
export const STYLES = `
:host{display:block;container-type:inline-size;color:var(--civics-quiz-text,#1b1f24);background:var(--civics-quiz-background,#fff);font:var(--civics-quiz-font,1rem/1.5 system-ui,sans-serif);--a:var(--civics-quiz-accent,#1f5fa8);--b:var(--civics-quiz-border,#8a939e);--m:var(--civics-quiz-muted,#4b5560);--r:var(--civics-quiz-radius,.375rem);--f:var(--civics-quiz-focus,#1f5fa8)}
:host([hidden]){display:none}
*,::before,::after{box-sizing:border-box}
.root{min-width:0;overflow-wrap:anywhere}
h2,h3,h4,h5,h6{font-size:1.25em;line-height:1.3;margin:0 0 .5rem}
p{margin:.5rem 0}
ol.questions{list-style:none;margin:0;padding:0}
.q{border:1px solid var(--b);border-radius:var(--r);padding:1rem;margin:0 0 1rem;break-inside:avoid}
fieldset{border:0;margin:0;padding:0;min-width:0}
legend{padding:0;margin-bottom:.5rem;font-weight:600;width:100%}
.num{display:block;font-weight:400;color:var(--m);font-size:.9em}
.note,.status,.save{color:var(--m)}
.status[data-invalid]{color:var(--civics-quiz-error,#a4161a)}
figure{margin:.5rem 0;padding:.25rem 0 .25rem 1rem;border-left:4px solid var(--b)}
blockquote{margin:0;white-space:pre-line}
figcaption{color:var(--m);font-size:.9em}
.option{display:flex;gap:.5rem;align-items:flex-start;padding:.25rem 0}
.option input{width:1.25rem;height:1.25rem;margin:.15rem 0 0;flex:none;accent-color:var(--a)}
label{min-width:0}
input[type=text],select{font:inherit;color:inherit;background:var(--civics-quiz-background,#fff);border:1px solid var(--b);border-radius:var(--r);padding:.35rem .5rem;max-width:100%;min-width:0}
.typed input{display:block;width:100%;max-width:32rem;margin-top:.25rem}
.pair{display:flex;flex-wrap:wrap;gap:.25rem 1rem;align-items:center;padding:.35rem 0;border-top:1px solid #e3e6ea}
.pair label{flex:1 1 12rem}
.pair select{flex:1 1 12rem;width:100%}
.cloze{line-height:2.1}
.cloze input,.cloze select{margin:0 .2rem;width:auto}
.cloze select{max-width:min(100%,18rem)}
ol.order{list-style:none;padding:0;margin:.5rem 0}
.order li{display:flex;flex-wrap:wrap;align-items:center;gap:.5rem;padding:.4rem;border:1px solid var(--b);border-radius:var(--r);margin-bottom:.4rem}
.pos{font-weight:700;min-width:1.5rem}
.item{flex:1 1 10rem;min-width:0}
.moves{display:flex;gap:.4rem;flex-wrap:wrap}
button{font:inherit;cursor:pointer;border-radius:var(--r);border:1px solid var(--a);padding:.4rem .8rem;background:var(--civics-quiz-background,#fff);color:var(--a)}
button.primary{background:var(--a);color:var(--civics-quiz-on-accent,#fff)}
button[aria-disabled=true],button:disabled{opacity:.55;cursor:default}
:focus-visible{outline:3px solid var(--f);outline-offset:2px}
[tabindex="-1"]:focus{outline:none}
.hints{margin-top:.5rem}
.hints ol{margin:.5rem 0;padding-left:1.25rem}
.bar,.actions{display:flex;flex-wrap:wrap;gap:.5rem 1.5rem;align-items:center}
.bar p{margin:.25rem 0}
.timer{font-variant-numeric:tabular-nums;font-weight:600}
.save[data-state=unsaved]{color:var(--civics-quiz-error,#a4161a);font-weight:600}
.error{color:var(--civics-quiz-error,#a4161a);font-weight:600}
.error:empty,.status:empty{display:none}
.confirm{flex-basis:100%;border:2px solid var(--a);border-radius:var(--r);padding:.75rem;margin:.5rem 0}
.result{border:2px solid var(--a);border-radius:var(--r);padding:1rem;margin:0 0 1rem}
.feedback ol,.feedback ul{margin:.25rem 0;padding-left:1.5rem}
.feedback{margin-top:.75rem;padding:.5rem .75rem;border-left:4px solid var(--b);background:#f4f6f8}
.feedback[data-status=correct]{border-color:var(--civics-quiz-correct,#1b7a3a)}
.feedback[data-status=partial]{border-color:var(--civics-quiz-partial,#9a6700)}
.feedback[data-status=incorrect]{border-color:var(--civics-quiz-incorrect,#a4161a)}
fieldset:disabled .moves{display:none}
fieldset:disabled label,fieldset:disabled input,fieldset:disabled select{color:inherit;opacity:1}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
@container (min-width:40rem){.q{padding:1.25rem 1.5rem}}
@media print{:host{color:#000;background:#fff}button,.actions,.keep,.save,.timer{display:none!important}.q,.result{border-color:#000}.feedback{background:none}}
@media (forced-colors:active){button[aria-disabled=true]{opacity:1}}
`;
