import { expect, open, test } from './fixtures';

// Each main page at 1366×768 (an ordinary office PC), with the demo office's data: a screenshot of
// each goes into the test output, and the page must not scroll sideways nor cut a status badge.

const PAGES: Array<[string, string]> = [
  ['home', '/'],
  ['cases', '/cases'],
  ['review', '/review'],
  ['transfers', '/transfers'],
  ['registers', '/registers'],
  ['documents', '/documents'],
  ['settings', '/settings'],
  ['transfer-in-new', '/transfers/in/new'],
  ['case-new', '/cases/new'],
];

test.use({ viewport: { width: 1366, height: 768 } });

test('every main page fits 1366×768: no sideways scrolling, no badge cut short', async ({ page, app }, testInfo) => {
  test.setTimeout(300_000);
  await app.loadDemo();
  for (const [name, route] of PAGES) {
    await open(page, app, route);
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: testInfo.outputPath(`${name}-1366x768.png`), fullPage: false });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `${route} scrolls sideways by ${overflow}px`).toBeLessThanOrEqual(0);
    const cut = await page.evaluate(() =>
      [...document.querySelectorAll('.mantine-Badge-label')]
        .filter((label) => label.scrollWidth > label.clientWidth + 1)
        .map((label) => label.textContent),
    );
    expect(cut, `${route}: badges cut short`).toEqual([]);
    // A table wider than its card is clipped by the card (the page itself does not scroll).
    const clipped = await page.evaluate(
      () =>
        [...document.querySelectorAll('table')].filter(
          (table) => table.getBoundingClientRect().right > window.innerWidth,
        ).length,
    );
    expect(clipped, `${route}: tables running off the right edge`).toBe(0);
  }
});
