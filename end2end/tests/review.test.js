// The history review's fixes as a reader sees them: the state of each year named
// in every language, no side taken in the wording, dates written as the sources
// give them, and a page that says how to read the map.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowserAndServer, openMap, screenshot } from './fixtures/app.js';

const env = useBrowserAndServer();

const DISPUTED = {
  1950: {
    en: 'Administered by the Soviet Union, claimed by Japan',
    ja: 'ソ連が施政、日本が領有を主張',
    ru: 'Под управлением Советского Союза, притязания Японии',
  },
  2000: {
    en: 'Administered by Russia, claimed by Japan',
    ja: 'ロシアが施政、日本が領有を主張',
    ru: 'Под управлением России, притязания Японии',
  },
};

test('the disputed status names the state of the year in the legend, the card, the strip and the download, in three languages', async () => {
  for (const lang of ['en', 'ja', 'ru']) {
    for (const year of [1950, 2000]) {
      const expected = DISPUTED[year][lang];
      const { page, context, map } = await openMap(env.browser, `${env.server.url}?lang=${lang}&year=${year}`, { acceptDownloads: true });
      assert.equal(await map.legendRow('disputed').locator(`.legend-status .l[lang="${lang}"]`).textContent(), expected, `legend ${lang} ${year}`);
      await map.territory('kunashir').focus();
      assert.match(await map.card.innerText(), new RegExp(expected), `card ${lang} ${year}`);
      const band = await page.evaluate((y) => [...document.querySelectorAll('.strip-row[data-territory="kunashir"] .band')]
        .find((b) => Number(b.dataset.from) <= y && y <= Number(b.dataset.to))?.getAttribute('title'), year);
      assert.ok(band.includes(expected), `strip ${lang} ${year}: ${band}`);
      const [download] = await Promise.all([page.waitForEvent('download'), page.locator('button.export-svg').click()]);
      const svg = Buffer.concat(await (await download.createReadStream()).toArray()).toString('utf8');
      assert.ok(svg.includes(expected), `download ${lang} ${year}`);
      await context.close();
    }
  }
  // Under the Soviet Union, then Russia: two bands of one colour.
  const { page, context } = await openMap(env.browser, env.server.url);
  const bands = await page.evaluate(() => [...document.querySelectorAll('.strip-row[data-territory="iturup"] .band[data-status="disputed"]')]
    .map((b) => [b.dataset.polity, b.dataset.from, b.dataset.to]));
  // On 31 December 1991 (the map's rule) the Soviet Union had ended five days before.
  assert.deepEqual(bands.slice(0, 1), [['soviet-union', '1946', '1990']]);
  assert.equal(bands[1][0], 'russian-federation');
  await context.close();
});

test('the wording takes no side: no ownership in Russian, no "becomes territory" in Japanese, no Soviet Union called Russia', async () => {
  const visibleText = (page) => page.evaluate(() => document.body.innerText);
  const { page: ru, context: a } = await openMap(env.browser, `${env.server.url}?lang=ru&year=1960`);
  for (const id of ['iturup', 'sakhalin-north']) {
    await ru.locator(`path[data-territory="${id}"]`).focus();
    assert.doesNotMatch(await visibleText(ru), /[Пп]ринадлеж(?!ности островов)/, `no ownership wording (${id})`);
  }
  await a.close();
  const { page: ja, context: b } = await openMap(env.browser, `${env.server.url}?lang=ja&year=1946`);
  const templates = await ja.evaluate(() => document.getElementById('announcements').innerHTML);
  assert.doesNotMatch(templates, /の領土となる/, 'Japanese announcements');
  await b.close();
  const { page: en, context: c, map } = await openMap(env.browser, `${env.server.url}?lang=en&year=1960`);
  await map.territory('sakhalin-south').focus();
  const card = await map.card.innerText();
  assert.match(card, /Soviet Union/);
  assert.doesNotMatch(card, /Held by: Russia\b/, 'the Soviet Union is not called Russia');
  await c.close();
});

test('dates are written as the sources give them: spans, and "sources differ"', async () => {
  for (const [lang, dash] of [['en', '–'], ['ja', '〜'], ['ru', '–']]) {
    const { page, context } = await openMap(env.browser, `${env.server.url}?lang=${lang}`);
    const spans = await page.evaluate((l) => [...document.querySelectorAll('.event-list li[data-date-end]')]
      .map((li) => ({ start: li.dataset.date, end: li.dataset.dateEnd, text: li.querySelector(`time .l[lang="${l}"]`).textContent })), lang);
    assert.ok(spans.length >= 5, `${lang}: events that lasted (${spans.length})`);
    for (const s of spans) {
      assert.match(s.start, /^\d{4}(-\d{2}(-\d{2})?)?$/, 'data-date keeps its start form');
      assert.match(s.end, /^\d{4}(-\d{2}(-\d{2})?)?$/);
      assert.ok(s.text.includes(dash), `${lang}: ${s.text} is written as a span`);
    }
    const differ = page.locator('.event-list li[data-event="japanese-occupation-of-north-sakhalin"]');
    assert.equal(await differ.getAttribute('data-date-certainty'), 'sources-differ');
    assert.match(await differ.locator(`time .l[lang="${lang}"]`).textContent(), { en: /sources differ/, ja: /諸説あり/, ru: /источники расходятся/ }[lang]);
    await context.close();
  }
});

test('"How to read this map" opens from the page and from the embed, in each language', async () => {
  for (const [query, rule] of [['?lang=en', /31 December/], ['?lang=ja', /12月31日/], ['?lang=ru&embed=1', /31 декабря/]]) {
    const { page, context } = await openMap(env.browser, `${env.server.url}${query}`, query.includes('embed') ? { viewport: { width: 400, height: 560 } } : {});
    await page.locator('.method-open:visible').click();
    const dialog = page.locator('dialog.method-dialog');
    assert.equal(await dialog.isVisible(), true, query);
    assert.match(await dialog.innerText(), rule);
    assert.equal(await dialog.locator('.method-statuses li').count(), 6);
    await screenshot(page, `method${query.replace(/[?&=]/g, '-')}`);
    await page.keyboard.press('Escape');
    assert.equal(await dialog.isVisible(), false);
    await context.close();
  }
});
