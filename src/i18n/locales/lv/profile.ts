import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'profile'> = {
  'profile.title': 'Jūsu informācija',
  'profile.loading': 'Ielādē informāciju…',
  'profile.signedOut': 'Piesakieties, lai skatītu savu informāciju.',
  'profile.allReadOnly': 'Jūsu informāciju šeit nevar mainīt. Lai to atjauninātu, sazinieties ar mums.',
  'profile.edit': 'Rediģēt informāciju',
  'profile.notProvided': 'Nav norādīts',
  'profile.name': 'Vārds',
  'profile.email': 'E-pasts',
  'profile.phone': 'Tālrunis',
  'profile.billing': 'Norēķinu adrese',
  'profile.shipping': 'Piegādes adrese',
  'profile.taxIds': 'Nodokļu ID',
  'profile.taxType.eu_vat': 'PVN numurs (ES)',
  'profile.taxType.gb_vat': 'PVN numurs (Apvienotā Karaliste)',
  'profile.taxType.us_ein': 'EIN (ASV)',
  'profile.taxType.au_abn': 'ABN (Austrālija)',
  'profile.taxType.ca_bn': 'BN (Kanāda)',
  'profile.taxType.ca_gst_hst': 'GST/HST numurs (Kanāda)',
  'profile.taxType.ch_vat': 'PVN numurs (Šveice)',
  'profile.taxType.no_vat': 'PVN numurs (Norvēģija)',
  'profile.taxType.nz_gst': 'GST numurs (Jaunzēlande)',
  'profile.taxType.in_gst': 'GST numurs (Indija)',
  'profile.taxType.za_vat': 'PVN numurs (Dienvidāfrika)',
  'profile.taxType.ae_trn': 'TRN (AAE)',
  'profile.taxType.jp_cn': 'Uzņēmuma numurs (Japāna)',
  'profile.taxType.sg_gst': 'GST numurs (Singapūra)',
  'profile.saved': 'Saglabāts.',
};

export default strings;
