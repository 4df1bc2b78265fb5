import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'profile'> = {
  'profile.title': 'Jūsų duomenys',
  'profile.loading': 'Įkeliami jūsų duomenys…',
  'profile.signedOut': 'Prisijunkite, kad matytumėte savo duomenis.',
  'profile.allReadOnly': 'Jūsų duomenų čia pakeisti negalima. Norėdami juos atnaujinti, susisiekite su mumis.',
  'profile.edit': 'Redaguoti duomenis',
  'profile.notProvided': 'Nenurodyta',
  'profile.name': 'Vardas',
  'profile.email': 'El. paštas',
  'profile.phone': 'Telefonas',
  'profile.billing': 'Atsiskaitymo adresas',
  'profile.shipping': 'Pristatymo adresas',
  'profile.taxIds': 'Mokesčių ID',
  'profile.taxType.eu_vat': 'PVM kodas (ES)',
  'profile.taxType.gb_vat': 'PVM kodas (JK)',
  'profile.taxType.us_ein': 'EIN (JAV)',
  'profile.taxType.au_abn': 'ABN (Australija)',
  'profile.taxType.ca_bn': 'BN (Kanada)',
  'profile.taxType.ca_gst_hst': 'GST/HST numeris (Kanada)',
  'profile.taxType.ch_vat': 'PVM kodas (Šveicarija)',
  'profile.taxType.no_vat': 'PVM kodas (Norvegija)',
  'profile.taxType.nz_gst': 'GST numeris (Naujoji Zelandija)',
  'profile.taxType.in_gst': 'GST numeris (Indija)',
  'profile.taxType.za_vat': 'PVM kodas (PAR)',
  'profile.taxType.ae_trn': 'TRN (JAE)',
  'profile.taxType.jp_cn': 'Įmonės numeris (Japonija)',
  'profile.taxType.sg_gst': 'GST numeris (Singapūras)',
  'profile.saved': 'Išsaugota.',
};

export default strings;
