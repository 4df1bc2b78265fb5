import { plural } from '../../plural.js';
import type { NamespaceStrings } from '../../locales.js';

/** The status agreeing with «factura»: singular and plural. */
const one: Record<string, string> = { paid: 'pagada', open: 'abierta', void: 'anulada', uncollectible: 'incobrable' };
const many: Record<string, string> = { paid: 'pagadas', open: 'abiertas', void: 'anuladas', uncollectible: 'incobrables' };
const more = (hasMore: boolean) => (hasMore ? ', hay más disponibles' : '');

const strings: NamespaceStrings<'invoices'> = {
  'invoices.title': 'Facturas',
  'invoices.caption': 'Historial de facturas',
  'invoices.column.number': 'Número',
  'invoices.column.date': 'Fecha',
  'invoices.column.amount': 'Importe',
  'invoices.column.status': 'Estado',
  'invoices.column.download': 'Factura en PDF',
  'invoices.download': 'PDF',
  'invoices.download.label': (number) => `Descargar la factura ${number} en PDF`,
  'invoices.loading': 'Cargando facturas…',
  'invoices.empty': 'Aún no hay facturas. Aparecerán aquí cuando se te facture algo.',
  'invoices.more': 'Mostrar más facturas',
  'invoices.loadingMore': 'Cargando más facturas…',
  'invoices.loaded': (count, hasMore) =>
    `${plural('es', count, { one: 'Se muestra una factura', other: 'Se muestran # facturas' })}${more(hasMore)}.`,
  'invoices.signedOut': 'Inicia sesión para ver tus facturas.',
  'invoices.status.draft': 'Borrador',
  'invoices.status.open': 'Abierta',
  'invoices.status.paid': 'Pagada',
  'invoices.status.void': 'Anulada',
  'invoices.status.uncollectible': 'Incobrable',
  'invoices.column.description': 'Descripción',
  'invoices.column.actions': 'Acciones',
  'invoices.pay': 'Pagar',
  'invoices.pay.label': (number, amount) => `Pagar la factura ${number} (importe pendiente: ${amount})`,
  'invoices.filter': 'Estado',
  'invoices.filter.all': 'Todas',
  'invoices.filtered': (status, count, hasMore) =>
    `${plural('es', count, { one: `Se muestra una factura ${one[status] ?? status}`, other: `Se muestran # facturas ${many[status] ?? status}` })}${more(hasMore)}.`,
  'invoices.filterEmpty': (status) => `No hay facturas ${many[status] ?? status}.`,
  'invoices.window': (first, last) => `Facturas ${first}–${last}`,
  'invoices.windowLoaded': (first, last, hasMore) => `Se muestran las facturas ${first}–${last}${more(hasMore)}.`,
  'invoices.newest': 'Volver a las más recientes',
  'invoices.newestShown': 'Se muestran las facturas más recientes.',
  'invoices.paid': (number) => `Factura ${number} pagada.`,
};

export default strings;
