// Tests use Debian's Chromium and Firefox ESR; puppeteer must never download a browser.
module.exports = { skipDownload: true };
