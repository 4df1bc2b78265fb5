import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'profile'> = {
  'profile.title': 'Id-dettalji tiegħek',
  'profile.loading': 'Qed jitgħabbew id-dettalji tiegħek…',
  'profile.signedOut': 'Idħol biex tara d-dettalji tiegħek.',
  'profile.allReadOnly': 'Id-dettalji tiegħek ma jistgħux jinbidlu hawn. Ikkuntattjana biex taġġornahom.',
  'profile.edit': 'Editja d-dettalji',
  'profile.notProvided': 'Mhux mogħti',
  'profile.name': 'Isem',
  'profile.email': 'Indirizz tal-email',
  'profile.phone': 'Telefon',
  'profile.billing': 'Indirizz għall-fatturazzjoni',
  'profile.shipping': 'Indirizz għall-kunsinna',
  'profile.taxIds': 'Numri tat-taxxa',
  'profile.taxType.eu_vat': 'Numru tal-VAT tal-UE',
  'profile.taxType.gb_vat': 'Numru tal-VAT tar-Renju Unit',
  'profile.taxType.us_ein': 'EIN tal-Istati Uniti',
  'profile.taxType.au_abn': 'ABN Awstraljan',
  'profile.taxType.ca_bn': 'BN Kanadiż',
  'profile.taxType.ca_gst_hst': 'Numru tal-GST/HST Kanadiż',
  'profile.taxType.ch_vat': 'Numru tal-VAT Żvizzeru',
  'profile.taxType.no_vat': 'Numru tal-VAT Norveġiż',
  'profile.taxType.nz_gst': 'Numru tal-GST ta’ New Zealand',
  'profile.taxType.in_gst': 'Numru tal-GST Indjan',
  'profile.taxType.za_vat': 'Numru tal-VAT tal-Afrika t’Isfel',
  'profile.taxType.ae_trn': 'TRN tal-Emirati Għarab Magħquda',
  'profile.taxType.jp_cn': 'Numru korporattiv Ġappuniż',
  'profile.taxType.sg_gst': 'Numru tal-GST ta’ Singapor',
  'profile.saved': 'Salvat.',
};

export default strings;
