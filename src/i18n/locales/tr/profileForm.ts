import { plural } from '../../plural.js';
import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'profileForm'> = {
  'profileForm.readOnly': 'Bunu değiştirmek için bizimle iletişime geçin.',
  'profileForm.contact': 'İletişim',
  'profileForm.phone': 'Telefon (isteğe bağlı)',
  'profileForm.phoneHint': 'Ülke koduyla birlikte, ör. +90 212 555 01 32.',
  'profileForm.addressHint': 'Bu adresi kaldırmak için tüm alanları boş bırakın.',
  'profileForm.shippingName': 'Alıcı',
  'profileForm.shippingPhone': 'Alıcının telefonu (isteğe bağlı)',
  'profileForm.line1': 'Adres',
  'profileForm.line2': 'Daire, ofis, kat (isteğe bağlı)',
  'profileForm.city': 'Şehir',
  'profileForm.state': 'İl, eyalet veya bölge (isteğe bağlı)',
  'profileForm.postalCode': 'Posta kodu',
  'profileForm.country': 'Ülke',
  'profileForm.chooseCountry': 'Ülke seçin',
  'profileForm.taxIds.hint': 'Faturalarınızda gösterilir.',
  'profileForm.taxIds.none': 'Vergi numarası yok.',
  'profileForm.taxId': (n) => `Vergi numarası ${n}`,
  'profileForm.taxType': 'Tür',
  'profileForm.taxValue': 'Numara',
  'profileForm.taxExample': (example) => `Ör. ${example}.`,
  'profileForm.taxAdd': 'Vergi numarası ekle',
  'profileForm.taxRemove': 'Kaldır',
  'profileForm.taxRemoved': (n) => `Vergi numarası ${n} kaldırıldı. Değişikliği korumak için kaydedin.`,
  'profileForm.save': 'Kaydet',
  'profileForm.saving': 'Kaydediliyor…',
  'profileForm.cancel': 'İptal',
  'profileForm.unchanged': 'Hiçbir şey değişmedi, kaydedilecek bir şey yok.',
  'profileForm.required': (label) => `${label} alanı zorunludur.`,
  'profileForm.invalidEmail': 'name@example.com gibi bir e-posta adresi girin.',
  'profileForm.invalidField': (label, detail) => `${label}: ${detail}.`,
  'profileForm.checkFields': (count) =>
    `${plural('tr', count, { one: 'Bir alan', other: '# alan' })} dikkatinizi gerektiriyor. Hiçbir şey kaydedilmedi.`,
  'profileForm.notSaved': 'Değişiklikleriniz kaydedilmedi.',
};

export default strings;
