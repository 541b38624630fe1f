// Runs in <head>, before the body is parsed (a classic script, not a module),
// so the first paint is already in the right language and layout. The served
// page holds its text in English, Japanese and Russian; the stylesheet shows
// the language of <html lang>. The live page (the wasm) decides again with
// the core's own rules (kurils_core::url_state) and corrects this if they ever
// differ; the browser tests check that they agree.
(() => {
  const root = document.documentElement;
  const query = location.search.length > 2048 ? new URLSearchParams() : new URLSearchParams(location.search);
  const spoken = ['en', 'ja', 'ru'];
  const asked = (query.get('lang') ?? '').trim().toLowerCase();
  const preferred = (navigator.languages?.length ? navigator.languages : [navigator.language ?? ''])
    .map((tag) => String(tag).split(/[-_]/)[0].toLowerCase())
    .find((tag) => spoken.includes(tag));
  root.lang = spoken.includes(asked) ? asked : (preferred ?? 'en');
  // The embed's compact layout, from the first paint.
  if (['1', 'true', ''].includes(query.get('embed')?.trim())) root.classList.add('embed');
  // The address asks for another year or view than the served one: until the
  // live page shows it, what depends on it is not shown (never a wrong year).
  if (['year', 'event', 'view', 'viewpoint'].some((name) => query.has(name))) root.classList.add('pending');
})();
