import { html, nothing } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { waitFor } from 'storybook/test';
import '../src/define/portal-session.js';
import '../src/define/portal-payment-method.js';
import '../src/define/portal-subscriptions.js';
import { fixtureFetch, type FixtureApiOptions } from './fixtures/portal-api.js';
import { FIXTURE_ADDED_METHOD, type PaymentMethodFixtureOptions } from './fixtures/payment-methods.js';

interface Setup extends PaymentMethodFixtureOptions {
  /** Show this subscription's method (`sub_on_hold`, `sub_pro`…) instead of the default one. */
  subscription?: string;
  /** Also show `<portal-subscriptions>` above, whose "Update payment method" opens this element's dialog. */
  withSubscriptions?: boolean;
  /** Everything else the fixture API can do (a slow or expired session…). */
  api?: FixtureApiOptions;
}

/** `<portal-payment-method>` in a session whose API is the fixture; a fresh fixture each time it is shown. */
const inSession = ({ subscription, withSubscriptions, api, ...paymentMethods }: Setup = {}) => html`
  <portal-session api-base="https://billing.example.com/v1" token="pst_story" .fetch=${fixtureFetch({ ...api, paymentMethods })}>
    ${withSubscriptions ? html`<portal-subscriptions style="margin-block-end: 24px"></portal-subscriptions>` : nothing}
    <portal-payment-method subscription=${subscription ?? nothing}></portal-payment-method>
  </portal-session>
`;

type Canvas = { canvasElement: HTMLElement };

async function find<T extends Element>({ canvasElement }: Canvas, selector: string): Promise<T> {
  return waitFor(
    () => {
      const found = canvasElement.querySelector('portal-payment-method')?.shadowRoot?.querySelector<T>(selector);
      if (!found) throw new Error(`${selector} has not appeared yet.`);
      return found;
    },
    { timeout: 5000 },
  );
}

const click = async (canvas: Canvas, selector: string) => (await find<HTMLElement>(canvas, selector)).click();
const openEdit = (canvas: Canvas) => click(canvas, '[data-action="edit"]');
const autoplay = { docs: { story: { autoplay: true } } };

const meta = {
  title: 'Elements/Payment method',
  component: 'portal-payment-method',
  tags: ['autodocs'],
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** The default card: its mark, last four and expiry, and Edit. */
export const Default: Story = {
  render: () => inSession(),
};

/** The default card expires within 30 days: said in words, not colour alone. */
export const ExpiringSoon: Story = {
  render: () => inSession({ expiringSoon: true }),
};

/** `subscription="sub_on_hold"`: its expired card, called out, and the amount it owes. */
export const SubscriptionOnHold: Story = {
  render: () => inSession({ subscription: 'sub_on_hold' }),
};

/** Edit: choose one of the saved methods, make one the default, remove one, or add a new one. */
export const DialogOpen: Story = {
  render: () => inSession(),
  play: openEdit,
  parameters: autoplay,
};

/** Every type Stripe's portal supports, each with its own mark and the detail the customer knows it by. */
export const EveryType: Story = {
  render: () => inSession({ methods: 'every-type' }),
  play: openEdit,
  parameters: autoplay,
};

/** Removing asks first, and says which subscriptions move to the default method. */
export const ConfirmRemove: Story = {
  render: () => inSession(),
  play: async (canvas) => {
    await openEdit(canvas);
    await click(canvas, 'input[value="pm_mastercard"]');
    await click(canvas, '[data-action="ask-remove"]');
  },
  parameters: autoplay,
};

/** The only method, while a subscription needs one: Remove is unavailable, and why is said before they try. */
export const RemovingRefused: Story = {
  render: () => inSession({ methods: 'one', api: { subscriptions: { only: ['sub_pro'] } } }),
  play: openEdit,
  parameters: autoplay,
};

/** The on-hold reactivation: the amount due first, then "Pay $9.00 and reactivate" with the chosen method. */
export const OnHoldDialog: Story = {
  render: () => inSession({ subscription: 'sub_on_hold', actionDelayMs: 800 }),
  play: async (canvas) => {
    await openEdit(canvas);
    await click(canvas, 'input[value="pm_visa"]');
  },
  parameters: autoplay,
};

/** Paying with the expired card: declined, the reason, still on hold, choose another method. */
export const Declined: Story = {
  render: () => inSession({ subscription: 'sub_on_hold' }),
  play: async (canvas) => {
    await openEdit(canvas);
    await click(canvas, '[data-action="pay"]');
    await find(canvas, '[data-result="declined"]');
  },
  parameters: autoplay,
};

/** Paid with a good card: active again (only now), with the receipt linked. */
export const Reactivated: Story = {
  render: () => inSession({ subscription: 'sub_on_hold' }),
  play: async (canvas) => {
    await openEdit(canvas);
    await click(canvas, 'input[value="pm_visa"]');
    await click(canvas, '[data-action="pay"]');
    await find(canvas, '.result.success');
  },
  parameters: autoplay,
};

/** With `<portal-subscriptions>` on the page: its "Update payment method" opens this dialog for that subscription. */
export const FromSubscriptions: Story = {
  render: () => inSession({ withSubscriptions: true }),
};

/**
 * Back from the provider's hosted page (`#portal_setup=…` in the address): the new card is
 * in the list, selected and announced, and the fragment leaves the address bar.
 */
export const AddedOnReturn: Story = {
  render: () => {
    history.replaceState(history.state, '', `${location.pathname}${location.search}#portal_setup=${FIXTURE_ADDED_METHOD}`);
    return inSession({ added: true });
  },
};

/** A customer with no saved method: "Add a payment method" goes straight to the hosted page. */
export const Empty: Story = {
  render: () => inSession({ methods: 'none', api: { subscriptions: { only: [] } } }),
};

/** The methods are on their way (here, forever): a skeleton, announced to screen readers. */
export const Loading: Story = {
  render: () => inSession({ listForever: true }),
};

/** The API answers 500 (after the kit's two retries): the error, and Try again. */
export const ServerError: Story = {
  render: () => inSession({ listStatus: 500 }),
};

/** A `<portal-payment-method>` with no `<portal-session>` around it. */
export const OutsideSession: Story = {
  render: () => html`<portal-payment-method></portal-payment-method>`,
};
