// Self-assessment: start with a role, answer all 20 statements by touch, see the result
// (score, chart, strongest/weakest with links), action points, reload, comparison over time,
// export; one statement per screen on a phone with swipe; keyboard only.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { gotoAndWait, expectNoA11yViolations, trackErrorsAndForeignRequests, waitForH1, expectTouchTargets, swipe } from './helpers.mjs';

// Issue 24: statement 9 is two statements (12 helping ones); the ambtelijke organisatie is not
// asked two of the avoid ones.
const HELPS = 12;
const AVOID = 8;

async function startAssessment(page, role, label = '', perspective = '') {
  await gotoAndWait(page, '/zelftest', 'Zelftest');
  await page.getByRole('group', { name: 'Jouw rol' }).getByLabel(role, { exact: true }).tap();
  if (perspective) await page.getByRole('group', { name: 'Je antwoordt' }).getByLabel(perspective, { exact: true }).tap();
  if (label) await page.getByLabel('Naam of groep (niet verplicht)').fill(label);
  await page.getByRole('button', { name: 'Zelftest starten' }).tap();
  await expect(page).toHaveURL(/\/zelftest\/[0-9a-f-]{36}$/);
  await waitForH1(page, /Zelftest/);
}

/** Answers every statement: helping ones with `helps`, avoid ones with `avoid` (labels). */
async function answerAll(page, helps, avoid, { dontKnowFirst = false, avoidCount = AVOID } = {}) {
  const statements = page.locator('.statement');
  await expect(statements).toHaveCount(HELPS + avoidCount);
  for (let i = 0; i < HELPS + avoidCount; i++) {
    const group = statements.nth(i).getByRole('group');
    const label = dontKnowFirst && i === 0 ? 'Weet ik niet' : i < HELPS ? helps : avoid;
    await group.getByLabel(label, { exact: true }).tap();
  }
}

test('complete a self-assessment by touch and see the result; reload keeps everything', async ({ page }) => {
  // Reloading an id route is served by the 404.html fallback (status 404), as on common
  // static hosts; that one document status is expected, nothing else.
  const tracker = trackErrorsAndForeignRequests(page, { ignoreDocument404: true });
  await startAssessment(page, 'Raad', 'Fractie West');
  // All statements on one page at tablet size.
  await expect(page.locator('.statement:visible')).toHaveCount(20);
  await expect(page.getByText('0 van 20 beantwoord')).toBeVisible();
  // The two parts each open with a break that says which side of the scale is good.
  const parts = page.locator('.part-intro');
  await expect(parts).toHaveCount(2);
  await expect(page.locator('.statement').nth(0).locator('.part-intro')).toContainText('In hoeverre doen wij dit? Hier is rechts goed');
  await expect(page.locator('.statement').nth(HELPS).locator('.part-intro')).toContainText('Hoe vaak komt dit voor? Let op: hier is rechts slecht');
  // Statement 9 of the seed is asked as two statements.
  await expect(page.locator('.statement').nth(8)).toContainText('We spreken met één mond en opereren naar buiten toe als eenheid (raad – college en ambtelijke organisatie).');
  await expect(page.locator('.statement').nth(9)).toContainText('We zijn bereid voldoende te geven en te nemen');
  await expect(page.locator('.role-intro')).toHaveText('Met “wij” bedoelen de stellingen de gemeenteraad: alle fracties samen.');
  await expectNoA11yViolations(page);
  await expectTouchTargets(page);

  // Helping: "Grotendeels" = 75; avoid: "Zelden" = 75 (reversed); the first "weet ik niet".
  await answerAll(page, 'Grotendeels', 'Zelden', { dontKnowFirst: true });
  await expect(page.getByText('20 van 20 beantwoord')).toBeVisible();
  const result = page.getByRole('region', { name: 'Uitkomst' });
  await expect(result.locator('.score-number')).toHaveText('75');
  await expect(result.locator('.result-about')).toHaveText('Zo ziet de gemeente zichzelf als samenwerkingspartner.');
  await expect(result).toContainText('“Weet ik niet” telt niet mee (1×)');
  const chart = result.getByRole('figure', { name: 'Score per stelling, van 0 tot 100' });
  await expect(chart).toBeVisible();
  // 19 bars, and the "weet ik niet" statement as a row without a bar.
  await expect(chart.locator('.chart-row')).toHaveCount(20);
  await expect(chart.locator('.chart-fill')).toHaveCount(19);
  // Each bar says the answer given, in the words of the scale.
  await expect(chart.locator('.chart-row').nth(1).locator('.chart-value')).toHaveText('Grotendeels · score 75');
  await expect(chart.locator('.chart-row').nth(HELPS).locator('.chart-value')).toHaveText('Zelden · score 75');
  // Strongest and weakest points link to the guidance.
  await expect(result.locator('.point-list').first().locator('li')).toHaveCount(3);
  await expect(result.locator('.point-list').nth(1).locator('li')).toHaveCount(3);
  const guideLink = result.locator('.point-list a').first();
  await expect(guideLink).toHaveAttribute('href', /\/handreikingen\//);

  await result.getByLabel('Actiepunten').fill('Mandaat helder maken voor het college.');
  await expect(page.getByRole('status').filter({ hasText: 'Opgeslagen' })).toBeVisible();
  await expectNoA11yViolations(page);

  await page.reload();
  await waitForH1(page, /Zelftest/);
  await expect(page.getByRole('region', { name: 'Uitkomst' }).locator('.score-number')).toHaveText('75');
  await expect(page.getByLabel('Actiepunten')).toHaveValue('Mandaat helder maken voor het college.');
  await expect(page.locator('.statement').nth(0).getByLabel('Weet ik niet')).toBeChecked();

  // The list shows it with its score.
  await gotoAndWait(page, '/zelftest', 'Zelftest');
  await expect(page.locator('.record').filter({ hasText: 'Fractie West' })).toContainText('score 75 van 100');
  tracker.assertClean();
});

test('extremes score 0 and 100; a second assessment of the same role is compared', async ({ page }) => {
  await startAssessment(page, 'College');
  await answerAll(page, 'Helemaal niet', 'Altijd');
  await expect(page.getByRole('region', { name: 'Uitkomst' }).locator('.score-number')).toHaveText('0');
  await expect(page.getByText('Dit is de eerste zelftest met deze rol')).toBeVisible();

  await startAssessment(page, 'College');
  await answerAll(page, 'Helemaal', 'Nooit');
  const result = page.getByRole('region', { name: 'Uitkomst' });
  await expect(result.locator('.score-number')).toHaveText('100');
  const rows = result.locator('table.history tbody tr');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1)).toContainText('+100');
});

test('export an assessment as JSON and delete it with undo', async ({ page }) => {
  await startAssessment(page, 'Ambtelijke organisatie');
  // Two statements are not asked of the ambtelijke organisatie, and the page says which and why.
  const leftOut = page.locator('.left-out');
  await expect(leftOut).toContainText('Niet gevraagd aan jouw rol (2)');
  await expect(leftOut.locator('li')).toHaveCount(2);
  await expect(leftOut).toContainText('Politieke knopen hakken de raad en het college door');
  await expect(page.locator('.statement').nth(10)).toContainText('We zijn slagvaardig: het college heeft een helder mandaat');
  await answerAll(page, 'Voor de helft', 'Soms', { avoidCount: AVOID - 2 });
  await expect(page.getByRole('region', { name: 'Uitkomst' })).toContainText('Score over 18 stellingen.');
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exporteren' }).tap();
  const download = await downloadPromise;
  const file = JSON.parse(readFileSync(await download.path(), 'utf8'));
  expect(file.format).toBe('samenwerkingswijzer');
  expect(file.assessments).toHaveLength(1);
  expect(file.assessments[0].role).toBe('ambtelijkeOrganisatie');
  expect(file.assessments[0].perspective).toBe('gemeente');
  expect(file.assessments[0].wording).toBe(2);
  expect(file.assessments[0].answers['helpen-01']).toEqual({ scale: 3 });
  expect(Object.keys(file.assessments[0].answers)).toHaveLength(18);
  expect(file.assessments[0].answers['liever-niet-03']).toBeUndefined();

  await page.getByRole('button', { name: 'Verwijderen', exact: true }).tap();
  await waitForH1(page, 'Zelftest');
  await expect(page.locator('.record')).toHaveCount(0);
  await page.getByRole('button', { name: 'Ongedaan maken' }).tap();
  await expect(page.locator('.record')).toHaveCount(1);
});

test('an unfinished assessment can be left and resumed', async ({ page }) => {
  // "Anders" must first choose the side it answers from.
  await gotoAndWait(page, '/zelftest', 'Zelftest');
  await page.getByRole('group', { name: 'Jouw rol' }).getByLabel('Anders', { exact: true }).tap();
  await expect(page.locator('.role-intro')).toContainText('Kies of je antwoordt voor de gemeente');
  await page.getByRole('button', { name: 'Zelftest starten' }).tap();
  await expect(page.getByRole('alert')).toHaveText('Kies eerst of je antwoordt voor de gemeente of als partner.');
  await page.getByRole('group', { name: 'Je antwoordt' }).getByLabel('Voor de gemeente', { exact: true }).tap();
  await expect(page.locator('.role-intro')).toHaveText('Je antwoordt voor de gemeente: met “wij” bedoelen de stellingen de gemeente.');
  await page.getByRole('button', { name: 'Zelftest starten' }).tap();
  await waitForH1(page, /Zelftest/);
  const url = page.url();
  await page.locator('.statement').nth(0).getByLabel('Helemaal', { exact: true }).tap();
  await page.locator('.statement').nth(1).getByLabel('Een beetje', { exact: true }).tap();
  await expect(page.getByText('2 van 20 beantwoord')).toBeVisible();
  await expect(page.getByText('Nog 18 stellingen te gaan')).toBeVisible();
  await gotoAndWait(page, '/zelftest', 'Zelftest');
  await page.locator('.record a').first().tap();
  await expect(page).toHaveURL(url);
  await expect(page.getByText('2 van 20 beantwoord')).toBeVisible();
  await expect(page.locator('.statement').nth(1).getByLabel('Een beetje', { exact: true })).toBeChecked();
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('one statement per screen, with next/previous and swipe', async ({ page }) => {
    await startAssessment(page, 'Partner uit de samenleving');
    await expect(page.locator('.statement:visible')).toHaveCount(1);
    await expect(page.getByText('Stelling 1 van 20', { exact: true }).first()).toBeVisible();
    await page.locator('.statement:visible').getByLabel('Grotendeels').tap();
    await page.getByRole('button', { name: 'Volgende' }).tap();
    await expect(page.locator('.statement:visible .statement-number')).toHaveText('Stelling 2 van 20');
    // Swipe left moves on, swipe right goes back.
    // Touch the statement below the sticky header: scroll it to the middle of the screen.
    const statement = page.locator('.statement:visible');
    const swipeOver = async (direction) => {
      await statement.evaluate((el) => el.scrollIntoView({ block: 'center' }));
      const box = await statement.boundingBox();
      const y = Math.min(box.y + box.height / 2, 700);
      const [from, to] = [box.x + box.width * 0.85, box.x + box.width * 0.15];
      await swipe(page, direction === 'left' ? { from, to, y } : { from: to, to: from, y });
    };
    await swipeOver('left');
    await expect(page.locator('.statement:visible .statement-number')).toHaveText('Stelling 3 van 20');
    await swipeOver('right');
    await expect(page.locator('.statement:visible .statement-number')).toHaveText('Stelling 2 van 20');
    // One tap: the swipe lifted at rest, so there is no fling for the tap to stop (helpers.mjs).
    await page.getByRole('button', { name: 'Vorige' }).tap();
    await expect(page.locator('.statement:visible .statement-number')).toHaveText('Stelling 1 van 20');
    await expect(page.locator('.statement:visible').getByLabel('Grotendeels')).toBeChecked();
    await expectNoA11yViolations(page);
    await expectTouchTargets(page);
  });
});

test('a self-assessment can be completed with the keyboard only', async ({ page }) => {
  await gotoAndWait(page, '/zelftest', 'Zelftest');
  // Role: focus the first radio of the group, arrows choose.
  await page.getByRole('group', { name: 'Jouw rol' }).getByLabel('Raad').focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByLabel('College', { exact: true })).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Naam of groep (niet verplicht)')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Zelftest starten' })).toBeFocused();
  await page.keyboard.press('Enter');
  await waitForH1(page, /Zelftest/);
  // Into the first statement's radio group, then each group: Space picks, arrows move, Tab goes on.
  await page.locator('.statement').nth(0).getByLabel('Helemaal niet').focus();
  for (let i = 0; i < 20; i++) {
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    if (i < 19) await page.keyboard.press('Tab');
  }
  await expect(page.getByText('20 van 20 beantwoord')).toBeVisible();
  // Three steps right of "Helemaal niet"/"Nooit" = value 3 for both kinds: 50 each.
  await expect(page.getByRole('region', { name: 'Uitkomst' }).locator('.score-number')).toHaveText('50');
  const focused = await page.evaluate(() => getComputedStyle(document.activeElement.closest('label')).outlineStyle);
  expect(focused).not.toBe('none');
});

test('a partner rates the gemeente: statements, result and links read as how they see the gemeente', async ({ page }) => {
  await startAssessment(page, 'Partner uit de samenleving');
  await expect(page.locator('h1')).toContainText('Hoe goed is de gemeente als samenwerkingspartner?');
  await expect(page.locator('.role-intro')).toContainText('Je kijkt als partner naar de gemeente');
  await expect(page.locator('.statement').nth(1)).toContainText('De gemeente stelt minder regels.');
  await expect(page.locator('.statement').nth(1)).toContainText('In hoeverre doet de gemeente dit?');
  await expect(page.locator('.statement').nth(HELPS + 6)).toContainText('De gemeente komt afspraken niet na.');
  // "Helemaal" on the helping ones, "Nooit" on the rest: the words follow the answer given.
  await answerAll(page, 'Helemaal', 'Nooit');
  const result = page.getByRole('region', { name: 'Uitkomst' });
  await expect(result.locator('.result-about')).toHaveText('Zo zie jij de gemeente als samenwerkingspartner.');
  await expect(result.locator('.score-number')).toHaveText('100');
  for (const text of await result.locator('.point-text').allInnerTexts()) {
    expect(text).toMatch(/^(Helemaal|Nooit): de (gemeente|raad) /);
    expect(text).not.toMatch(/Komt zelden voor/);
  }
  // The guidance was written for the gemeente, and the link says so.
  await expect(result.locator('.point-list a').first()).toContainText('Wat de handreiking de gemeente hierover aanraadt: ');
  await gotoAndWait(page, '/zelftest', 'Zelftest');
  await expect(page.locator('.record').first()).toContainText('Partner uit de samenleving');
});
