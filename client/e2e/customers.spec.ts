import { expect, snap, test, unique } from './fixtures';

/** A Chinese name no other run used: three characters picked from the clock. */
function chineseName(): string {
  const family = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗';
  const given = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰';
  const n = Date.now();
  return family[n % family.length]! + given[Math.floor(n / 7) % given.length]! + given[Math.floor(n / 131) % given.length]! + given[Math.floor(n / 977) % given.length]!;
}

test('create a contact, find it by its Chinese name, edit it and log an interaction on its timeline', async ({ signedIn: page }) => {
  const name = chineseName();
  const latin = unique('E2E Contact');
  await page.goto('/customers/contacts');
  await expect(page.getByRole('table', { name: 'Contacts' })).toBeVisible();
  await snap(page, '02-contacts-list');

  await page.getByRole('button', { name: 'New contact' }).click();
  const form = page.getByRole('dialog', { name: 'New contact' });
  await form.getByLabel('Full name').fill(name);
  await form.getByLabel('Alternate name').fill(latin);
  await form.getByLabel('Email').fill(`${latin.replace(/\s/g, '.').toLowerCase()}@example.cn`);
  await snap(page, '03-new-contact');
  await form.getByRole('button', { name: 'Create' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(name);

  // Find it again by the Chinese name, from the list's search-as-you-type.
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Contacts' }).click();
  await page.getByLabel('Search contacts').fill(name);
  const row = page.getByRole('table', { name: 'Contacts' }).getByRole('row', { name: new RegExp(name) });
  await expect(row).toBeVisible();
  await row.click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(name);

  // Inline edit.
  await page.getByRole('button', { name: 'Edit' }).click();
  await page.getByLabel('Job title').fill('采购经理');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('采购经理', { exact: true })).toBeVisible();

  // An interaction appears on the 360° timeline.
  const subject = unique('Renewal call');
  await page.getByRole('button', { name: 'Log interaction' }).click();
  const dialog = page.getByRole('dialog', { name: 'Log interaction' });
  await dialog.getByLabel('Subject').fill(subject);
  await dialog.getByLabel('Details').fill('Discussed the renewal and next quarter’s volumes.');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('list', { name: 'Timeline' })).toContainText(subject);
  await snap(page, '04-contact-detail-timeline');
});

test('a likely duplicate is flagged; the user opens the existing record, or creates anyway', async ({ signedIn: page }) => {
  const latin = unique('Dup Person');
  const email = `${latin.replace(/\s/g, '.').toLowerCase()}@example.com`;
  await page.goto('/customers/contacts');

  const create = async (fullName: string) => {
    await page.getByRole('button', { name: 'New contact' }).click();
    const form = page.getByRole('dialog', { name: 'New contact' });
    await form.getByLabel('Full name').fill(fullName);
    await form.getByLabel('Email').fill(email);
    await form.getByRole('button', { name: 'Create' }).click();
  };

  await create(latin);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(latin);
  const original = page.url();

  await page.goto('/customers/contacts');
  await create(`${latin} Jr`);
  const duplicates = page.getByRole('dialog', { name: 'Possible duplicates' });
  await expect(duplicates).toBeVisible();
  await expect(duplicates).toContainText(latin);
  await snap(page, '05-duplicate-warning');
  await duplicates.getByRole('button', { name: 'Open existing' }).first().click();
  await expect(page).toHaveURL(original);

  await page.goto('/customers/contacts');
  await create(`${latin} Jr`);
  await page.getByRole('dialog', { name: 'Possible duplicates' }).getByRole('button', { name: 'Create anyway' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(`${latin} Jr`);
  expect(page.url()).not.toBe(original);
});

test('a CSV import with one bad row imports the rest and reports the bad row', async ({ signedIn: page }) => {
  const tag = unique('imp').replace(/\s/g, '');
  const csv = [
    'Full name,Email,Phone',
    `Import One ${tag},one.${tag}@example.com,+86 138 0000 0001`,
    `Import Two ${tag},not-an-email,+86 138 0000 0002`,
    `"Import, Three ${tag}",three.${tag}@example.com,+86 138 0000 0003`,
  ].join('\r\n');

  await page.goto('/customers/import');
  await page.getByRole('radio', { name: 'Contacts' }).check();
  await page.getByLabel('CSV file').setInputFiles({ name: 'contacts.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('combobox', { name: 'Field for Email' })).toBeVisible();
  await snap(page, '06-import-mapping');
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByText(/2 of 3 rows would be imported/)).toBeVisible();
  await page.getByRole('button', { name: 'Import', exact: true }).click();

  const errors = page.getByRole('table', { name: 'Row errors' });
  await expect(errors).toBeVisible();
  await expect(errors.getByRole('row')).toHaveCount(2); // header + the bad row
  await expect(errors.getByRole('row').nth(1)).toContainText(/^3\s*Email/); // the file's third line (header = 1)
  const report = page.getByRole('region', { name: 'Report' });
  await expect(report.getByRole('definition').nth(0)).toHaveText('2'); // imported
  await expect(report.getByRole('definition').nth(1)).toHaveText('1'); // failed
  await snap(page, '07-import-report');

  await page.goto(`/customers/contacts?q=${tag}`);
  await expect(page.getByRole('table', { name: 'Contacts' }).getByRole('row')).toHaveCount(3); // header + 2 imported
});

test('the tasks list shows my tasks with due today and overdue views', async ({ signedIn: page }) => {
  await page.goto('/customers/tasks');
  await expect(page.getByRole('tab', { name: 'My tasks' })).toBeVisible();
  await page.getByRole('tab', { name: 'Overdue' }).click();
  await expect(page.getByRole('tab', { name: 'Overdue' })).toHaveAttribute('aria-selected', 'true');
  await snap(page, '08-tasks');
});
