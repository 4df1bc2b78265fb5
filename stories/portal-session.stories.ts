import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { action } from 'storybook/actions';
import '../src/define/portal-session.js';
import '../src/define/portal-invoices.js';
import { fixtureFetch } from './fixtures/portal-api.js';

/** The fixture API, telling the Actions panel of every request it gets. */
const sharedApi = fixtureFetch({ delayMs: 400, onRequest: action('portal API request') });

const meta = {
  title: 'Elements/Session',
  component: 'portal-session',
  tags: ['autodocs'],
} satisfies Meta;

export default meta;
type Story = StoryObj;

/**
 * Two `<portal-invoices>` in one `<portal-session>` share its store: one request
 * serves both (see the Actions panel), and "Show more invoices" in either shows the
 * next page in both. Anything else may sit in the session too.
 */
export const SharedSession: Story = {
  render: () => html`
    <portal-session api-base="https://billing.example.com/v1" token="pst_story" .fetch=${sharedApi}>
      <div style="display: grid; gap: 24px; grid-template-columns: repeat(auto-fit, minmax(min(100%, 440px), 1fr))">
        <portal-invoices></portal-invoices>
        <portal-invoices></portal-invoices>
      </div>
    </portal-session>
  `,
};
