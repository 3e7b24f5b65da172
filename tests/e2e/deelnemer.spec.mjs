// A workshop participant's path from the link a facilitator hands out to a shared result
// (issue 25), on a phone (390x844) and a tablet (820x1180), by touch: the taps are counted;
// on a phone a tapped answer moves on (the part break is shown, arrow keys only change the
// answer) and the last one leads to the result; nothing sticky covers the result's headings;
// "Delen" stands next to the score; an export is named after what it holds and says so; a
// checklist's progress line and breadcrumb read well on a phone.
import { test, expect } from '@playwright/test';
import { gotoAndWait, waitForH1 } from './helpers.mjs';

const HELPS = 12;
const STATEMENTS = 20;

/** A counter of taps: every tap the journey makes goes through it. */
function tapper() {
  const counter = { taps: 0 };
  counter.tap = async (locator) => {
    counter.taps += 1;
    await locator.tap();
  };
  return counter;
}

/** Checks that each heading, brought to the top and to the bottom of the screen, is itself
 *  the topmost element at its centre: nothing stuck or fixed lies over it. */
async function expectUncovered(page, headings) {
  for (const name of headings) {
    const heading = page.getByRole('heading', { name, exact: true });
    await expect(heading).toBeVisible();
    for (const block of ['start', 'end']) {
      const covered = await heading.evaluate((el, block) => {
        el.scrollIntoView({ block });
        const r = el.getBoundingClientRect();
        const top = document.elementFromPoint(r.left + Math.min(r.width, 40) / 2, r.top + r.height / 2);
        return top && (el === top || el.contains(top)) ? null : `${top?.tagName}.${top?.className}`;
      }, block);
      expect(covered, `"${name}" at the ${block} of the screen is covered by ${covered}`).toBeNull();
    }
  }
}

/** From the role choice to a shared result; returns the number of taps. */
async function shareAResult(page, { phone }) {
  const t = tapper();
  await gotoAndWait(page, '/zelftest', 'Zelftest');
  await t.tap(page.getByRole('group', { name: 'Jouw rol' }).getByLabel('Raad', { exact: true }));
  await t.tap(page.getByRole('button', { name: 'Zelftest starten' }));
  await waitForH1(page, /Zelftest/);
  const statements = page.locator('.statement');
  await expect(statements).toHaveCount(STATEMENTS);
  for (let i = 0; i < STATEMENTS; i++) {
    const statement = statements.nth(i);
    if (phone) {
      // One statement per screen: the one to answer is the one shown.
      await expect(statement).toHaveClass(/\bcurrent\b/);
      await expect(statement.locator('.statement-number')).toBeInViewport();
    } else {
      await statement.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    }
    await t.tap(statement.getByRole('group').getByText(i < HELPS ? 'Grotendeels' : 'Zelden', { exact: true }));
  }
  const result = page.getByRole('heading', { name: 'Uitkomst', exact: true });
  await expect(page.getByText(`${STATEMENTS} van ${STATEMENTS} beantwoord`)).toBeAttached();
  if (phone) await expect(result).toBeInViewport(); // the last answer led here
  const share = page.getByRole('button', { name: 'Delen', exact: true });
  await expect(share).toBeVisible();
  const score = await page.locator('.score-number').boundingBox();
  const shareBox = await share.boundingBox();
  expect(shareBox.y - score.y, '"Delen" right below the score').toBeLessThan(400);
  await share.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await t.tap(share);
  await expect(page.locator('.share-panel .share-link')).toHaveValue(/\/groep#d1\d+$/);
  await expectUncovered(page, ['Uitkomst', 'Sterkste punten', 'Hier valt het meest te winnen', 'Vergelijking met eerdere zelftests']);
  return t.taps;
}

test.describe('phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('from the link to a shared result in 23 taps: each answer moves on, the last to the result', async ({ page }) => {
    const taps = await shareAResult(page, { phone: true });
    // Before issue 25: 1 role + 1 start + 20 answers + 19 × "Volgende" + "Delen" = 42.
    console.log(`phone: ${taps} taps from /zelftest to a shared result`);
    expect(taps).toBe(1 + 1 + STATEMENTS + 1);
    // Finished: the stepper no longer sits over the page, and the header scrolled away.
    const nav = page.locator('.statement-nav');
    await expect(nav).toHaveCSS('position', 'static');
    await expect(page.locator('.site-header')).toHaveCSS('position', 'static');
  });

  test('the part break is a stop, the keyboard only changes an answer, "Bekijk uitkomst" after the last', async ({ page }) => {
    // The page's timers run on Playwright's clock, so "nothing moves after the move-on delay"
    // is checked by running the timers, not by sleeping.
    await page.clock.install();
    await gotoAndWait(page, '/zelftest', 'Zelftest');
    await page.getByRole('group', { name: 'Jouw rol' }).getByLabel('College', { exact: true }).tap();
    await page.getByRole('button', { name: 'Zelftest starten' }).tap();
    await waitForH1(page, /Zelftest/);
    const current = page.locator('.statement.current');
    // Arrow keys inside an answer group change the answer and stay on the statement: with the
    // clock paused, every timer the key press started runs, and the statement stays.
    await current.getByRole('group').getByLabel('Een beetje', { exact: true }).focus();
    await page.clock.pauseAt(await page.evaluate(() => Date.now() + 1_000));
    await page.keyboard.press('ArrowDown');
    await expect(current.getByRole('group').getByLabel('Voor de helft', { exact: true })).toBeChecked();
    await page.clock.runFor(2_000);
    await expect(current.locator('.statement-number')).toHaveText(`Stelling 1 van ${STATEMENTS}`);
    await page.clock.resume();
    // Taps move on, and the first "liever niet" statement opens with its part's explanation.
    for (let i = 0; i < HELPS; i++) {
      await expect(current.locator('.statement-number')).toHaveText(`Stelling ${i + 1} van ${STATEMENTS}`);
      await current.getByRole('group').getByText('Grotendeels', { exact: true }).tap();
    }
    await expect(current.locator('.statement-number')).toHaveText(`Stelling ${HELPS + 1} van ${STATEMENTS}`);
    await expect(current.locator('.part-intro h2')).toBeInViewport();
    // Back is always possible.
    await page.getByRole('button', { name: 'Vorige' }).tap();
    await expect(current.locator('.statement-number')).toHaveText(`Stelling ${HELPS} van ${STATEMENTS}`);
    await page.getByRole('button', { name: 'Volgende' }).tap();
    for (let i = HELPS; i < STATEMENTS; i++) {
      await expect(current.locator('.statement-number')).toHaveText(`Stelling ${i + 1} van ${STATEMENTS}`);
      await current.getByRole('group').getByText('Zelden', { exact: true }).tap();
    }
    await expect(page.getByRole('heading', { name: 'Uitkomst', exact: true })).toBeInViewport();
    // Going back to the last statement: its button now leads to the result.
    await page.getByRole('button', { name: 'Vorige' }).tap();
    await page.getByRole('button', { name: 'Volgende' }).tap();
    await expect(current.locator('.statement-number')).toHaveText(`Stelling ${STATEMENTS} van ${STATEMENTS}`);
    const toResult = page.getByRole('button', { name: 'Bekijk uitkomst' });
    await expect(toResult).toBeEnabled();
    await page.evaluate(() => window.scrollTo(0, 0));
    await toResult.tap();
    await expect(page.getByRole('heading', { name: 'Uitkomst', exact: true })).toBeInViewport();
  });

  test('a checklist on a phone: the progress line stays in view at full width, the breadcrumb on one line, no unexplained border', async ({ page }) => {
    await gotoAndWait(page, '/checklists?nieuw=valkuilen', 'Checklists');
    await page.getByLabel('Titel (de casus of het overleg)').fill('Overleg');
    await page.getByRole('button', { name: 'Checklist starten' }).tap();
    await waitForH1(page, /Overleg/);
    const items = page.locator('.checklist-item');
    await items.nth(0).getByText('Vermeden', { exact: true }).tap();
    const line = page.locator('.progress-line');
    await expect(line).toContainText('1 van');
    const words = await line.locator('span').boundingBox();
    expect(words.width, 'the progress words have the width of the screen').toBeGreaterThan(300);
    await items.nth(6).evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await expect(line).toBeInViewport();
    expect((await line.boundingBox()).y).toBeLessThan(5);
    // The breadcrumb's "›" stays on the line of the page it leads to.
    const crumbs = page.locator('.breadcrumb li');
    await page.evaluate(() => window.scrollTo(0, 0));
    const second = await crumbs.nth(1).boundingBox();
    expect(second.height, 'one line').toBeLessThan(50);
    // A done item looks like any other: no coloured edge that explains nothing.
    const edge = (n) => items.nth(n).evaluate((el) => getComputedStyle(el).borderLeftWidth);
    expect(await edge(0)).toBe(await edge(1));
  });
});

test('on a tablet: from the link to a shared result in 23 taps, "Delen" under the score, nothing stuck over the result', async ({ page }) => {
  const taps = await shareAResult(page, { phone: false });
  console.log(`tablet: ${taps} taps from /zelftest to a shared result`);
  expect(taps).toBe(1 + 1 + STATEMENTS + 1);
  await expect(page.locator('.sticky-progress')).toHaveCSS('position', 'static');
});

test('an export is named after what it holds and says that it happened', async ({ page }) => {
  await gotoAndWait(page, '/zelftest', 'Zelftest');
  await page.getByRole('group', { name: 'Jouw rol' }).getByLabel('Raad', { exact: true }).tap();
  await page.getByLabel('Naam of groep (niet verplicht)').fill('Fractie Oost');
  await page.getByRole('button', { name: 'Zelftest starten' }).tap();
  await waitForH1(page, /Zelftest/);
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exporteren' }).tap();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^samenwerkingswijzer-zelftest-fractie-oost-raad-\d{4}-\d{2}-\d{2}\.json$/);
  await expect(page.locator('.notice-bar')).toContainText(`Geëxporteerd als ${download.suggestedFilename()}. Je vindt het bij je downloads.`);
});
