import { plural } from '../../plural.js';
import type { NamespaceStrings } from '../../locales.js';

/** The status as an adjective agreeing with « facture » (feminine). */
const adjective: Record<string, string> = { paid: 'payée', open: 'ouverte', void: 'annulée', uncollectible: 'irrécouvrable' };
const adj = (status: string) => adjective[status] ?? status;
const more = (hasMore: boolean) => (hasMore ? ', d’autres sont disponibles' : '');

const strings: NamespaceStrings<'invoices'> = {
  'invoices.title': 'Factures',
  'invoices.caption': 'Historique des factures',
  'invoices.column.number': 'Numéro',
  'invoices.column.date': 'Date',
  'invoices.column.amount': 'Montant',
  'invoices.column.status': 'Statut',
  'invoices.column.download': 'Facture PDF',
  'invoices.download': 'PDF',
  'invoices.download.label': (number) => `Télécharger la facture ${number} en PDF`,
  'invoices.loading': 'Chargement des factures…',
  'invoices.empty': 'Aucune facture pour le moment. Elles apparaîtront ici dès votre première facturation.',
  'invoices.more': 'Afficher plus de factures',
  'invoices.loadingMore': 'Chargement d’autres factures…',
  'invoices.loaded': (count, hasMore) =>
    `${plural('fr', count, { one: '# facture affichée', other: '# factures affichées' })}${more(hasMore)}.`,
  'invoices.signedOut': 'Connectez-vous pour voir vos factures.',
  'invoices.status.draft': 'Brouillon',
  'invoices.status.open': 'Ouverte',
  'invoices.status.paid': 'Payée',
  'invoices.status.void': 'Annulée',
  'invoices.status.uncollectible': 'Irrécouvrable',
  'invoices.column.description': 'Description',
  'invoices.column.actions': 'Actions',
  'invoices.pay': 'Payer',
  'invoices.pay.label': (number, amount) => `Payer la facture ${number}, montant dû\u202f: ${amount}`,
  'invoices.filter': 'Statut',
  'invoices.filter.all': 'Toutes',
  'invoices.filtered': (status, count, hasMore) =>
    `${plural('fr', count, { one: `# facture ${adj(status)} affichée`, other: `# factures ${adj(status)}s affichées` })}${more(hasMore)}.`,
  'invoices.filterEmpty': (status) => `Aucune facture ${adj(status)}.`,
  'invoices.window': (first, last) => `Factures ${first} à ${last}`,
  'invoices.windowLoaded': (first, last, hasMore) => `Factures ${first} à ${last} affichées${more(hasMore)}.`,
  'invoices.newest': 'Revenir aux plus récentes',
  'invoices.newestShown': 'Les factures les plus récentes sont affichées.',
  'invoices.paid': (number) => `Facture ${number} payée.`,
};

export default strings;
