import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'profile'> = {
  'profile.title': 'I tuoi dati',
  'profile.loading': 'Caricamento dei tuoi dati…',
  'profile.signedOut': 'Accedi per vedere i tuoi dati.',
  'profile.allReadOnly': 'I tuoi dati non possono essere modificati qui. Contattaci per aggiornarli.',
  'profile.edit': 'Modifica dati',
  'profile.notProvided': 'Non indicato',
  'profile.name': 'Nome',
  'profile.email': 'Email',
  'profile.phone': 'Telefono',
  'profile.billing': 'Indirizzo di fatturazione',
  'profile.shipping': 'Indirizzo di spedizione',
  'profile.taxIds': 'Identificativi fiscali',
  'profile.taxType.eu_vat': 'Partita IVA UE',
  'profile.taxType.gb_vat': 'Partita IVA Regno Unito',
  'profile.taxType.us_ein': 'EIN USA',
  'profile.taxType.au_abn': 'ABN australiano',
  'profile.taxType.ca_bn': 'BN canadese',
  'profile.taxType.ca_gst_hst': 'Numero GST/HST canadese',
  'profile.taxType.ch_vat': 'Numero IVA svizzero',
  'profile.taxType.no_vat': 'Numero IVA norvegese',
  'profile.taxType.nz_gst': 'Numero GST neozelandese',
  'profile.taxType.in_gst': 'Numero GST indiano',
  'profile.taxType.za_vat': 'Numero IVA sudafricano',
  'profile.taxType.ae_trn': 'TRN Emirati Arabi Uniti',
  'profile.taxType.jp_cn': 'Numero societario giapponese',
  'profile.taxType.sg_gst': 'Numero GST di Singapore',
  'profile.saved': 'Salvato.',
};

export default strings;
