import { expect, expectAxeClean, test } from './support/fixtures';
import { EvidencePage } from './pages/evidence-page';
import { RecordHistoryPanel } from './pages/history-page';
import { ReflectionsPage } from './pages/reflections-page';
import type { NewPortfolio } from './pages/welcome-page';
import { WorkspacePage } from './pages/workspace-page';

/** Started before today, so evidence dated today counts towards the intervention's stage. */
const alex: NewPortfolio = {
  name: 'Alex Morgan',
  university: 'University of Exeter',
  service: 'TalkWorks Devon',
  cohort: 'September 2026',
  startDate: '2026-09-07',
};

test.describe('evidence and reflections', () => {
  test('a trainee logs evidence with the keyboard and the intervention moves to observed', async ({
    page,
    app,
  }, testInfo) => {
    test.slow(); // Several axe checks and screenshots.
    await WorkspacePage.withNewPortfolio(page, app.url, alex);
    const evidence = new EvidencePage(page);
    await evidence.open();
    await expect(evidence.stage('Behavioural activation')).toHaveText('Not started');
    await expect(evidence.summaryRow('Behavioural activation')).toContainText('Observed practice');
    await expect(page.getByText('0 entries')).toBeVisible();
    await expectAxeClean(page);
    await page.screenshot({ path: testInfo.outputPath('evidence-empty.png'), fullPage: true });

    await page.keyboard.press('n');
    // A new entry starts at its first question, with nothing chosen for the trainee.
    await expect(evidence.intervention()).toBeFocused();
    await expect(page.getByLabel('Observed practice')).not.toBeChecked();
    await evidence.fillByKeyboard({
      intervention: 'Beh',
      title: 'Watched a BA session',
      description: 'Observed my supervisor plan activities with a patient.',
    });
    await expect(evidence.intervention()).toHaveValue('behavioural-activation');
    await expect(page.getByLabel('Observed practice')).toBeChecked();
    await expectAxeClean(page);
    await page.screenshot({ path: testInfo.outputPath('evidence-form.png'), fullPage: true });
    // On to Submit (past the optional presentation) and press it, all from the keyboard.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Submit' })).toBeFocused();
    await page.keyboard.press('Enter');

    await expect(evidence.saved('Evidence item saved.')).toBeVisible();
    await expect(evidence.stage('Behavioural activation')).toHaveText('Observed');
    await expect(evidence.summaryRow('Behavioural activation')).toContainText(
      '0 signed off, 1 awaiting sign-off',
    );
    await expect(evidence.stage('Exposure therapy')).toHaveText('Not started');
    const row = evidence.row('Watched a BA session');
    await expect(row).toContainText('Behavioural activation');
    await expect(row).toContainText('Observed practice');
    await expect(row.getByRole('cell').nth(4)).toHaveText('No');
    await expect(row).toContainText('Submitted');
    await expectAxeClean(page);
    await page.screenshot({ path: testInfo.outputPath('evidence-list.png'), fullPage: true });

    // The entry itself, read-only, with its own history on request.
    await evidence.openRow('Watched a BA session');
    await expect(page.getByRole('heading', { name: 'Evidence item', exact: true })).toBeFocused();
    const history = new RecordHistoryPanel(page);
    await history.showButton().click();
    await expect(history.table()).toContainText('Added');
    await expect(history.table()).toContainText('Alex Morgan');
    await expectAxeClean(page);
    await page.screenshot({ path: testInfo.outputPath('evidence-entry.png'), fullPage: true });

    // 200 % zoom of a 1280-pixel window: everything still reachable, nothing cut off.
    await page.setViewportSize({ width: 640, height: 800 });
    await expectAxeClean(page);
    await page.screenshot({ path: testInfo.outputPath('evidence-zoom.png'), fullPage: true });
  });

  test('a missing title is explained next to the field and nothing typed is lost', async ({
    page,
    app,
  }) => {
    await WorkspacePage.withNewPortfolio(page, app.url, alex);
    const evidence = new EvidencePage(page);
    await evidence.open();
    await evidence.newButton().click();
    await page.getByLabel('Description').fill('Half-written description');
    await page.getByRole('button', { name: 'Submit' }).click();
    await expect(page.getByRole('alert')).toContainText('Enter the title');
    await expect(page.getByRole('alert')).toContainText('Select the kind of evidence');
    await expect(page.getByLabel('Description')).toHaveValue('Half-written description');
    await expectAxeClean(page);
  });

  test('a private reflection is marked Private in the list', async ({ page, app }, testInfo) => {
    test.slow(); // Several axe checks and screenshots.
    await WorkspacePage.withNewPortfolio(page, app.url, alex);
    const reflections = new ReflectionsPage(page);
    await reflections.open();
    await expectAxeClean(page);

    await reflections.newButton().click();
    await expect(page.getByText('only you see them')).toBeVisible();
    await expect(reflections.keepPrivate()).not.toBeChecked();
    await expectAxeClean(page);
    await page.screenshot({ path: testInfo.outputPath('reflection-form.png'), fullPage: true });
    await page.getByRole('button', { name: 'Close', exact: true }).click();

    await reflections.add({
      title: 'My first telephone assessment',
      text: 'I felt nervous.\n\nNext time I will prepare my opening.',
      private: true,
    });
    await reflections.add({
      title: 'Group supervision',
      text: 'Useful feedback on my BA.',
      private: false,
    });
    await expect(reflections.row('My first telephone assessment')).toContainText('Private');
    await expect(reflections.row('Group supervision')).not.toContainText('Private');
    await expectAxeClean(page);
    await page.screenshot({ path: testInfo.outputPath('reflections-list.png'), fullPage: true });

    await reflections.openRow('My first telephone assessment');
    await expect(page.getByText('Only you: it is never exported or signed')).toBeVisible();
    await expectAxeClean(page);
    await page.screenshot({ path: testInfo.outputPath('reflection-entry.png'), fullPage: true });
  });
});
