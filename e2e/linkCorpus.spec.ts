import corpus from '../src/state/linkCorpus.json' with { type: 'json' };
import { findModel } from '../src/models/registry';
import { expect, test } from './fixtures';

// Every link of the corpus (all presets of all models and hand-made ones) opens its model's view with a plot,
// and shows a notice exactly when the link needed one.
for (const link of corpus.links) {
  test(`link ${link.id} opens its view`, async ({ page }) => {
    await page.goto(`./${link.hash}`);
    const model = findModel(link.state.model);
    expect(model).toBeDefined();
    // The page's one heading names the model in every mode (a visually hidden one in projector mode and embeds).
    await expect(page.locator('h1')).toContainText(model!.title);
    await expect(page.locator('svg.plot').first()).toBeVisible();
    if (link.notices > 0) await expect(page.getByTestId('link-notice')).toBeVisible();
    else await expect(page.getByTestId('link-notice')).toHaveCount(0);
  });
}
