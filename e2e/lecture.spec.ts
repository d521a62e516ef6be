import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, hashParams, test, waitReady } from './fixtures';

const BSR = '/#v=1&model=bsr&alpha=0.3&beta=1&rho=0.5&delta=0';

test('a shipped lecture steps with the keyboard, applies each view, and a reload keeps the step', async ({ page }) => {
  await page.goto(BSR);
  await waitReady(page);
  await page.getByTestId('lecture-menu').click();
  await page.getByTestId('lecture-play-bsr').click();
  const bar = page.getByTestId('lecture-bar');
  const count = page.getByTestId('lecture-count');
  await expect(count).toHaveText('1 / 9');
  // The player takes the top bar's place.
  await expect(page.getByTestId('model-select')).toBeHidden();
  await expect(page.getByTestId('lecture-step-title')).toHaveText('The Bayes-optimal error falls to zero at α_PR');
  expect(hashParams(page).get('lecture')).toMatch(/^1[A-Za-z0-9_-]+$/);
  expect(hashParams(page).get('familyValues')).toBe('0.1,0.2,0.5,1,2');

  await page.keyboard.press('ArrowRight');
  await expect(count).toHaveText('2 / 9');
  await expect.poll(() => hashParams(page).get('step')).toBe('2');
  expect(hashParams(page).get('axis')).toBe('alphaTilde');
  await page.keyboard.press('PageDown');
  await expect(count).toHaveText('3 / 9');
  await expect(page.getByTestId('input-delta')).toHaveValue('0.1');
  await page.keyboard.press('ArrowLeft');
  await expect(count).toHaveText('2 / 9');
  await expect(page.getByTestId('input-delta')).toHaveValue('0');
  await page.keyboard.press('Space');
  await expect(count).toHaveText('3 / 9');
  await expect.poll(() => hashParams(page).get('step')).toBe('3');

  // A focused slider keeps its arrow keys.
  await page.getByTestId('slider-alpha').focus();
  const alpha = await page.getByTestId('input-alpha').inputValue();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('input-alpha')).not.toHaveValue(alpha);
  await expect(count).toHaveText('3 / 9');

  await page.reload();
  await waitReady(page);
  await expect(count).toHaveText('3 / 9');
  await expect(page.getByTestId('lecture-step-title')).toHaveText('Label noise smooths the transition');
  await expect(page.getByTestId('input-delta')).toHaveValue('0.1');
  await expect(page.getByTestId('link-notice')).toHaveCount(0);

  // The bar's buttons step too; Esc leaves, keeping the view.
  await bar.getByRole('button', { name: 'Next', exact: true }).click();
  await expect(count).toHaveText('4 / 9');
  await bar.getByRole('button', { name: 'Next', exact: true }).press('ArrowRight');
  await expect(count).toHaveText('5 / 9');
  // Space on the focused button presses it once: one step, not two.
  await page.keyboard.press('Space');
  await expect(count).toHaveText('6 / 9');
  await expect(page.getByTestId('lecture-step-title')).toHaveText('Convex relaxation needs more data: α_MNNE > α_PR');
  await page.keyboard.press('Escape');
  await expect(bar).toHaveCount(0);
  await expect(page.getByTestId('model-select')).toBeVisible();
  await expect.poll(() => hashParams(page).has('lecture')).toBe(false);
  // The view of the last step shown stays (step 6: the strong-recovery thresholds at ρ = 0.2).
  expect(hashParams(page).get('panel')).toBe('strong');
  expect(hashParams(page).get('rho')).toBe('0.2');
});

test('a lecture built with "Add this view" travels as a link to a new page', async ({ page, context }) => {
  await page.goto(BSR);
  await waitReady(page);
  await page.getByTestId('lecture-menu').click();
  await page.getByTestId('lecture-add').click();
  await page.getByTestId('model-select').selectOption('aim');
  await waitReady(page);
  await page.getByTestId('lecture-add').click();
  await expect(page.getByTestId('lecture-menu')).toHaveText('Lecture (2)');
  await page.getByTestId('lecture-draft-title').fill('Two models');
  await page.getByLabel('Step 2 title').fill('Attention');
  await page.getByLabel('Step 2 note').fill('The same question for attention.');
  // Reorder and back: the buttons move the step.
  await page.getByRole('button', { name: 'Move step 2 up' }).click();
  await expect(page.getByLabel('Step 1 title')).toHaveValue('Attention');
  await page.getByRole('button', { name: 'Move step 1 down' }).click();
  await expect(page.getByLabel('Step 2 title')).toHaveValue('Attention');

  // Download JSON gives the lecture file, which reads back as the same lecture.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download JSON' }).click()]);
  expect(download.suggestedFilename()).toBe('two-models.json');
  const file = JSON.parse(readFileSync((await download.path())!, 'utf8'));
  expect(file).toMatchObject({ format: 'tokenphase-lecture', version: 1, title: 'Two models' });
  expect(file.steps.map((x: { title: string }) => x.title)).toEqual(['Step 1', 'Attention']);

  const link = await page.getByTestId('lecture-link').getAttribute('href');
  expect(link).toMatch(/#v=1&model=bsr.*&lecture=1[A-Za-z0-9_-]+&step=1$/);
  const other = await context.newPage();
  await other.goto(link!);
  await waitReady(other);
  await expect(other.getByTestId('lecture-count')).toHaveText('1 / 2');
  await expect(other.getByTestId('lecture-bar')).toContainText('Two models');
  expect(hashParams(other).get('model')).toBe('bsr');
  await other.keyboard.press('ArrowRight');
  await expect(other.getByTestId('lecture-count')).toHaveText('2 / 2');
  await expect(other.getByTestId('lecture-step-title')).toHaveText('Attention');
  await expect(other.getByTestId('lecture-note')).toHaveText('The same question for attention.');
  await expect.poll(() => hashParams(other).get('model')).toBe('aim');
  await other.close();
});

test('a damaged lecture link gives a notice and the view still opens; a bad file gives a message', async ({ page }) => {
  await page.goto('/#v=1&model=aim&alpha=0.2&rho=0.5&lecture=1AAAAnot-a-lecture&step=2');
  await waitReady(page);
  await expect(page.getByTestId('link-notice')).toContainText('lecture: The lecture in the link is damaged');
  await expect(page.getByTestId('lecture-bar')).toHaveCount(0);
  await expect(page.getByTestId('model-select')).toHaveValue('aim');

  await page.getByTestId('lecture-menu').click();
  await page
    .getByTestId('lecture-file')
    .setInputFiles({ name: 'slides.json', mimeType: 'application/json', buffer: Buffer.from('{"title": "x", "steps": [{"title": "a"}]}') });
  await expect(page.getByTestId('lecture-message')).toHaveText(/slides\.json could not be opened: Step 1: the view must be an explorer link/);
  await page.getByTestId('lecture-file').setInputFiles({
    name: 'ok.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ title: 'From a file', steps: [{ title: 'One', note: '', view: '#v=1&model=smi&alpha=0.5' }] })),
  });
  await expect(page.getByTestId('lecture-message')).toHaveText('Opened “From a file” (1 step) from ok.json.');
  await expect(page.getByLabel('Step 1 title')).toHaveValue('One');
});

test('no axe-core violations in the lecture bar and the Lecture panel', async ({ page }) => {
  await page.goto(BSR);
  await waitReady(page);
  await page.getByTestId('lecture-menu').click();
  await page.getByTestId('lecture-add').click();
  const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];
  const panel = await new AxeBuilder({ page }).include('[data-testid=lecture-panel]').withTags(tags).analyze();
  expect(panel.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  await page.getByTestId('lecture-play-smi').click();
  await expect(page.getByTestId('lecture-count')).toHaveText('1 / 7');
  await waitReady(page);
  const bar = await new AxeBuilder({ page }).include('[data-testid=lecture-bar]').withTags(tags).analyze();
  expect(bar.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  // The whole page too: the bar's heading stands in for the hidden top bar's.
  const all = await new AxeBuilder({ page }).withTags(tags).analyze();
  expect(all.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});

test('projector mode, turned on once in a lecture, stays on from step to step', async ({ page }) => {
  await page.goto(BSR);
  await waitReady(page);
  await page.getByTestId('lecture-menu').click();
  await page.getByTestId('lecture-play-bsr').click();
  await expect(page.getByTestId('lecture-count')).toHaveText('1 / 9');
  await page.getByTestId('lecture-projector').click();
  await expect(page.getByTestId('lecture-projector')).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('lecture-count')).toHaveText('2 / 9');
  // The link follows the step once its state is written (present=1 was already there from step 1).
  await expect.poll(() => hashParams(page).get('axis')).toBe('alphaTilde');
  expect(hashParams(page).get('present')).toBe('1');
  await expect(page.getByTestId('lecture-projector')).toHaveAttribute('aria-pressed', 'true');
  // The page is in projector mode: its heading says so, and the top bar is gone.
  await expect(page.locator('h1.visually-hidden')).toContainText('projector mode');
  await expect(page.getByTestId('model-select')).toBeHidden();
});
