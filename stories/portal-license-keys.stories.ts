import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { waitFor } from 'storybook/test';
import '../src/define/portal-session.js';
import '../src/define/portal-license-keys.js';
import { fixtureFetch } from './fixtures/portal-api.js';
import type { LicenseKeyFixtureOptions } from './fixtures/profile.js';

/** `<portal-license-keys>` in a session whose API is the fixture. */
const inSession = (licenseKeys: LicenseKeyFixtureOptions = {}) => html`
  <portal-session api-base="https://billing.example.com/v1" token="pst_story" .fetch=${fixtureFetch({ licenseKeys })}>
    <portal-license-keys></portal-license-keys>
  </portal-session>
`;

type Canvas = { canvasElement: HTMLElement };

/** Clicks a button of the first key once the keys are in. */
async function press({ canvasElement }: Canvas, part: 'reveal' | 'copy') {
  const button = await waitFor(
    () => {
      const found = canvasElement.querySelector('portal-license-keys')?.shadowRoot?.querySelector<HTMLButtonElement>(`button[part="${part}"]`);
      if (!found) throw new Error('The keys have not loaded yet.');
      return found;
    },
    { timeout: 5000 },
  );
  button.click();
}

/** For stories whose state comes from `play`: play it in Docs too. */
const autoplay = { docs: { story: { autoplay: true } } };

const meta = {
  title: 'Elements/License keys',
  component: 'portal-license-keys',
  tags: ['autodocs'],
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** Three keys: one expiring with 7 of 10 activations used, one unlimited that never expires, one expired. Masked. */
export const Loaded: Story = {
  render: () => inSession(),
};

/** "Show key" pressed on the first key: shown in full, the toggle pressed. */
export const Revealed: Story = {
  render: () => inSession(),
  play: (canvas) => press(canvas, 'reveal'),
  parameters: autoplay,
};

/** Copy pressed: the key goes to the clipboard, still masked, and "Copied" is announced. */
export const Copied: Story = {
  render: () => inSession(),
  play: (canvas) => press(canvas, 'copy'),
  parameters: autoplay,
};

/** The browser refuses the clipboard: said so, and the key is shown to copy by hand. */
export const CopyFailed: Story = {
  render: () => inSession(),
  play: async (canvas) => {
    const clipboard = navigator.clipboard;
    const original = clipboard.writeText;
    clipboard.writeText = () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
    try {
      await press(canvas, 'copy');
      await new Promise((resolve) => setTimeout(resolve, 50));
    } finally {
      clipboard.writeText = original;
    }
  },
  parameters: autoplay,
};

/** The keys are on their way (here, forever). */
export const Loading: Story = {
  render: () => inSession({ forever: true }),
};

/** A customer without license keys. */
export const Empty: Story = {
  render: () => inSession({ empty: true }),
};

/** The portal turns license keys off (403 feature_disabled): a calm note, no alarm. */
export const TurnedOff: Story = {
  render: () => inSession({ disabled: true }),
};

/** The API answers 500 (after two retries): the error, with "Try again". */
export const LoadError: Story = {
  render: () => inSession({ status: 500 }),
};
