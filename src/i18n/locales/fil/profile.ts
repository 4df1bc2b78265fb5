import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'profile'> = {
  'profile.title': 'Ang iyong mga detalye',
  'profile.loading': 'Nilo-load ang mga detalye mo…',
  'profile.signedOut': 'Mag-sign in para makita ang mga detalye mo.',
  'profile.allReadOnly': 'Hindi mababago rito ang mga detalye mo. Makipag-ugnayan sa amin para i-update ang mga ito.',
  'profile.edit': 'I-edit ang mga detalye',
  'profile.notProvided': 'Hindi ibinigay',
  'profile.name': 'Pangalan',
  'profile.email': 'Iyong email',
  'profile.phone': 'Telepono',
  'profile.billing': 'Address para sa pagsingil',
  'profile.shipping': 'Address para sa pagpapadala',
  'profile.taxIds': 'Mga tax ID',
  'profile.taxType.eu_vat': 'VAT number sa EU',
  'profile.taxType.gb_vat': 'VAT number sa UK',
  'profile.taxType.us_ein': 'EIN sa US',
  'profile.taxType.au_abn': 'ABN sa Australya',
  'profile.taxType.ca_bn': 'BN sa Canada',
  'profile.taxType.ca_gst_hst': 'GST/HST number sa Canada',
  'profile.taxType.ch_vat': 'VAT number sa Switzerland',
  'profile.taxType.no_vat': 'VAT number sa Norway',
  'profile.taxType.nz_gst': 'GST number sa New Zealand',
  'profile.taxType.in_gst': 'GST number sa India',
  'profile.taxType.za_vat': 'VAT number sa South Africa',
  'profile.taxType.ae_trn': 'TRN sa UAE',
  'profile.taxType.jp_cn': 'Corporate number sa Japan',
  'profile.taxType.sg_gst': 'GST number sa Singapore',
  'profile.saved': 'Na-save.',
};

export default strings;
