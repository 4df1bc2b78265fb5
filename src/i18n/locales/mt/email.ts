import { plural } from '../../plural.js';
import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'email'> = {
  'email.login.subject': (business) => `Il-link tad-dħul tiegħek għal ${business}`,
  'email.login.body': (name, business, url, hours) =>
    `Bonġu ${name},\n\nUża din il-link biex timmaniġġja l-ħlasijiet tiegħek ma’ ${business}:\n\n${url}\n\n` +
    `Il-link taħdem darba biss u tiskadi fi żmien ${plural('mt', hours, { one: 'siegħa', two: 'sagħtejn', few: '# sigħat', many: '# siegħa', other: '# siegħa' })}. Jekk ma tlabtiex, tista’ tinjora din l-email.`,
  'email.paymentSucceeded.subject': (amount, invoice) => `Irċevejna ħlas ta’ ${amount} għall-fattura ${invoice}`,
  'email.paymentSucceeded.body': (name, amount, invoice, method, business) =>
    `Bonġu ${name},\n\nIrċevejna l-ħlas tiegħek ta’ ${amount} għall-fattura ${invoice}, imħallas b’${method}. Grazzi.\n\n${business}`,
  'email.reactivated.subject': (product) => `L-abbonament ${product} tiegħek reġa’ attiv`,
  'email.reactivated.body': (name, product, amount, invoice, business) =>
    `Bonġu ${name},\n\nL-abbonament ${product} tiegħek reġa’ attiv: l-ammont pendenti ta’ ${amount} (fattura ${invoice}) ` +
    `tħallas. M’għandek bżonn tagħmel xejn aktar.\n\n${business}`,
};

export default strings;
