/** English, `email`: the emails the server sends, from the same bundles in the customer's language (never in the kit). */
const strings = {
  'email.login.subject': (business: string) => `Your sign-in link for ${business}`,
  'email.login.body': (name: string, business: string, url: string, hours: number) =>
    `Hello ${name},\n\nUse this link to manage your billing with ${business}:\n\n${url}\n\n` +
    `The link works once and expires in ${hours} hours. If you did not ask for it, you can ignore this email.`,
  'email.paymentSucceeded.subject': (amount: string, invoice: string) => `Payment of ${amount} received for invoice ${invoice}`,
  'email.paymentSucceeded.body': (name: string, amount: string, invoice: string, method: string, business: string) =>
    `Hello ${name},\n\nWe received your payment of ${amount} for invoice ${invoice}, paid with ${method}. Thank you.\n\n${business}`,
  'email.reactivated.subject': (product: string) => `Your ${product} subscription is active again`,
  'email.reactivated.body': (name: string, product: string, amount: string, invoice: string, business: string) =>
    `Hello ${name},\n\nYour ${product} subscription is active again: the outstanding ${amount} (invoice ${invoice}) ` +
    `has been paid. Nothing else is needed from you.\n\n${business}`,
} satisfies Record<string, string | ((...args: never[]) => string)>;

export default strings;
