// End-to-end tests of evaluations (issue 4), at tablet size with touch: create an evaluation
// from a voorbeeld, fill every section by touch, reload, see the lessons in the
// ontwikkelagenda and on /voorbeelden, duplicate, delete and undo, the print view, and a
// hostile title shown as text everywhere.
import { test, expect } from '@playwright/test';
import { gotoAndWait, trackErrorsAndForeignRequests, expectNoA11yViolations, textOf } from './helpers.mjs';

const XSS = '<img src=x onerror=alert(1)>';

/** Opens a section of the editor (a <details>) by tapping its summary, if it is closed. */
async function openSection(page, title) {
  const details = page.locator('details.editor-section', { has: page.locator('summary', { hasText: title }) });
  if ((await details.getAttribute('open')) === null) await details.locator('summary').tap();
  await expect(details).toHaveAttribute('open', '');
  return details;
}

/** The section's progress text in its summary. */
function progressOf(page, title) {
  return page
    .locator('details.editor-section', { has: page.locator('summary', { hasText: title }) })
    .locator('.section-progress');
}

async function waitSaved(page) {
  await expect(page.locator('header [role="status"]')).toHaveText('Opgeslagen');
}

test('an evaluation from a voorbeeld, filled by touch, survives a reload and feeds the agenda', async ({ page }) => {
  // Routes with an id are served through 404.html on a static host: that status is expected.
  const tracker = trackErrorsAndForeignRequests(page, { ignoreDocument404: true });
  await gotoAndWait(page, '/voorbeelden', 'Leerzame voorbeelden');
  await expectNoA11yViolations(page);
  const sofa = page.locator('li.example[data-voorbeeld="voorbeeld-01"]');
  await expect(sofa).toContainText('Nog niet geëvalueerd');
  await sofa.getByRole('button', { name: 'Evalueer dit voorbeeld', exact: true }).tap();

  await expect(page.locator('h1')).toHaveText('Social sofa Emmeloord');
  await expect(page).toHaveURL(/\/evaluaties\/[0-9a-f-]{36}$/);
  const url = page.url();

  // De casus (open from the start)
  await expect(progressOf(page, 'De casus')).toHaveText(/2 van 8 ingevuld/);
  await page.getByLabel('Plaats (kern)').fill('Emmeloord');
  await page.getByLabel('Periode: van').fill('2016-04-01');
  await page.getByRole('button', { name: 'Partij toevoegen' }).tap();
  await expect(page.getByLabel('Partij', { exact: true })).toBeFocused();
  await page.getByLabel('Partij', { exact: true }).fill('Bewoners van het centrum');
  await page.getByLabel('Rol in de casus').fill('Initiatiefnemer');
  await page.getByRole('group', { name: 'Rol van de gemeente' }).getByText('Faciliteren', { exact: true }).tap();
  await page.getByRole('group', { name: 'Niveau van participatie' }).getByText('Coproduceren', { exact: true }).tap();
  await page.getByText('Inloopavond', { exact: true }).tap();
  await expect(progressOf(page, 'De casus')).toHaveText(/compleet/);
  await expectNoA11yViolations(page);

  // De zeven zaken
  const matters = await openSection(page, 'De zeven zaken van maatwerk');
  const groups = matters.getByRole('group');
  await expect(groups).toHaveCount(7);
  for (let i = 0; i < 7; i++) {
    await groups.nth(i).getByText(i === 6 ? 'n.v.t.' : String((i % 5) + 1), { exact: true }).tap();
  }
  await matters.getByLabel('Wat ging goed').first().fill('Belangen waren snel helder');
  await matters.getByLabel('Wat kan beter').nth(2).fill('Doelen eerder opschrijven');
  await expect(progressOf(page, 'De zeven zaken van maatwerk')).toHaveText(/compleet/);

  // Openheid en duidelijkheid
  const conditions = await openSection(page, 'Openheid en duidelijkheid');
  await conditions.getByRole('group').nth(0).getByText('4', { exact: true }).tap();
  await conditions.getByRole('group').nth(1).getByText('3', { exact: true }).tap();
  await expect(progressOf(page, 'Openheid en duidelijkheid')).toHaveText(/compleet/);

  // Goede samenwerkingspartner
  const partner = await openSection(page, 'Goede samenwerkingspartner');
  await partner.locator('label[for="ev-helpen-01"]').tap();
  await partner.locator('label[for="ev-liever-niet-02"]').tap();
  await expect(partner.locator('#ev-helpen-01')).toBeChecked();
  // A section where one ticks what applied has no end: it counts, it is never "compleet".
  await expect(progressOf(page, 'Goede samenwerkingspartner')).toHaveText(/2 aangevinkt/);

  // Valkuilen
  const pitfalls = await openSection(page, 'Valkuilen');
  await expect(progressOf(page, 'Valkuilen')).toHaveText(/nog niets aangevinkt/);
  await pitfalls.locator('label[for="ev-valkuil-03"]').tap();
  await expect(progressOf(page, 'Valkuilen')).toHaveText(/1 aangevinkt/);
  await expect(progressOf(page, 'Valkuilen')).not.toHaveText(/compleet/);
  await pitfalls.locator('#ev-valkuil-03-toelichting').fill('Het ging te snel');

  // Regie vanuit de raad
  const regie = await openSection(page, 'Regie vanuit de raad');
  await expect(progressOf(page, 'Regie vanuit de raad')).toHaveText(/niet van toepassing/);
  await regie.locator('label[for="ev-raad"]').tap();
  await regie.locator('label[for="ev-regie-02"]').tap();
  await regie.getByLabel('Toelichting op de regie van de raad').fill('Kaders vooraf gesteld');
  await expect(progressOf(page, 'Regie vanuit de raad')).toHaveText(/1 aangevinkt/);

  // Lessen
  const lessons = await openSection(page, 'Lessen voor de ontwikkelagenda');
  await lessons.getByRole('button', { name: 'Les toevoegen' }).tap();
  await expect(lessons.getByLabel('Les', { exact: true })).toBeFocused();
  await lessons.getByLabel('Les', { exact: true }).fill('Betrek bewoners vanaf het begin');
  await lessons.getByLabel('Zaak').selectOption('zaak-belanghebbenden');
  await lessons.getByLabel('Actie (optioneel)').fill('Startgesprek in de wijk');
  await lessons.getByLabel('Eigenaar (optioneel)').fill('Wijkregisseur');

  // Afronden
  await page.getByRole('group', { name: 'Status' }).getByText('Afgerond', { exact: true }).tap();
  await expectNoA11yViolations(page);
  await waitSaved(page);

  // Reload: everything is there.
  await page.reload();
  await expect(page.locator('h1')).toHaveText('Social sofa Emmeloord');
  await expect(page.getByLabel('Plaats (kern)')).toHaveValue('Emmeloord');
  await expect(page.getByLabel('Periode: van')).toHaveValue('2016-04-01');
  await expect(page.getByLabel('Partij', { exact: true })).toHaveValue('Bewoners van het centrum');
  await expect(page.locator('#ev-rol-faciliteren')).toBeChecked();
  await expect(page.locator('#ev-niveau-coproduceren')).toBeChecked();
  await expect(page.locator('#status-afgerond')).toBeChecked();
  for (const [title, progress] of [
    ['De casus', /compleet/],
    ['De zeven zaken van maatwerk', /compleet/],
    ['Openheid en duidelijkheid', /compleet/],
    ['Goede samenwerkingspartner', /2 aangevinkt/],
    ['Valkuilen', /1 aangevinkt/],
    ['Regie vanuit de raad', /1 aangevinkt/],
    ['Lessen voor de ontwikkelagenda', /1 les/],
  ]) {
    await expect(progressOf(page, title), title).toHaveText(progress);
  }
  await openSection(page, 'De zeven zaken van maatwerk');
  await expect(page.locator('#score-zaak-communicatie-nvt')).toBeChecked();
  await expect(page.locator('#beter-zaak-doelen')).toHaveValue('Doelen eerder opschrijven');
  await openSection(page, 'Valkuilen');
  await expect(page.locator('#ev-valkuil-03-toelichting')).toHaveValue('Het ging te snel');

  // Print view shows everything.
  await page.getByRole('link', { name: 'Afdrukweergave' }).tap();
  await expect(page.getByRole('button', { name: 'Afdrukken', exact: true })).toBeVisible();
  const printed = await textOf(page.locator('main'));
  for (const text of [
    'Social sofa Emmeloord',
    'Afgerond',
    'Emmeloord',
    '1 april 2016',
    'Bewoners van het centrum (Initiatiefnemer)',
    'Faciliteren',
    'Coproduceren',
    'Inloopavond',
    'Belangen waren snel helder',
    'Doelen eerder opschrijven',
    'n.v.t.',
    'Het ging te snel',
    'Kaders vooraf gesteld',
    'Betrek bewoners vanaf het begin',
    'Actie: Startgesprek in de wijk',
    'Eigenaar: Wijkregisseur',
  ]) {
    expect(printed, `print view shows ${text}`).toContain(text);
  }
  await expectNoA11yViolations(page);

  // The ontwikkelagenda has the lesson under its matter, with its case.
  await gotoAndWait(page, '/ontwikkelagenda', 'Ontwikkelagenda');
  const group = page.locator('section.agenda-group', { has: page.getByRole('heading', { name: 'Belanghebbenden' }) });
  await expect(group).toContainText('Betrek bewoners vanaf het begin');
  await expect(group.getByRole('link', { name: 'Social sofa Emmeloord' })).toBeVisible();
  await page.getByLabel('Status van de evaluatie').selectOption('concept');
  await expect(page.getByRole('status').filter({ hasText: 'lessen' })).toHaveText(/Nog geen lessen/);
  await page.getByLabel('Status van de evaluatie').selectOption('afgerond');
  await expect(group).toContainText('Betrek bewoners vanaf het begin');
  await expect(page.getByRole('button', { name: 'Afdrukken', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Exporteren', exact: true })).toBeEnabled();
  await expectNoA11yViolations(page);

  // /voorbeelden shows the state and the lessons of the finished evaluation.
  await gotoAndWait(page, '/voorbeelden', 'Leerzame voorbeelden');
  await expect(sofa).toContainText('Afgerond');
  await expect(sofa).toContainText('Betrek bewoners vanaf het begin');
  await expect(sofa.getByRole('button', { name: 'Evalueer dit voorbeeld' })).toHaveCount(0);
  await expect(page.locator('li.example[data-voorbeeld="voorbeeld-02"]').getByRole('button', { name: 'Evalueer dit voorbeeld' })).toBeVisible();

  await page.goto(url);
  await expect(page.locator('h1')).toHaveText('Social sofa Emmeloord');
  tracker.assertClean();
});

test('list: new, search, filters, duplicate, delete and undo', async ({ page }) => {
  const tracker = trackErrorsAndForeignRequests(page, { ignoreDocument404: true });
  await gotoAndWait(page, '/evaluaties', 'Evaluaties');
  await expect(page.getByRole('status').filter({ hasText: 'evaluaties' })).toContainText('nog geen evaluaties');
  await expectNoA11yViolations(page);

  // Nieuwe evaluatie with a title suggested from the examples.
  await page.getByRole('button', { name: 'Nieuwe evaluatie', exact: true }).tap();
  await expect(page.locator('#voorbeeld-titels option')).toHaveCount(12);
  await page.getByLabel('Titel van de casus').fill('Mariaschool');
  await page.getByRole('button', { name: 'Evaluatie aanmaken' }).tap();
  await expect(page.locator('h1')).toHaveText('Mariaschool');
  await expect(page.locator('#ev-soort-complex')).toBeChecked();
  await expect(page.locator('#ev-voorbeeld')).toHaveValue('voorbeeld-07');
  await waitSaved(page);

  // A second, own case with a hostile title.
  await gotoAndWait(page, '/evaluaties', 'Evaluaties');
  await page.getByRole('button', { name: 'Nieuwe evaluatie', exact: true }).tap();
  await page.getByLabel('Titel van de casus').fill(XSS);
  await page.getByRole('button', { name: 'Evaluatie aanmaken' }).tap();
  await expect(page.locator('h1')).toHaveText(XSS);
  await openSection(page, 'Lessen voor de ontwikkelagenda');
  await page.getByRole('button', { name: 'Les toevoegen' }).tap();
  await page.getByLabel('Les', { exact: true }).fill(`Les ${XSS}`);
  await waitSaved(page);

  await gotoAndWait(page, '/evaluaties', 'Evaluaties');
  const items = page.locator('li.evaluation-item');
  await expect(items).toHaveCount(2);
  await expect(page.getByRole('link', { name: XSS, exact: true })).toBeVisible();

  // Search and filters
  await page.getByRole('searchbox', { name: 'Zoeken' }).fill('maria');
  await expect(items).toHaveCount(1);
  await expect(items.first()).toContainText('Mariaschool');
  await page.getByRole('searchbox', { name: 'Zoeken' }).fill('');
  await page.getByLabel('Soort', { exact: true }).selectOption('complex');
  await expect(items).toHaveCount(1);
  await page.getByLabel('Soort', { exact: true }).selectOption('');
  await page.getByLabel('Status', { exact: true }).selectOption('afgerond');
  await expect(items).toHaveCount(0);
  await page.getByLabel('Status', { exact: true }).selectOption('');
  const year = String(new Date().getFullYear());
  await page.getByLabel('Jaar', { exact: true }).selectOption(year);
  await expect(items).toHaveCount(2);
  await page.getByLabel('Sorteren op').selectOption('titel');
  await expect(items.first()).toContainText(XSS);

  // Duplicate
  const maria = items.filter({ hasText: 'Mariaschool' });
  await maria.getByRole('button', { name: 'Dupliceren', exact: true }).tap();
  await expect(page.locator('h1')).toHaveText('Mariaschool (kopie)');
  await waitSaved(page);
  await gotoAndWait(page, '/evaluaties', 'Evaluaties');
  await expect(items).toHaveCount(3);

  // Delete and undo
  await items.filter({ hasText: '(kopie)' }).getByRole('button', { name: 'Verwijderen', exact: true }).tap();
  await expect(items).toHaveCount(2);
  await expect(page.locator('.notice')).toContainText('verwijderd');
  await page.getByRole('button', { name: 'Ongedaan maken', exact: true }).tap();
  await expect(items).toHaveCount(3);
  await expect(items.filter({ hasText: 'Mariaschool (kopie)' })).toHaveCount(1);
  await waitSaved(page);
  await page.reload();
  await expect(items).toHaveCount(3);

  // The hostile title is text everywhere: list, agenda, print view. No dialog ever opened.
  let dialogs = 0;
  page.on('dialog', async (d) => {
    dialogs += 1;
    await d.dismiss();
  });
  await expect(page.locator('main img')).toHaveCount(0);
  await gotoAndWait(page, '/ontwikkelagenda', 'Ontwikkelagenda');
  await expect(page.getByRole('link', { name: XSS, exact: true })).toBeVisible();
  await expect(page.locator('main')).toContainText(`Les ${XSS}`);
  await expect(page.locator('main img')).toHaveCount(0);
  await page.getByRole('link', { name: XSS, exact: true }).tap();
  await expect(page.locator('h1')).toHaveText(XSS);
  await page.getByRole('link', { name: 'Afdrukweergave' }).tap();
  await expect(page.locator('h1')).toHaveText(XSS);
  await expect(page.locator('main img')).toHaveCount(0);
  await expect(page).toHaveTitle(`${XSS} · Samenwerkingswijzer`);
  expect(dialogs).toBe(0);

  // Delete from the editor, undo from the notice.
  await page.getByRole('link', { name: 'Terug naar bewerken' }).tap();
  await page.getByRole('button', { name: 'Verwijderen', exact: true }).tap();
  await expect(page.locator('h1')).toHaveText('Evaluaties');
  await expect(items).toHaveCount(2);
  await page.getByRole('button', { name: 'Ongedaan maken', exact: true }).tap();
  await expect(items).toHaveCount(3);
  tracker.assertClean();
});

test('the editor works with the keyboard only', async ({ page }) => {
  await gotoAndWait(page, '/evaluaties', 'Evaluaties');
  await page.getByRole('button', { name: 'Nieuwe evaluatie', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Titel van de casus')).toBeFocused();
  await page.keyboard.type('Toetsenbord casus');
  await page.keyboard.press('Enter');
  await expect(page.locator('h1')).toHaveText('Toetsenbord casus');
  // Fold a section open with the keyboard and pick a score with the arrow keys.
  const summary = page.locator('#onderdeel-zaken > summary');
  await summary.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#onderdeel-zaken')).toHaveAttribute('open', '');
  await page.locator('#score-zaak-belangen-1').focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('#score-zaak-belangen-2')).toBeChecked();
  await expect(page.locator('#onderdeel-zaken .section-progress')).toHaveText(/1 van 7 ingevuld/);
  await page.keyboard.press('Tab');
  await page.keyboard.type('Goed overleg');
  await expect(page.locator('#goed-zaak-belangen')).toHaveValue('Goed overleg');
  await waitSaved(page);
});

test('an unknown evaluation id shows "Pagina niet gevonden"', async ({ page }) => {
  await gotoAndWait(page, '/evaluaties/bestaat-niet', 'Pagina niet gevonden');
});
