import type { Page } from '@playwright/test';
import { E2E_NOW } from '../support/fixtures';

/** "Today" for the tests (the app's clock is set to `E2E_NOW`), as `YYYY-MM-DD` on this machine's calendar. */
export function todayIso(): string {
  const now = new Date(E2E_NOW);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * Types a date into the NHS.UK date input (Day, Month, Year): nothing is filled in for the
 * trainee, so every entry's date is typed.
 */
export async function fillDate(page: Page, date: string = todayIso()) {
  const [year = '', month = '', day = ''] = date.split('-');
  await page.getByLabel('Day', { exact: true }).fill(String(Number(day)));
  await page.getByLabel('Month', { exact: true }).fill(String(Number(month)));
  await page.getByLabel('Year', { exact: true }).fill(year);
}
