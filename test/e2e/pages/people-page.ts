import type { Locator, Page } from '@playwright/test';

export interface PersonEntry {
  name: string;
  role: 'Supervisor' | 'University tutor';
  trained: boolean;
}

/** The "Supervisors and tutors" screen: the list of people and the form that adds or changes one. */
export class PeoplePage {
  constructor(readonly page: Page) {}

  readonly heading = () =>
    this.page.getByRole('heading', { level: 1, name: 'Supervisors and tutors' });
  readonly addButton = () => this.page.getByRole('button', { name: 'Add a supervisor or tutor' });
  readonly form = () => this.page.getByRole('region', { name: /supervisor or tutor|details$/ });
  readonly errorSummary = () => this.page.getByRole('alert');
  readonly name = () => this.page.getByLabel('Full name');
  readonly role = () => this.page.getByRole('group', { name: 'Role' });
  readonly training = () =>
    this.page.getByRole('group', {
      name: 'Have they completed low-intensity supervisor training?',
    });
  readonly saveButton = () =>
    this.page.getByRole('button', { name: /^(Add person|Save changes)$/ });
  readonly table = () => this.page.getByRole('table', { name: 'Your supervisors and tutors' });
  readonly status = () => this.page.getByRole('status');

  async open() {
    await this.page
      .getByRole('navigation', { name: 'Portfolio' })
      .getByRole('button', { name: 'Supervisors and tutors', exact: true })
      .click();
    await this.heading().waitFor();
  }

  row(name: string): Locator {
    return this.table().getByRole('row').filter({ hasText: name });
  }

  /** The error message shown inside a field's NHS.UK form group. */
  errorIn(group: Locator): Locator {
    return group
      .locator('xpath=ancestor-or-self::div[contains(@class, "nhsuk-form-group")][1]')
      .locator('.nhsuk-error-message');
  }

  /**
   * Fills the open form by labels and radios. Only a supervisor is asked about supervisor
   * training; for a tutor the question is not there.
   */
  async fill(person: PersonEntry) {
    await this.name().fill(person.name);
    await this.role().getByLabel(person.role, { exact: true }).check();
    if (person.role === 'Supervisor')
      await this.training()
        .getByLabel(person.trained ? 'Yes' : 'No', { exact: true })
        .check();
  }

  /** Adds a person and waits until the list shows them. */
  async add(person: PersonEntry) {
    await this.addButton().click();
    await this.fill(person);
    await this.saveButton().click();
    await this.row(person.name).waitFor();
  }
}
