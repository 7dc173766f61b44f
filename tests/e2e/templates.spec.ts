import { expect, open, test } from './fixtures';

// The template's sentence (its placeholder names the government) and how papers print it.
const BUILTIN = '请按程序报请{{org.government}}负责人决定。';
const EDITED = '请按程序报请{{org.government}}负责人集体讨论决定。';
const BUILTIN_PRINTED = /请按程序报请\S+人民政府负责人决定。/;
const EDITED_PRINTED = /请按程序报请\S+人民政府负责人集体讨论决定。/;

test('an office edits a template in the app, papers use its copy, and it goes back to the built-in one', async ({
  page,
  app,
}) => {
  test.setTimeout(180_000);
  await app.loadDemo();
  await open(page, app, '/documents');
  const card = page.locator('.mantine-Card-root').filter({ has: page.getByText('法制审核意见书', { exact: true }) });

  // Closing with unsaved edits asks first.
  await card.getByRole('button', { name: '复制为本单位模板' }).click();
  let editor = page.getByRole('dialog', { name: '复制为本单位模板：法制审核意见书' });
  // The editor opens on the form: each text under its Chinese name, placeholders as Chinese chips.
  await expect(editor.getByLabel(/^第 1 块.*第 1 行$/).first()).toHaveValue(/〔/);
  const yamlView = () => editor.locator('label', { hasText: 'YAML（熟练用户）' }).click({ force: true });
  await yamlView();
  const yaml = editor.getByLabel('模板内容（YAML）');
  await expect(yaml).toHaveValue(/请按程序报请\{\{org\.government\}\}负责人决定。/);
  await yaml.fill(`${await yaml.inputValue()}\n# 试改\n`);

  // The typing survives a reload (or a crash) as a draft, until it is saved or thrown away.
  await page.reload();
  await card.getByRole('button', { name: '复制为本单位模板' }).click();
  await expect(editor.getByText('已恢复上次未保存的输入（草稿）。保存后草稿自动清除。')).toBeVisible();
  await yamlView();
  await expect(yaml).toHaveValue(/# 试改/);
  await editor.getByRole('button', { name: '取消' }).click();
  await expect(editor.getByText('有未保存的修改，关闭后将丢失。')).toBeVisible();
  await editor.getByRole('button', { name: '放弃修改' }).click();
  await expect(editor).toBeHidden();

  await card.getByRole('button', { name: '复制为本单位模板' }).click();
  editor = page.getByRole('dialog', { name: '复制为本单位模板：法制审核意见书' });
  await yamlView();
  await expect(yaml).toHaveValue(/请按程序报请\{\{org\.government\}\}负责人决定。/);
  await expect(yaml).not.toHaveValue(/# 试改/);
  await expect(editor.getByText(/已恢复上次未保存的输入/)).toHaveCount(0);
  await yaml.fill((await yaml.inputValue()).replace(BUILTIN, EDITED));
  const save = editor.getByRole('button', { name: '保存' });
  await expect(save).toBeDisabled();

  // The check names what is wrong: each saved copy needs a higher version.
  await editor.getByRole('button', { name: '检查并预览' }).click();
  await expect(editor.getByText(/第 \d+ 行（version）：版本号应至少为 \d+/)).toBeVisible();
  await expect(save).toBeDisabled();
  await editor.getByRole('button', { name: /^把版本号改为 \d+$/ }).click();
  await editor.getByRole('button', { name: '检查并预览' }).click();
  const sample = page.frameLocator('iframe[title="法制审核意见书（本单位模板预览）预览"]');
  await expect(sample.getByText(EDITED_PRINTED).first()).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(editor.getByText(/^检查通过，可以保存（版本 \d+）。$/)).toBeVisible();
  await save.click();
  await expect(editor).toBeHidden();
  await expect(card.getByText('本单位模板', { exact: true })).toBeVisible();
  await expect(card.getByRole('button', { name: '编辑本单位模板' })).toBeVisible();

  // A paper issued now is made from the office's copy.
  await open(page, app, '/cases');
  await page.getByLabel('搜索案件').fill('青山综执罚〔2025〕2号');
  await page.getByRole('link', { name: '青山综执罚〔2025〕2号' }).click();
  // The demo issued this round's opinion from the built-in template: voided, it is issued again.
  await page
    .getByRole('row', { name: /青山司审〔\d{4}〕1号/ })
    .getByRole('button', { name: '作废' })
    .click();
  await page.getByLabel('作废理由').fill('改用本单位模板重新出具');
  await page.getByRole('button', { name: '确认作废' }).click();
  await page.getByRole('button', { name: '出具法制审核意见书' }).click();
  await page
    .getByRole('dialog', { name: '出具法制审核意见书' })
    .getByRole('button', { name: '出具', exact: true })
    .click();
  const badge = page.getByText(/^已出具法制审核意见书 青山司审〔\d{4}〕\d+号$/);
  await expect(badge).not.toHaveText(/〔\d{4}〕1号$/, { timeout: 60_000 });
  const number = ((await badge.textContent()) ?? '').replace('已出具法制审核意见书 ', '');
  const row = page.getByRole('row', { name: number });
  await row.getByRole('button', { name: '预览/打印' }).click();
  const issued = page.frameLocator('iframe[title="法制审核意见书预览"]');
  await expect(issued.getByText(EDITED_PRINTED).first()).toBeVisible();
  await page.keyboard.press('Escape');

  // Back to the built-in template, after a confirmation.
  await open(page, app, '/documents');
  await card.getByRole('button', { name: '恢复内置模板' }).click();
  const confirm = page.getByRole('dialog', { name: '恢复内置模板' });
  await expect(confirm.getByText(/templates\/replaced\//)).toBeVisible();
  await confirm.getByRole('button', { name: '确认恢复' }).click();
  await expect(confirm).toBeHidden();
  await expect(card.getByRole('button', { name: '复制为本单位模板' })).toBeVisible();
  await expect(card.getByText('本单位模板', { exact: true })).toBeHidden();
  await card.getByRole('button', { name: '预览示例' }).click();
  const builtin = page.frameLocator('iframe[title="法制审核意见书（示例）预览"]');
  await expect(builtin.getByText(BUILTIN_PRINTED).first()).toBeVisible();
  await expect(builtin.getByText(EDITED_PRINTED)).toHaveCount(0);
  await page.keyboard.press('Escape');

  // The paper issued from the office copy still shows as it was made.
  await page.getByRole('row', { name: number }).getByRole('button', { name: '预览/打印' }).click();
  await expect(issued.getByText(EDITED_PRINTED).first()).toBeVisible();
});
