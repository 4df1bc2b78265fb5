import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { waitFor } from 'storybook/test';
import '../src/define/portal-session.js';
import '../src/define/portal-invoices.js';
import { fixtureFetch, type FixtureApiOptions } from './fixtures/portal-api.js';

const apis = new Map<string, typeof fetch>();

/**
 * The fixture API for a story, one per set-up: re-rendering the story (a toolbar
 * change) keeps its session and the pages it has loaded instead of starting over.
 */
function api(options: FixtureApiOptions = {}): typeof fetch {
  const key = JSON.stringify(options);
  let fetch = apis.get(key);
  if (!fetch) apis.set(key, (fetch = fixtureFetch(options)));
  return fetch;
}

/** `<portal-invoices>` in a session whose API is the fixture. */
const invoicesInSession = (options?: FixtureApiOptions, maxRows = 200) => html`
  <portal-session api-base="https://billing.example.com/v1" token="pst_story" .fetch=${api(options)}>
    <portal-invoices max-rows=${maxRows}></portal-invoices>
  </portal-session>
`;

/** Waits for an element inside `<portal-invoices>`' shadow root. */
async function find<T extends Element>(canvasElement: HTMLElement, selector: string): Promise<T> {
  return waitFor(
    () => {
      const found = canvasElement.querySelector('portal-invoices')?.shadowRoot?.querySelector<T>(selector);
      if (!found) throw new Error(`${selector} has not appeared yet.`);
      return found;
    },
    { timeout: 5000 },
  );
}

/** Chooses a status in the filter, as the customer would. */
const filterBy =
  (status: string) =>
  async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const select = await find<HTMLSelectElement>(canvasElement, 'select[part="filter"]');
    select.value = status;
    select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  };

/** Presses "Show more invoices" once the first page is in. */
async function showMore({ canvasElement }: { canvasElement: HTMLElement }) {
  const invoices = canvasElement.querySelector('portal-invoices');
  const more = await waitFor(
    () => {
      const button = invoices?.shadowRoot?.querySelector<HTMLButtonElement>('button[part="more"]');
      if (!button) throw new Error('The first page has not loaded yet.');
      return button;
    },
    { timeout: 5000 },
  );
  more.click();
}

/** For stories whose state comes from `showMore`: play it in Docs too. */
const autoplay = { docs: { story: { autoplay: true } } };

const meta = {
  title: 'Elements/Invoices',
  component: 'portal-invoices',
  tags: ['autodocs'],
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** A customer with a dozen invoices: one page, every status, four currencies. */
export const Loaded: Story = {
  render: () => invoicesInSession({ count: 12 }),
};

/** 45 invoices, 20 a page: "Show more invoices" loads the next page (the fixture answers after 600 ms). */
export const Paged: Story = {
  render: () => invoicesInSession({ delayMs: 600 }),
};

/** The first page is on its way (here, forever): a skeleton, announced to screen readers. */
export const Loading: Story = {
  render: () => invoicesInSession({ forever: true }),
};

/** "Show more invoices" was pressed and the next page is on its way (here, forever). */
export const LoadingMore: Story = {
  render: () => invoicesInSession({ forever: true, affects: 'next-pages' }),
  play: showMore,
  parameters: autoplay,
};

/** A customer who has not been billed yet. */
export const Empty: Story = {
  render: () => invoicesInSession({ empty: true }),
};

/**
 * The API answers 500. The kit tries twice more before it gives up, so the skeleton
 * shows for a second or two first; "Try again" starts over.
 */
export const ServerError: Story = {
  render: () => invoicesInSession({ status: 500 }),
};

/** The first page loaded; the next one failed. The invoices shown stay, with the error and "Try again" below. */
export const NextPageError: Story = {
  render: () => invoicesInSession({ status: 500, affects: 'next-pages' }),
  play: showMore,
  parameters: autoplay,
};

/** The portal session has expired: nothing to try again, the customer has to sign in anew. */
export const SessionExpired: Story = {
  render: () => invoicesInSession({ expired: true }),
};

/** The API sent something that is not JSON. */
export const Malformed: Story = {
  render: () => invoicesInSession({ malformed: true }),
};

/** A `<portal-invoices>` with no `<portal-session>` around it. */
export const OutsideSession: Story = {
  render: () => html`<portal-invoices></portal-invoices>`,
};

/**
 * Inside `lang="de"`: dates and amounts are formatted for German. The words stay
 * English until the kit has a German translation.
 */
export const German: Story = {
  render: () => html`<div lang="de">${invoicesInSession({ count: 12 })}</div>`,
};

/** The kit's design tokens, as a merchant sets them on their page (see Controls). */
type ThemeTokens = {
  '--portal-color-brand': string;
  '--portal-color-surface': string;
  '--portal-color-text': string;
  '--portal-color-text-muted': string;
  '--portal-color-border': string;
  '--portal-radius': string;
  '--portal-font-family': string;
};

/**
 * A merchant's brand: CSS custom properties set on an element around the session
 * inherit into every portal element. Change them under Controls.
 */
export const Themed: StoryObj<ThemeTokens> = {
  args: {
    '--portal-color-brand': '#0f766e',
    '--portal-color-surface': '#fffdf8',
    '--portal-color-text': '#2b2118',
    '--portal-color-text-muted': '#6b5d4f',
    '--portal-color-border': '#e4dccf',
    '--portal-radius': '14px',
    '--portal-font-family': "Georgia, 'Times New Roman', serif",
  },
  argTypes: {
    '--portal-color-brand': { control: 'color' },
    '--portal-color-surface': { control: 'color' },
    '--portal-color-text': { control: 'color' },
    '--portal-color-text-muted': { control: 'color' },
    '--portal-color-border': { control: 'color' },
    '--portal-radius': { control: 'text' },
    '--portal-font-family': { control: 'text' },
  },
  parameters: { controls: { include: /^--portal-/ } },
  // A palette for a light page only: pinned to light on that page, as its merchant would, so
  // the toolbar's dark theme does not mix the kit's dark colours into it.
  render: (tokens) =>
    html`<div style=${styleMap({ ...tokens, '--portal-color-scheme': 'light', background: '#fbf7f0', padding: '16px' })}>
      ${invoicesInSession({ count: 12 })}
    </div>`,
};

/** Filtered to open invoices: the server sends only those; the open one has Pay. */
export const FilteredOpen: Story = {
  render: () => invoicesInSession({ count: 12 }),
  play: filterBy('open'),
  parameters: autoplay,
};

/** Filtered to paid invoices, two pages of them. */
export const FilteredPaid: Story = {
  render: () => invoicesInSession(),
  play: filterBy('paid'),
  parameters: autoplay,
};

/** A filter with nothing in it: said so, the filter stays to take it off. */
export const FilterEmpty: Story = {
  render: () => invoicesInSession({ count: 3 }),
  play: filterBy('uncollectible'),
  parameters: autoplay,
};

/**
 * A long history with `max-rows="40"`: after three pages the newest-loaded rows are let
 * go, the table says which stretch it shows, and "Back to newest" returns to the top.
 */
export const Windowed: Story = {
  render: () => invoicesInSession({ count: 300 }, 40),
  play: async ({ canvasElement }) => {
    for (let page = 1; page <= 3; page++) {
      const more = await find<HTMLButtonElement>(canvasElement, 'button[part="more"][aria-disabled="false"]');
      more.click();
      await waitFor(
        () => {
          const root = canvasElement.querySelector('portal-invoices')!.shadowRoot!;
          if (root.querySelector('button[part="more"][aria-disabled="true"]')) throw new Error('Still loading.');
        },
        { timeout: 5000 },
      );
    }
  },
  parameters: autoplay,
};

/** Back from the hosted pay page (`#portal_paid=…` in the address): confirmed once the server says paid. */
export const PaidReturn: Story = {
  render: () => {
    history.replaceState(history.state, '', `${location.pathname}${location.search}#portal_paid=in_fixture_0010`);
    return invoicesInSession({ count: 12 });
  },
};
