// What the benchmarks (scripts/bench.mjs, scripts/bench-room.mjs) share: the in-page probe
// that taps a route's first control and records when the answer is on screen (given to
// `context.addInitScript` with the route's tool entry, see TOOLS in scripts/bench.mjs), the
// participant's routes with a pre-rendered form, the gzip server they load from, and the
// static baseline they compare with.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { pathOf } from './routes.mjs';

const SCRIPTS = path.dirname(fileURLToPath(import.meta.url));
const SERVE = path.join(SCRIPTS, 'serve.mjs');

/**
 * The static baseline: the seed's start page as plain HTML with the app's stylesheet,
 * committed and frozen (bench/static-baseline/), so a ratio measured before a change compares
 * with one measured after it.
 */
export const STATIC_BASELINE = path.join(SCRIPTS, '..', 'bench', 'static-baseline');

/** Serves `dir` with gzip (scripts/serve.mjs) on a free port: `{ origin, port, stop }`. */
export function serve(dir) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [SERVE, dir, '0', '--gzip'], { stdio: ['ignore', 'pipe', 'inherit'] });
    child.on('error', reject);
    child.stdout.on('data', (chunk) => {
      const m = /at (http:\/\/127\.0\.0\.1:(\d+))/.exec(String(chunk));
      if (m) resolve({ origin: m[1], port: Number(m[2]), stop: () => child.kill('SIGTERM') });
    });
  });
}

// Taps the tool's first control as soon as the app has taken over and it is painted, and
// records when the answer is on screen (the frame after the tap). Runs in the page.
export const USABLE_PROBE = (tool) => {
  if (!tool) return;
  // Answerable: the pre-rendered form's first answer control, tapped as soon as it is there.
  if (tool.answer) {
    const early = () => {
      const control = document.querySelector(tool.answer.control);
      if (!control || control.disabled || control.closest('[hidden]')) return requestAnimationFrame(early);
      control.click();
      const shown = () => {
        if (!document.querySelector(tool.answer.answered)) return requestAnimationFrame(shown);
        window.__answerable = performance.now();
      };
      requestAnimationFrame(shown);
    };
    requestAnimationFrame(early);
  }
  const tick = () => {
    const ready = document.documentElement?.dataset.app === 'ready';
    const control = ready && document.querySelector(tool.control);
    if (!control) return requestAnimationFrame(tick);
    window.__controlPainted = performance.now();
    if (tool.tap === 'click') control.click();
    else if (tool.tap === 'type') {
      control.focus();
      control.value = 'a';
      control.dispatchEvent(new Event('input', { bubbles: true }));
    } else control.focus();
    const answered = () => {
      if (tool.answered && !document.querySelector(tool.answered)) return requestAnimationFrame(answered);
      window.__usable = performance.now();
    };
    requestAnimationFrame(answered);
  };
  requestAnimationFrame(tick);
};


// The participant's two routes with a pre-rendered answer form (issue 26): `control` and
// `answered` are the app's first control and what shows its answer, `answer` the same in the
// pre-rendered form.
export const ANSWER_FIRST = {
  zelftest: { route: pathOf('Assessments'), participant: true, control: 'main input[name="rol"]', tap: 'click', answered: 'main label.choice.chosen', answer: { control: 'main input[name="rol"]', answered: 'main label.choice.chosen' } },
  // A checklist opened from a handreiking ("Gebruik als checklist"): the pre-rendered form's
  // title field, or the editor's once the app took over a tick.
  checklistLink: { route: `${pathOf('Checklists')}?nieuw=valkuilen`, participant: true, control: 'main #checklist-titel, main #titel', tap: 'type', answered: null, answer: { control: 'main div[data-lijst]:not([hidden]) input[type="radio"]', answered: 'main .checklist-item label.chosen' } },
};
