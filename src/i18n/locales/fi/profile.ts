import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'profile'> = {
  'profile.title': 'Tietosi',
  'profile.loading': 'Ladataan tietojasi…',
  'profile.signedOut': 'Kirjaudu sisään nähdäksesi tietosi.',
  'profile.allReadOnly': 'Tietojasi ei voi muuttaa täällä. Ota meihin yhteyttä päivittääksesi ne.',
  'profile.edit': 'Muokkaa tietoja',
  'profile.notProvided': 'Ei annettu',
  'profile.name': 'Nimi',
  'profile.email': 'Sähköposti',
  'profile.phone': 'Puhelin',
  'profile.billing': 'Laskutusosoite',
  'profile.shipping': 'Toimitusosoite',
  'profile.taxIds': 'Verotunnisteet',
  'profile.taxType.eu_vat': 'ALV-numero (EU)',
  'profile.taxType.gb_vat': 'ALV-numero (Iso-Britannia)',
  'profile.taxType.us_ein': 'EIN (Yhdysvallat)',
  'profile.taxType.au_abn': 'ABN (Australia)',
  'profile.taxType.ca_bn': 'BN (Kanada)',
  'profile.taxType.ca_gst_hst': 'GST/HST-numero (Kanada)',
  'profile.taxType.ch_vat': 'ALV-numero (Sveitsi)',
  'profile.taxType.no_vat': 'ALV-numero (Norja)',
  'profile.taxType.nz_gst': 'GST-numero (Uusi-Seelanti)',
  'profile.taxType.in_gst': 'GST-numero (Intia)',
  'profile.taxType.za_vat': 'ALV-numero (Etelä-Afrikka)',
  'profile.taxType.ae_trn': 'TRN (Arabiemiirikunnat)',
  'profile.taxType.jp_cn': 'Yritysnumero (Japani)',
  'profile.taxType.sg_gst': 'GST-numero (Singapore)',
  'profile.saved': 'Tallennettu.',
};

export default strings;
