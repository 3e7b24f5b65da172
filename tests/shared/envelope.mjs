// What the app stores, as test data: the envelope fixture and the reading of the stored
// dataset, shared by the Playwright specs (tests/e2e/helpers.mjs re-exports them) and the
// WebDriver journeys (tests/webdriver/journeys.mjs), so both seed and read the same thing.

/** The localStorage key of the dataset. */
export const STORAGE_KEY = 'samenwerkingswijzer';

/** A filled-in valkuilen checklist as the app stores it; `note` on its one ticked item. */
export function checklist(id, updatedAt, title, note) {
  return {
    id,
    createdAt: '2026-11-01T10:00:00.000Z',
    updatedAt,
    list: 'valkuilen',
    title,
    date: '2026-11-01',
    items: { 'valkuil-01': note == null ? { state: 'done' } : { state: 'done', note } },
  };
}

/** A stored envelope: one evaluation and two checklists, plus `extra` fields. */
export function envelope(extra = {}) {
  return {
    format: 'samenwerkingswijzer',
    version: 1,
    exportedAt: '2026-11-29T10:00:00.000Z',
    app: '0.1.0',
    evaluations: [
      { id: 'e-1', createdAt: '2026-11-03T10:00:00.000Z', updatedAt: '2026-11-03T10:00:00.000Z', status: 'concept', title: 'Dorpshuis' },
    ],
    assessments: [],
    checklists: [
      checklist('c-1', '2026-11-01T11:00:00.000Z', 'Overleg'),
      checklist('c-2', '2026-11-01T12:00:00.000Z', 'Raadsvergadering'),
    ],
    worksheets: [],
    ...extra,
  };
}

/** The four record lists of stored text (without the envelope's stamps); null for nothing stored. */
export function recordsOf(raw) {
  if (!raw) return null;
  const { evaluations, assessments, checklists, worksheets } = JSON.parse(raw);
  return { evaluations, assessments, checklists, worksheets };
}

/**
 * The stored data behind "Verder waar je was" in the tests of its two renderings (the static
 * start page's script, pwa.spec; the app's start page, beloofd.spec): one checklist whose title
 * is markup, so both must show it as text.
 */
export const RECENT_SEED = {
  format: 'samenwerkingswijzer',
  version: 1,
  checklists: [{ id: 'c1', createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-11-02T00:00:00Z', list: 'valkuilen', title: '<b>Overleg</b>', items: {} }],
  assessments: [],
  evaluations: [],
  worksheets: [],
};
