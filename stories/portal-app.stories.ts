import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/define/portal-app.js';
import { fixtureFetch } from './fixtures/portal-api.js';

interface Args {
  brand: string;
  radius: string;
  font: string;
}

const meta = {
  title: 'Elements/App',
  component: 'portal-app',
  tags: ['autodocs'],
  args: { brand: '', radius: '8px', font: '' },
  argTypes: {
    brand: { control: 'color', description: '--portal-color-brand' },
    radius: { control: 'text', description: '--portal-radius' },
    font: { control: 'text', description: '--portal-font-family' },
  },
  render: (args) => portal(args),
} satisfies Meta<Args>;

function portal(args: Args, theme = '') {
  return html`
    <portal-app
      theme=${theme}
      api-base="https://billing.example.com/v1"
      token="pst_story"
      return-url="https://acme.example.com/account"
      .fetch=${fixtureFetch({ delayMs: 200 })}
      style=${styleMap({
        '--portal-color-brand': args.brand || undefined,
        '--portal-radius': args.radius || undefined,
        '--portal-font-family': args.font || undefined,
      })}
    ></portal-app>
  `;
}

export default meta;
type Story = StoryObj<Args>;

/** The whole portal, as the hosted portals offer it, on the merchant's page. */
export const Portal: Story = {};

/** A merchant brand: a light colour keeps dark text on its buttons, a dark one light text. */
export const LightBrand: Story = { args: { brand: '#ffd60a', radius: '14px' } };
export const DarkBrand: Story = { args: { brand: '#0b3d2e', radius: '2px', font: 'Georgia, serif' } };

/** Dark theme, forced with the `theme` attribute. */
export const Dark: Story = {
  render: (args) => html`<div style="background: #0e1014; padding: 16px">${portal(args, 'dark')}</div>`,
};

/** Right to left: Arabic mirrors the layout. */
export const RightToLeft: Story = {
  render: (args) => html`<div lang="ar">${portal(args)}</div>`,
};

/** The pseudo-locale: accented and 40 % longer strings, to find clipped or overflowing text. */
export const PseudoLocale: Story = {
  render: (args) => html`<div lang="en-XA">${portal(args)}</div>`,
};

/** A phone: the navigation becomes a scrolling row above the sections. */
export const Narrow: Story = {
  render: (args) => html`<div style="max-inline-size: 360px">${portal(args)}</div>`,
};
