import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'licenseKeys'> = {
  'licenseKeys.title': 'Lisans anahtarları',
  'licenseKeys.loading': 'Lisans anahtarları yükleniyor…',
  'licenseKeys.signedOut': 'Lisans anahtarlarınızı görmek için giriş yapın.',
  'licenseKeys.empty': 'Lisans anahtarınız yok.',
  'licenseKeys.disabled': 'Lisans anahtarları burada kullanılamıyor.',
  'licenseKeys.status.active': 'Etkin',
  'licenseKeys.status.disabled': 'Devre dışı',
  'licenseKeys.status.expired': 'Süresi doldu',
  'licenseKeys.key': 'Anahtar',
  'licenseKeys.masked': (last4) => `Gizli, son dört hanesi ${last4}`,
  'licenseKeys.show': 'Anahtarı göster',
  'licenseKeys.copy': 'Kopyala',
  'licenseKeys.copied': (product) => `${product} lisans anahtarı kopyalandı.`,
  'licenseKeys.copyFailed': 'Anahtar kopyalanamadı. Anahtar şimdi gösteriliyor: seçip kendiniz kopyalayın.',
  'licenseKeys.activations': 'Etkinleştirmeler',
  'licenseKeys.activationsOf': (used, limit) => `${used} / ${limit} kullanıldı`,
  'licenseKeys.activationsUnlimited': (used) => `${used} kullanıldı, sınır yok`,
  'licenseKeys.expires': 'Son kullanma',
  'licenseKeys.expired': 'Süresi doldu',
  'licenseKeys.never': 'Hiçbir zaman',
};

export default strings;
