// A flow over a page of vt-content: follow each link of the contents list and each
// "Speak to" link, as a reader would, and check that each lands on its heading, in
// view; then that printing keeps every heading with what follows it, and that the
// keyboard reaches the first link first and shows where it is. It works on a pack page
// and a guidance page alike.
//
// A flow's default export is `async ({ page, check, assert, url }) => {}` (see
// check.mjs): `page` is a puppeteer page at `url`; `await check(label)` checks its
// current state (axe, width, requests, the Nu checker, JSON-LD).

export default async function followLinks({ page, check, assert }) {
  const links = await page.$$eval('nav.vt-contents a, .vt-links a', (as) => as.map((a) => a.getAttribute('href')));
  assert(links.length > 0, 'no contents links');
  for (const href of links) {
    await page.click(`a[href="${href}"]`);
    const { hash, top, height } = await page.evaluate((id) => {
      const heading = document.getElementById(id);
      return { hash: location.hash, top: heading ? heading.getBoundingClientRect().top : NaN, height: innerHeight };
    }, href.slice(1));
    assert(hash === href, `${href}: the address is ${hash}`);
    assert(top >= -1 && top < height, `${href}: its heading is not in view (top ${top})`);
  }
  await check('after following every link');

  // On paper: no heading is left at the foot of a page, away from what follows it.
  await page.emulateMediaType('print');
  const stranded = await page.$$eval('h1, h2, h3, h4, h5, h6', (headings) =>
    headings.filter((h) => !['avoid', 'avoid-page'].includes(getComputedStyle(h).breakAfter)).map((h) => h.id),
  );
  await page.emulateMediaType(null);
  assert(stranded.length === 0, `headings that may end a printed page: ${stranded.join(', ')}`);
  // From the top, the keyboard reaches the first link of the page first (the urgent
  // help's first phone number when the page has urgent help, else the contents), and
  // shows it.
  await page.goto(page.url().split('#')[0], { waitUntil: 'load' });
  const first = await page.$eval('a[href]', (a) => a.getAttribute('href'));
  await page.keyboard.press('Tab');
  const focused = await page.evaluate(() => {
    const element = document.activeElement;
    return { href: element.getAttribute('href'), outline: getComputedStyle(element).outlineStyle };
  });
  assert(focused.href === first, `Tab reaches ${focused.href} first, not ${first}`);
  assert(focused.outline !== 'none', `the focused link shows no outline`);
}
