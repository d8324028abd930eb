import { expect, expectAxeClean, test } from './support/fixtures';
import { EvidencePage } from './pages/evidence-page';
import { HistoryPage, RecordHistoryPanel } from './pages/history-page';
import { ReflectionsPage } from './pages/reflections-page';
import type { NewPortfolio } from './pages/welcome-page';
import { WelcomePage } from './pages/welcome-page';
import { WorkspacePage } from './pages/workspace-page';

const alex: NewPortfolio = {
  name: 'Alex Morgan',
  university: 'University of Exeter',
  service: 'TalkWorks Devon',
  cohort: 'September 2026',
  startDate: '2026-09-07',
};
const reason = 'Wrong title: it was a role-play in the skills class';

test.describe('history', () => {
  test('a correction and its reason appear in the history and in the entry’s own history', async ({
    page,
    app,
  }, testInfo) => {
    test.slow(); // Several axe checks and screenshots.
    await WorkspacePage.withNewPortfolio(page, app.url, alex);
    const evidence = new EvidencePage(page);
    await evidence.open();
    await evidence.newButton().click();
    await evidence.fillRequired();
    await evidence.title().fill('BA session');
    await page.getByLabel('Description').fill('Observed activity scheduling.');
    await page.getByRole('button', { name: 'Submit' }).click();
    await evidence.saved('Evidence item saved.').waitFor();
    await evidence.correctTitle('BA session', 'BA role-play', reason);
    await expect(evidence.row('BA session')).toContainText('Corrected');
    await new ReflectionsPage(page).open();
    await new ReflectionsPage(page).add({ title: 'Notes to self', text: 'x', private: true });

    const history = new HistoryPage(page);
    await history.open();
    await expect(history.count()).toHaveText('3 changes');
    const rows = HistoryPage.rows(history.table());
    await expect(rows).toHaveCount(3);
    // Newest first: the reflection, the correction (with its reason), then the original.
    await expect(rows.nth(0)).toContainText('Reflection');
    await expect(rows.nth(1)).toContainText('Corrected');
    await expect(rows.nth(1)).toContainText(reason);
    await expect(rows.nth(1)).toContainText('Alex Morgan');
    await expect(rows.nth(2)).toContainText('Evidence');
    await expect(rows.nth(2)).toContainText('Added');
    // Each change names its entry, not only its kind.
    await expect(rows.nth(0)).toContainText('Notes to self');
    await expect(rows.nth(2)).toContainText('BA session');
    await expectAxeClean(page);
    await page.screenshot({ path: testInfo.outputPath('history.png'), fullPage: true });

    // Filter by kind of entry, then search.
    await history.kind().selectOption({ label: 'Evidence' });
    await expect(history.count()).toHaveText('2 of 3 changes shown');
    await history.search().fill('skills class');
    await expect(history.count()).toHaveText('1 of 3 changes shown');
    await history.search().fill('');
    await history.kind().selectOption({ label: 'All kinds' });

    // A change opens to show its values in words, not JSON and not ids.
    await history.expand(rows.nth(1));
    const values = rows.nth(1).getByRole('definition');
    await expect(rows.nth(1)).toContainText('The corrected entry');
    await expect(values.filter({ hasText: 'BA role-play' })).toHaveCount(1);
    await expect(values.filter({ hasText: 'Behavioural activation' })).toHaveCount(1);
    await expect(rows.nth(1)).not.toContainText('behavioural-activation');
    await expect(rows.nth(1)).not.toContainText('{');
    await expectAxeClean(page);
    await page.screenshot({ path: testInfo.outputPath('history-expanded.png'), fullPage: true });
    await page.setViewportSize({ width: 640, height: 800 });
    await expectAxeClean(page);
    await page.screenshot({ path: testInfo.outputPath('history-zoom.png'), fullPage: true });
    await page.setViewportSize({ width: 1280, height: 720 });

    // The corrected entry's own history joins it with the correction that replaced it.
    await evidence.open();
    await evidence.openRow('BA session');
    const own = new RecordHistoryPanel(page);
    await own.showButton().click();
    const ownRows = HistoryPage.rows(own.table());
    await expect(ownRows).toHaveCount(2);
    await expect(ownRows.nth(0)).toContainText('Corrected');
    await expect(ownRows.nth(0)).toContainText('The correction');
    await expect(ownRows.nth(0)).toContainText(reason);
    await expect(ownRows.nth(1)).toContainText('Added');
    await expect(ownRows.nth(1)).toContainText('This entry');
    await expectAxeClean(page);
    await page.screenshot({ path: testInfo.outputPath('entry-history.png'), fullPage: true });
  });

  test('the example portfolio says calmly that it has no history', async ({ page, app }) => {
    test.slow(); // The example portfolio is a whole year of entries.
    const welcome = new WelcomePage(page);
    await welcome.goto(app.url);
    await page.getByRole('button', { name: 'Explore an example portfolio' }).click();
    const history = new HistoryPage(page);
    await history.open();
    await expect(
      page.getByText('This example was generated, so it has no history of changes.'),
    ).toBeVisible();
    await expectAxeClean(page);

    const evidence = new EvidencePage(page);
    await evidence.open();
    await expectAxeClean(page);
    await evidence
      .table()
      .getByRole('button', { name: /^Open evidence item/ })
      .first()
      .click();
    await new RecordHistoryPanel(page).showButton().click();
    await expect(
      page.getByText('This example was generated, so it has no history of changes.'),
    ).toBeVisible();
    await expectAxeClean(page);
  });
});
