/** The pause flow: pause until a date (at most 12 months ahead) or until the customer resumes. */
import { html } from 'lit';
import { live } from 'lit/directives/live.js';
import { emit } from '../../events.js';
import { DialogFlow, dayInput } from './dialog-flow.js';
import { subscriptionName, type FlowContext, type FlowHost, type Subscription } from './shared.js';

const DAY = 86_400_000;

export class PauseFlow extends DialogFlow {
  until: 'date' | 'resumed' = 'date';
  day = '';
  dayInvalid = false;

  constructor(host: FlowHost, ctx: FlowContext) {
    super(host, ctx, 'pause-dialog');
  }

  async open(sub: Subscription, opener: HTMLElement | null): Promise<void> {
    this.reset();
    await this.show(sub, opener, false);
  }

  protected reset(): void {
    this.until = 'date';
    this.day = dayInput(new Date(Date.now() + 30 * DAY));
    this.dayInvalid = false;
  }

  /** The first and last day a pause may end on: tomorrow, and within 12 months. */
  get range(): { min: string; max: string } {
    const now = new Date();
    const max = new Date(now);
    max.setMonth(max.getMonth() + 12);
    max.setDate(max.getDate() - 1);
    return { min: dayInput(new Date(now.getTime() + DAY)), max: dayInput(max) };
  }

  #pause = async () => {
    let resumesAt: string | undefined;
    if (this.until === 'date') {
      const { min, max } = this.range;
      this.dayInvalid = !/^\d{4}-\d{2}-\d{2}$/.test(this.day) || this.day < min || this.day > max;
      if (this.dayInvalid) {
        this.host.requestUpdate();
        await this.host.updateComplete;
        this.dialog?.querySelector<HTMLInputElement>('input[type="date"]')?.focus();
        return;
      }
      resumesAt = new Date(`${this.day}T00:00:00`).toISOString();
    }
    const result = await this.act('pause', (store, sub) =>
      store.mutate(
        (signal) =>
          store.client.call('post', '/v1/subscriptions/{id}/pause', {
            params: { id: sub.id },
            body: resumesAt ? { resumes_at: resumesAt, version: sub.version } : { version: sub.version },
            signal,
          }),
        { affects: ['subscriptions'] },
      ),
    );
    if (!result) return;
    const t = this.t;
    const name = subscriptionName(result);
    emit(this.host, 'portal-subscription-paused', { subscription: result });
    this.finish(
      result,
      result.pause?.resumes_at ? t.term('subscriptions.paused.until', name, t.date(result.pause.resumes_at)) : t.term('subscriptions.paused.indefinitely', name),
    );
  };

  protected renderContent(sub: Subscription) {
    const t = this.t;
    const { min, max } = this.range;
    const choose = (until: 'date' | 'resumed') => () => {
      this.until = until;
      this.host.requestUpdate();
    };
    return html`<h2 id="${this.id}-title" tabindex="-1">${t.term('subscriptions.pause.title', subscriptionName(sub))}</h2>
      <p>${t.term('subscriptions.pause.intro')}</p>
      <form class="flow-form" novalidate @submit=${(e: Event) => (e.preventDefault(), void this.#pause())}>
        <fieldset class="choices">
          <legend>${t.term('subscriptions.pause.until')}</legend>
          <label class="choice">
            <input type="radio" name="until" value="date" .checked=${live(this.until === 'date')} @change=${choose('date')} />
            <span>${t.term('subscriptions.pause.untilDate')}</span>
          </label>
          <label class="choice">
            <input type="radio" name="until" value="resumed" .checked=${live(this.until === 'resumed')} @change=${choose('resumed')} />
            <span>${t.term('subscriptions.pause.untilResumed')}</span>
          </label>
        </fieldset>
        ${this.until === 'date'
          ? html`<label class="field">
              <span>${t.term('subscriptions.pause.date')}</span>
              <input
                type="date"
                name="resumes"
                min=${min}
                max=${max}
                required
                .value=${live(this.day)}
                aria-invalid=${this.dayInvalid ? 'true' : 'false'}
                aria-describedby="pause-date-hint"
                @input=${(e: Event) => (this.day = (e.target as HTMLInputElement).value)}
              />
              <span id="pause-date-hint" class=${this.dayInvalid ? 'hint invalid' : 'hint'}
                >${t.term('subscriptions.pause.dateHint', t.date(`${min}T12:00:00`), t.date(`${max}T12:00:00`))}</span
              >
            </label>`
          : html`<p class="hint">${t.term('subscriptions.pause.resumedHint')}</p>`}
        ${this.renderError()}
        <div class="dialog-actions">
          ${this.actionButton('pause', t.term('subscriptions.pause.submit'), t.term('subscriptions.pause.submitting'), 'submit')}
          <button type="button" class="secondary" part="button secondary" @click=${() => this.close()}>${t.term('subscriptions.dialog.cancel')}</button>
        </div>
      </form>`;
  }
}
