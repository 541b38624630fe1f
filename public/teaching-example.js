// Sizes each embedded map to the height it reports. The map sends the LMS
// convention {"subject":"lti.frameResize","height":N} as a JSON string, and
// {type: "kurils-map:height", height} as an object; either will do.
addEventListener('message', (event) => {
  let data = event.data;
  if (typeof data === 'string') {
    try { data = JSON.parse(data); } catch { return; }
  }
  const height = Number(data?.height);
  if (!(height > 0) || !(data.subject === 'lti.frameResize' || data.type === 'kurils-map:height')) return;
  for (const frame of document.querySelectorAll('iframe')) {
    if (frame.contentWindow === event.source) {
      frame.style.height = `${Math.ceil(height)}px`;
      frame.dataset.reportedHeight = String(Math.ceil(height));
    }
  }
});
