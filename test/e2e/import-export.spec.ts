import { readFile, writeFile } from 'node:fs/promises';
import { generatePortfolio } from '../../shared/generator/synthetic-portfolio';
import { expect, expectAxeClean, test } from './support/fixtures';
import { fillDate } from './pages/dates';
import { sam, WorkspacePage } from './pages/workspace-page';

test.describe('portfolio files', () => {
  test('a trainee exports their portfolio without private reflections, and the same file is not imported twice', async ({
    page,
    app,
  }, testInfo) => {
    const workspace = await WorkspacePage.withNewPortfolio(page, app.url, sam);
    await workspace.open('Reflections');
    await page.getByRole('button', { name: 'Log a new reflection' }).click();
    await fillDate(page);
    await page.getByLabel('Title').fill('My first week');
    await page.getByLabel('Reflection', { exact: true }).fill('Nervous but supported.');
    await page.getByLabel('Keep this reflection private').check();
    await page.getByRole('button', { name: 'Submit' }).click();
    await expect(page.getByText('1 entry', { exact: true })).toBeVisible();

    const download = page.waitForEvent('download');
    await workspace.nav().getByRole('button', { name: 'Export portfolio' }).click();
    const file = testInfo.outputPath('export.pwp.json');
    await (await download).saveAs(file);
    // What the export did is shown, not only announced.
    const said = page.getByRole('status').filter({ hasText: 'Exported as' });
    await expect(said).toBeVisible();
    await expect(said).toContainText('Private reflections were left out.');
    await expect(workspace.nav().getByRole('button', { name: 'Export portfolio' })).toHaveClass(
      /nhsuk-button--secondary/,
    );
    await expectAxeClean(page);
    await page.screenshot({ path: testInfo.outputPath('exported.png'), fullPage: true });
    const exported = JSON.parse(await readFile(file, 'utf8')) as {
      trainee: { name: string };
      reflections: unknown[];
    };
    expect(exported.trainee.name).toBe('Sam Patel');
    expect(exported.reflections).toEqual([]);

    await workspace.close();
    await page.getByLabel('Open a portfolio file').setInputFiles(file);
    await expect(page.getByRole('alert')).toContainText('already in your list');
  });

  test('an invalid file is refused with every problem named by its field, and a valid one opens', async ({
    page,
    app,
  }, testInfo) => {
    await page.goto(app.url);
    const { portfolio } = generatePortfolio({ seed: 8, at: '2027-03-01', startDate: '2026-09-07' });
    const broken = testInfo.outputPath('broken.pwp.json');
    await writeFile(
      broken,
      JSON.stringify({
        ...portfolio,
        trainee: { ...portfolio.trainee, startDate: '2026-02-30' },
        contacts: portfolio.contacts.map((c, i) =>
          i === 0 ? { ...c, notes: 'Call 07700 900123' } : c,
        ),
      }),
    );
    await page.getByLabel('Open a portfolio file').setInputFiles(broken);
    const alert = page.getByRole('alert');
    // Each problem is placed in words, not as a field path.
    await expect(alert).toContainText('Your details, start date');
    await expect(alert).toContainText('Contact 1, notes');
    await expect(alert).not.toContainText('contacts.0');
    await expect(alert).toContainText('looks like a phone number');
    await expectAxeClean(page);
    await page.screenshot({ path: testInfo.outputPath('import-problems.png'), fullPage: true });

    const good = testInfo.outputPath('good.pwp.json');
    await writeFile(good, JSON.stringify(portfolio));
    await page.getByLabel('Open a portfolio file').setInputFiles(good);
    await expect(page.getByRole('navigation', { name: 'Portfolio' })).toContainText(
      portfolio.trainee.name,
    );
  });
});

test('a failed save keeps everything typed, and saving again works', async ({ page, app }) => {
  const workspace = await WorkspacePage.withNewPortfolio(page, app.url, sam);
  await workspace.open('Programme days');
  await page.getByRole('button', { name: 'Log a new programme day' }).click();
  await page.getByLabel('Day', { exact: true }).fill('19');
  await page.getByLabel('Month', { exact: true }).fill('1');
  await page.getByLabel('Year', { exact: true }).fill('2027');
  await page.getByLabel('Module').selectOption({ index: 1 });
  await page.getByLabel('Kind of day').selectOption('taught');
  await page.getByLabel('Attendance').selectOption('attended');
  await page.getByLabel('Notes (optional)').fill('Lecture on behavioural activation');
  // The background process does not answer this one save.
  await page.route('**/ipc/record:add', (route) => route.abort(), { times: 1 });
  await page.getByRole('button', { name: 'Submit' }).click();
  await expect(page.getByRole('alert')).toContainText('What you typed is still in the form');
  await expect(page.getByLabel('Notes (optional)')).toHaveValue(
    'Lecture on behavioural activation',
  );
  await page.getByRole('button', { name: 'Submit' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Programme day saved.' })).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: '19 Jan 2027' })).toBeVisible();
});

test('the dashboard changes as soon as a contact is logged', async ({ page, app }) => {
  const workspace = await WorkspacePage.withNewPortfolio(page, app.url, sam);
  await expect(page.getByText('0.0 of 80 clinical contact hours')).toBeVisible();
  await workspace.open('Clinical contacts');
  await page.getByRole('button', { name: 'Log a new contact' }).click();
  await page.getByLabel('Patient code').fill('PT-0042');
  await fillDate(page);
  await page.getByLabel('Kind of contact').selectOption('treatment');
  await page.getByLabel('How the contact took place').selectOption('telephone');
  await page.getByLabel('Continuing').check();
  await page.getByLabel('Length in minutes').fill('45');
  // A treatment session must name what was used in it.
  await page.getByRole('button', { name: 'Submit' }).click();
  await expect(
    page.getByRole('link', {
      name: 'Choose at least one intervention used in this treatment session',
    }),
  ).toBeVisible();
  await page.getByLabel('Behavioural activation').check();
  await page.getByRole('button', { name: 'Submit' }).click();
  await expect(page.getByText('1 entry', { exact: true })).toBeVisible();
  await workspace.open('Dashboard');
  await expect(page.getByText('0.8 of 80 clinical contact hours')).toBeVisible();
  await expectAxeClean(page);
});
