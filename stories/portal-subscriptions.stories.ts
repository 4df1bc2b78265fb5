import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { waitFor } from 'storybook/test';
import '../src/define/portal-session.js';
import '../src/define/portal-subscriptions.js';
import { fixtureFetch, type FixtureApiOptions } from './fixtures/portal-api.js';
import type { FixtureSubscriptionId, SubscriptionFixtureOptions } from './fixtures/subscriptions.js';

const apis = new Map<string, typeof fetch>();

/**
 * The fixture API for a story, one per set-up and per mount: a story that changes a
 * subscription starts from the fixture again when it is shown anew.
 */
function api(options: FixtureApiOptions): typeof fetch {
  const key = JSON.stringify(options);
  let fetch = apis.get(key);
  if (!fetch) apis.set(key, (fetch = fixtureFetch(options)));
  return fetch;
}

interface Setup extends SubscriptionFixtureOptions {
  subscription?: FixtureSubscriptionId;
  flow?: 'cancel' | 'update' | 'update-confirm';
  price?: string;
  quantity?: number;
}

/** `<portal-subscriptions>` in a session whose API is the fixture. */
const inSession = ({ subscription, flow, price, quantity, ...fixture }: Setup = {}) => {
  apis.clear();
  return html`
    <portal-session api-base="https://billing.example.com/v1" token="pst_story" .fetch=${api({ subscriptions: fixture })}>
      <portal-subscriptions subscription=${subscription ?? ''} flow=${flow ?? ''} price=${price ?? ''} .quantity=${quantity}></portal-subscriptions>
    </portal-session>
  `;
};

type Canvas = { canvasElement: HTMLElement };

/** Waits for an element inside `<portal-subscriptions>`' shadow root. */
async function find<T extends Element>({ canvasElement }: Canvas, selector: string): Promise<T> {
  return waitFor(
    () => {
      const found = canvasElement.querySelector('portal-subscriptions')?.shadowRoot?.querySelector<T>(selector);
      if (!found) throw new Error(`${selector} has not appeared yet.`);
      return found;
    },
    { timeout: 5000 },
  );
}

async function click(canvas: Canvas, selector: string) {
  (await find<HTMLElement>(canvas, selector)).click();
}

/** The cancel flow up to the offer for `reason`. */
const offerFor = (reason: string) => async (canvas: Canvas) => {
  await click(canvas, `#cancel-dialog input[value="${reason}"]`);
  await click(canvas, '#cancel-dialog [data-action="continue"]');
};

/** Plays in Docs too. */
const autoplay = { docs: { story: { autoplay: true, inline: false, iframeHeight: 640 } } };
const dialogStory = { docs: { story: { inline: false, iframeHeight: 640 } } };

const meta = {
  title: 'Elements/Subscriptions',
  component: 'portal-subscriptions',
  tags: ['autodocs'],
} satisfies Meta;

export default meta;
type Story = StoryObj;

/**
 * One subscription of each kind: active, trialing, past due, on hold (with the amount
 * due and "Update payment method"), paused until a date, set to cancel (with Resume),
 * canceled, and one on a schedule that can only be canceled.
 */
export const EveryStatus: Story = {
  render: () => inSession(),
};

export const Active: Story = { render: () => inSession({ only: ['sub_pro'] }) };
export const Trialing: Story = { render: () => inSession({ only: ['sub_team'] }) };
export const PastDue: Story = { render: () => inSession({ only: ['sub_past_due'] }) };
/** What happened, how much is due, and one button: the payment-method element opens its update. */
export const OnHold: Story = { render: () => inSession({ only: ['sub_on_hold'] }) };
export const Paused: Story = { render: () => inSession({ only: ['sub_paused'] }) };
/** Set to cancel at period end: "Cancels on …" and Resume to undo it. */
export const CancelAtPeriodEnd: Story = { render: () => inSession({ only: ['sub_canceling'] }) };
export const Canceled: Story = { render: () => inSession({ only: ['sub_canceled'] }) };
/** On a billing schedule: the reason it can only be canceled, and no Change plan. */
export const ScheduleBound: Story = { render: () => inSession({ only: ['sub_scheduled'] }) };

/** `subscription="sub_team"`: a deep link that shows one subscription only. */
export const OneSubscription: Story = { render: () => inSession({ subscription: 'sub_team' }) };

/** The list is on its way (here, forever). */
export const Loading: Story = { render: () => inSession({ listForever: true }) };

/** The API answers 500 (after two retries): the error and Try again. */
export const LoadError: Story = { render: () => inSession({ listStatus: 500 }) };

export const Empty: Story = { render: () => inSession({ only: [] }) };

/** A `<portal-subscriptions>` with no `<portal-session>` around it. */
export const OutsideSession: Story = { render: () => html`<portal-subscriptions></portal-subscriptions>` };

// ── Cancel ─────────────────────────────────────────────────────────────────

/** Step 1 (`flow="cancel"`): the reasons and an optional comment. */
export const CancelReason: Story = {
  render: () => inSession({ subscription: 'sub_pro', flow: 'cancel' }),
  parameters: dialogStory,
};

/** Step 2 for "too expensive": a coupon, with the exact saving. */
export const CancelOfferCoupon: Story = {
  render: () => inSession({ subscription: 'sub_pro', flow: 'cancel' }),
  play: offerFor('too_expensive'),
  parameters: autoplay,
};

/** Step 2 for "I don't use it enough": pause instead. */
export const CancelOfferPause: Story = {
  render: () => inSession({ subscription: 'sub_pro', flow: 'cancel' }),
  play: offerFor('unused'),
  parameters: autoplay,
};

/** Step 2 for "features are missing": a cheaper price. */
export const CancelOfferSwitch: Story = {
  render: () => inSession({ subscription: 'sub_pro', flow: 'cancel' }),
  play: offerFor('missing_features'),
  parameters: autoplay,
};

/** The offer accepted: applied, confirmed, the flow over; the card shows the discount. */
export const CancelOfferAccepted: Story = {
  render: () => inSession({ subscription: 'sub_pro', flow: 'cancel' }),
  play: async (canvas) => {
    await offerFor('too_expensive')(canvas);
    await click(canvas, '#cancel-dialog [data-action="accept"]');
  },
  parameters: autoplay,
};

/** Step 3: exactly what happens — it ends on the period's last day. */
export const CancelConfirm: Story = {
  render: () => inSession({ subscription: 'sub_pro', flow: 'cancel' }),
  play: offerFor('other'),
  parameters: autoplay,
};

/** Step 3 when the business cancels at once with a credit for the unused time. */
export const CancelConfirmImmediately: Story = {
  render: () => inSession({ subscription: 'sub_pro', flow: 'cancel', cancelImmediately: true }),
  play: offerFor('other'),
  parameters: autoplay,
};

/** Reasons switched off in the configuration: straight to the confirmation. */
export const CancelWithoutReasons: Story = {
  render: () => inSession({ subscription: 'sub_pro', flow: 'cancel', noReasons: true }),
  parameters: dialogStory,
};

/** The confirm button while its request runs (the fixture answers after 3 s): busy, further presses ignored. */
export const CancelBusy: Story = {
  render: () => inSession({ subscription: 'sub_pro', flow: 'cancel', actionDelayMs: 3000 }),
  play: async (canvas) => {
    await offerFor('other')(canvas);
    await click(canvas, '#cancel-dialog [data-action="cancel"]');
  },
  parameters: autoplay,
};

/** After: "Cancels on …", the outcome announced, and Resume to undo it. */
export const CancelDone: Story = {
  render: () => inSession({ subscription: 'sub_pro', flow: 'cancel' }),
  play: async (canvas) => {
    await offerFor('other')(canvas);
    await click(canvas, '#cancel-dialog [data-action="cancel"]');
  },
  parameters: autoplay,
};

/** Changed in another tab meanwhile (paused there): the current state is shown, and said. */
export const CancelConflict: Story = {
  render: () => inSession({ subscription: 'sub_pro', flow: 'cancel', conflict: true }),
  play: async (canvas) => {
    await offerFor('other')(canvas);
    await click(canvas, '#cancel-dialog [data-action="cancel"]');
  },
  parameters: autoplay,
};

// ── Change plan ────────────────────────────────────────────────────────────

/** The plan picker (`flow="update"`): monthly/yearly, the current plan marked, the EUR prices disabled with the reason, a promotion code. */
export const ChangePlan: Story = {
  render: () => inSession({ subscription: 'sub_pro', flow: 'update' }),
  parameters: dialogStory,
};

/** Seats: the quantity stepper from 1 to 50. */
export const ChangeSeats: Story = {
  render: () => inSession({ subscription: 'sub_team', flow: 'update' }),
  parameters: dialogStory,
};

/** The preview (`flow="update-confirm"`): prorations, due today, the next invoice. */
export const ChangePreview: Story = {
  render: () => inSession({ subscription: 'sub_pro', flow: 'update-confirm', price: 'price_pro_yearly' }),
  parameters: dialogStory,
};

/** The preview of a trialing subscription's change: a plain warning that it ends the trial. */
export const ChangePreviewEndsTrial: Story = {
  render: () => inSession({ subscription: 'sub_team', flow: 'update-confirm', price: 'price_team_monthly', quantity: 7 }),
  parameters: dialogStory,
};

/** A promotion code that is not valid, explained at the field. */
export const ChangeInvalidCode: Story = {
  render: () => inSession({ subscription: 'sub_pro', flow: 'update' }),
  play: async (canvas) => {
    const input = await find<HTMLInputElement>(canvas, '#promotion-code');
    input.value = 'NOPE';
    input.dispatchEvent(new Event('input'));
    await click(canvas, '#change-dialog [data-action="preview"]');
  },
  parameters: autoplay,
};

/** Confirmed: the new plan on the card and the charge announced. */
export const ChangeDone: Story = {
  render: () => inSession({ subscription: 'sub_team', flow: 'update-confirm', price: 'price_team_monthly', quantity: 7 }),
  play: (canvas) => click(canvas, '#change-dialog [data-action="confirm"]'),
  parameters: autoplay,
};

/** A deep link to change a schedule-bound subscription: why it can only be canceled. */
export const ChangeNotAllowed: Story = {
  render: () => inSession({ subscription: 'sub_scheduled', flow: 'update' }),
};

// ── Pause and resume ───────────────────────────────────────────────────────

/** Pause until a date, or until resumed. */
export const Pause: Story = {
  render: () => inSession({ only: ['sub_pro'] }),
  play: (canvas) => click(canvas, '[data-action="pause"]'),
  parameters: autoplay,
};

/** Paused: the card says until when, with Resume. */
export const PauseDone: Story = {
  render: () => inSession({ only: ['sub_pro'] }),
  play: async (canvas) => {
    await click(canvas, '[data-action="pause"]');
    await click(canvas, '#pause-dialog [data-action="pause"]');
  },
  parameters: autoplay,
};

/** Resumed: running again, announced. */
export const Resumed: Story = {
  render: () => inSession({ only: ['sub_paused'] }),
  play: (canvas) => click(canvas, '[data-action="resume"]'),
  parameters: autoplay,
};
