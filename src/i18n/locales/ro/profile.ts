import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'profile'> = {
  'profile.title': 'Datele dvs.',
  'profile.loading': 'Se încarcă datele…',
  'profile.signedOut': 'Conectați-vă pentru a vedea datele.',
  'profile.allReadOnly': 'Datele nu pot fi modificate aici. Contactați-ne pentru a le actualiza.',
  'profile.edit': 'Editați datele',
  'profile.notProvided': 'Nespecificat',
  'profile.name': 'Nume',
  'profile.email': 'E-mail',
  'profile.phone': 'Telefon',
  'profile.billing': 'Adresă de facturare',
  'profile.shipping': 'Adresă de livrare',
  'profile.taxIds': 'Coduri fiscale',
  'profile.taxType.eu_vat': 'Cod de TVA (UE)',
  'profile.taxType.gb_vat': 'Cod de TVA (Regatul Unit)',
  'profile.taxType.us_ein': 'EIN (SUA)',
  'profile.taxType.au_abn': 'ABN (Australia)',
  'profile.taxType.ca_bn': 'BN (Canada)',
  'profile.taxType.ca_gst_hst': 'Număr GST/HST (Canada)',
  'profile.taxType.ch_vat': 'Cod de TVA (Elveția)',
  'profile.taxType.no_vat': 'Cod de TVA (Norvegia)',
  'profile.taxType.nz_gst': 'Număr GST (Noua Zeelandă)',
  'profile.taxType.in_gst': 'Număr GST (India)',
  'profile.taxType.za_vat': 'Cod de TVA (Africa de Sud)',
  'profile.taxType.ae_trn': 'TRN (EAU)',
  'profile.taxType.jp_cn': 'Număr de companie (Japonia)',
  'profile.taxType.sg_gst': 'Număr GST (Singapore)',
  'profile.saved': 'Salvat.',
};

export default strings;
