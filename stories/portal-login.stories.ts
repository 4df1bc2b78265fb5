import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/define/portal-login.js';

/** A stand-in for POST /v1/login: answers like the server (202, the same for any email), or 429. */
function loginApi(options: { rateLimited?: boolean; delayMs?: number } = {}): typeof fetch {
  return async (input, init) => {
    await new Promise((resolve) => setTimeout(resolve, options.delayMs ?? 300));
    const url = new URL(new Request(input, init).url);
    if (!url.pathname.endsWith('/login')) return new Response('{}', { status: 404 });
    if (options.rateLimited) {
      return new Response(
        JSON.stringify({ error: { type: 'rate_limit_error', code: 'rate_limited', message: 'Too many requests.' } }),
        { status: 429, headers: { 'Content-Type': 'application/json', 'Retry-After': '600' } },
      );
    }
    return new Response(
      JSON.stringify({ object: 'login_request', message: 'If that email belongs to a customer, a sign-in link is on its way.' }),
      { status: 202, headers: { 'Content-Type': 'application/json' } },
    );
  };
}

const meta = {
  title: 'Elements/Login',
  component: 'portal-login',
  tags: ['autodocs'],
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** The form: type any email and submit; the answer is the same whether the email is known or not. */
export const Form: Story = {
  render: () => html`<portal-login api-base="https://billing.example.com/v1" business-id="biz_demo" .fetch=${loginApi()}></portal-login>`,
};

/** After submitting: "Check your inbox". */
export const Sent: Story = {
  render: Form.render,
  play: async ({ canvasElement }) => {
    const login = canvasElement.querySelector('portal-login')!;
    await login.updateComplete;
    const input = login.shadowRoot!.querySelector('input')!;
    input.value = 'dana@example.com';
    login.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  },
};

/** Too many attempts: the server's Retry-After, in minutes. */
export const RateLimited: Story = {
  render: () =>
    html`<portal-login api-base="https://billing.example.com/v1" business-id="biz_demo" .fetch=${loginApi({ rateLimited: true })}></portal-login>`,
  play: Sent.play,
};

/** An address that is not one: explained on the field, nothing sent. */
export const InvalidEmail: Story = {
  render: Form.render,
  play: async ({ canvasElement }) => {
    const login = canvasElement.querySelector('portal-login')!;
    await login.updateComplete;
    login.shadowRoot!.querySelector('input')!.value = 'not-an-email';
    login.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  },
};
