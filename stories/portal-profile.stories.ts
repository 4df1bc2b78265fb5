import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { waitFor } from 'storybook/test';
import '../src/define/portal-session.js';
import '../src/define/portal-profile.js';
import { fixtureFetch } from './fixtures/portal-api.js';
import type { ProfileFixtureOptions } from './fixtures/profile.js';

/** `<portal-profile>` in a session whose API is the fixture (a fresh one each time the story is shown). */
const inSession = (profile: ProfileFixtureOptions = {}, lang = '') => html`
  <div lang=${lang || 'en'}>
    <portal-session api-base="https://billing.example.com/v1" token="pst_story" .fetch=${fixtureFetch({ profile })}>
      <portal-profile></portal-profile>
    </portal-session>
  </div>
`;

type Canvas = { canvasElement: HTMLElement };

/** Waits for an element inside `<portal-profile>`'s shadow root. */
async function find<T extends Element>({ canvasElement }: Canvas, selector: string): Promise<T> {
  return waitFor(
    () => {
      const found = canvasElement.querySelector('portal-profile')?.shadowRoot?.querySelector<T>(selector);
      if (!found) throw new Error(`${selector} has not appeared yet.`);
      return found;
    },
    { timeout: 5000 },
  );
}

/** Types into a field as the customer would (an `input` event per change). */
async function fill(canvas: Canvas, name: string, value: string) {
  const input = await find<HTMLInputElement>(canvas, `[name="${name}"]`);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

const save = async (canvas: Canvas) => (await find<HTMLButtonElement>(canvas, 'button[part="save"]')).click();

/** Presses "Edit details" as the customer would, and waits for the form (its code loads on first use). */
async function openForm(canvas: Canvas) {
  (await find<HTMLButtonElement>(canvas, 'button[part="edit"]')).click();
  await find(canvas, 'form');
}

/** For stories whose state comes from `play`: play it in Docs too. */
const autoplay = { docs: { story: { autoplay: true } } };

const meta = {
  title: 'Elements/Profile',
  component: 'portal-profile',
  tags: ['autodocs'],
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** The details, read-only: name, email, phone, billing and shipping address in lines, an EU VAT number; "Edit details". */
export const Loaded: Story = {
  render: () => inSession(),
};

/** A customer who gave nothing but a name and an email: the rest says "Not provided". */
export const Blank: Story = {
  render: () => inSession({ blank: true }),
};

/** "Edit details" pressed: the form in place of the details, every field editable, focus on the first. */
export const Editing: Story = {
  render: () => inSession(),
  play: openForm,
  parameters: autoplay,
};

/** The form of a customer who gave nothing but a name and an email. */
export const EditingBlank: Story = {
  render: () => inSession({ blank: true }),
  play: openForm,
  parameters: autoplay,
};

/** The profile is on its way (here, forever). */
export const Loading: Story = {
  render: () => inSession({ loadForever: true }),
};

/** The API answers 500 (after two retries): the error, with "Try again". */
export const LoadError: Story = {
  render: () => inSession({ loadStatus: 500 }),
};

/** A new phone number is being saved (the fixture answers after 3 s): Save is busy; pressing it again sends nothing. */
export const Saving: Story = {
  render: () => inSession({ saveDelayMs: 3000 }),
  play: async (canvas) => {
    await openForm(canvas);
    await fill(canvas, 'phone', '+49 30 7654321');
    await save(canvas);
  },
  parameters: autoplay,
};

/** Saved: the details the server stored, "Saved." announced, focus back on Edit. */
export const Saved: Story = {
  render: () => inSession(),
  play: async (canvas) => {
    await openForm(canvas);
    await fill(canvas, 'phone', '+49 30 7654321');
    await save(canvas);
  },
  parameters: autoplay,
};

/** Checked before sending: the name is required, the email must look like one; focus on the first. */
export const FieldErrors: Story = {
  render: () => inSession(),
  play: async (canvas) => {
    await openForm(canvas);
    await fill(canvas, 'name', '');
    await fill(canvas, 'email', 'dana-at-example');
    await save(canvas);
  },
  parameters: autoplay,
};

/** The server refuses the postal code: its error lands on that field; everything typed stays. */
export const ServerFieldError: Story = {
  render: () => inSession(),
  play: async (canvas) => {
    await openForm(canvas);
    await fill(canvas, 'address.postal_code', '1011');
    await save(canvas);
  },
  parameters: autoplay,
};

/** The server refuses the second tax ID: marked on its own row. */
export const TaxIdError: Story = {
  render: () => inSession(),
  play: async (canvas) => {
    await openForm(canvas);
    (await find<HTMLButtonElement>(canvas, 'button[part="add"]')).click();
    await fill(canvas, 'tax_ids.1.value', 'XX12');
    await save(canvas);
  },
  parameters: autoplay,
};

/** Saving failed on the server's side: said so; nothing typed is lost. */
export const SaveError: Story = {
  render: () => inSession({ saveStatus: 503 }),
  play: async (canvas) => {
    await openForm(canvas);
    await fill(canvas, 'address.city', 'Potsdam');
    await save(canvas);
  },
  parameters: autoplay,
};

/** The configuration lets customers change only their phone and email: in the form, the rest is read-only. */
export const PartlyReadOnly: Story = {
  render: () => inSession({ allowed: ['phone', 'email'] }),
  play: openForm,
  parameters: autoplay,
};

/** Profile updates are off: the details with a note whom to ask, and no Edit. */
export const ReadOnly: Story = {
  render: () => inSession({ allowed: [] }),
};

/** Inside `lang="de"`: the details in German, the country named in German (Intl.DisplayNames). */
export const German: Story = {
  render: () => inSession({}, 'de'),
};

/** Inside `lang="de"`, editing: the countries named in German and sorted for it. */
export const GermanEditing: Story = {
  render: () => inSession({}, 'de'),
  play: openForm,
  parameters: autoplay,
};
