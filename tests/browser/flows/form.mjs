// The web example's form, as a reader uses it: tick two signs, submit, and get the
// guidance: urgent help first, then both people to speak to, in order; no address holds the
// signs.
//
// A flow's default export is `async ({ page, check, assert, url }) => {}` (see check.mjs).

export default async function tickTwoSigns({ page, check, assert }) {
  await check('the form');
  for (const id of ['withdrawing', 'low-motivation']) {
    await page.click(`#tick-${id}`);
  }
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('form.vt-form button[type=submit]')]);
  const url = new URL(page.url());
  assert(url.pathname === '/guidance', `the form went to ${url.pathname}`);
  // The signs went in the request's body: the address, which the history keeps, has none.
  assert(url.search === '', `the address holds ${url.search}`);
  const ticked = await page.$$eval('form.vt-form input:checked', (inputs) => inputs.map((input) => input.value));
  assert(
    JSON.stringify(ticked) === JSON.stringify(['withdrawing', 'low-motivation']),
    `the guidance has ${JSON.stringify(ticked)} ticked`,
  );
  const order = await page.evaluate(() => {
    const at = (selector) => {
      const element = document.querySelector(selector);
      return element ? [...document.querySelectorAll('*')].indexOf(element) : -1;
    };
    return {
      urgent: at('aside.vt-notice--urgent'),
      trusted: at('#support-trusted-person'),
      manager: at('#support-line-manager'),
    };
  });
  assert(order.urgent >= 0, 'the guidance has no urgent help');
  assert(order.urgent < order.trusted && order.trusted < order.manager, `the order is ${JSON.stringify(order)}`);
  await check('the guidance for two signs');
}
