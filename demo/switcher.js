// The demo page's controls (not part of the kit): customer, language, theme, brand colour.
import { LOCALES } from '/portal-kit.js';

const form = document.getElementById('demo-controls');
const app = document.querySelector('portal-app');
const params = new URLSearchParams(location.search);

const names = new Intl.DisplayNames(['en'], { type: 'language' });
const select = form.elements.lang;
for (const locale of ['auto', ...LOCALES, 'en-XA']) {
  const option = document.createElement('option');
  option.value = locale === 'auto' ? '' : locale;
  option.textContent = locale === 'auto' ? 'The browser’s' : locale === 'en-XA' ? 'Pseudo-locale (en-XA)' : `${names.of(locale)} (${locale})`;
  select.append(option);
}

function apply() {
  const lang = params.get('lang') ?? '';
  const theme = params.get('theme') ?? '';
  const brand = params.get('brand') ?? '';
  if (lang) app.setAttribute('lang', lang);
  else app.removeAttribute('lang');
  if (theme) app.setAttribute('theme', theme);
  else app.removeAttribute('theme');
  document.documentElement.dataset.theme = theme || (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');
  if (brand) app.style.setProperty('--portal-color-brand', brand);
  else app.style.removeProperty('--portal-color-brand');
  form.elements.customer.value = params.get('customer') ?? 'cus_demo';
  form.elements.lang.value = lang;
  form.elements.theme.value = theme;
  if (brand) form.elements.brand.value = brand;
}

form.addEventListener('change', (event) => {
  const { name, value } = event.target;
  if (value) params.set(name, value);
  else params.delete(name);
  const url = `${location.pathname}?${params}`;
  // Another customer needs a new session from the server: reload. The rest applies at once.
  if (name === 'customer') location.assign(url);
  else {
    history.replaceState(null, '', url);
    apply();
  }
});

apply();
