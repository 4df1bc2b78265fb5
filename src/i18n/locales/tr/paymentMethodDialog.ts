import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'paymentMethodDialog'> = {
  'paymentMethodDialog.add': 'Yeni ödeme yöntemi ekle',
  'paymentMethodDialog.addHint': 'Bilgileri ödeme sağlayıcımızın güvenli sayfasına girecek, ardından buraya döneceksiniz.',
  'paymentMethodDialog.flag.default': 'Varsayılan',
  'paymentMethodDialog.flag.current': 'Mevcut',
  'paymentMethodDialog.usedBy': (names) => `Ödediği abonelikler: ${names}`,
  'paymentMethodDialog.close': 'Kapat',
  'paymentMethodDialog.cancel': 'İptal',
  'paymentMethodDialog.done': 'Bitti',
  'paymentMethodDialog.dialog.title': 'Ödeme yöntemleriniz',
  'paymentMethodDialog.dialog.subscriptionTitle': (name) => `${name} için ödeme yöntemi`,
  'paymentMethodDialog.dialog.reactivateTitle': (name) => `${name} aboneliğini yeniden etkinleştir`,
  'paymentMethodDialog.dialog.onHoldIntro': (name) =>
    `Bir ödeme başarısız olduğu için ${name} aboneliğiniz askıda. Bir ödeme yöntemi seçin: ödenmesi gereken tutar bu yöntemden tahsil edilir ve abonelik yeniden başlar.`,
  'paymentMethodDialog.dialog.pastDueIntro': (name) =>
    `${name} aboneliğinizin bir ödemesi başarısız oldu. Bir ödeme yöntemi seçin: ödenmesi gereken tutar bu yöntemden tahsil edilir.`,
  'paymentMethodDialog.dialog.outstanding': 'Şimdi ödenecek tutar',
  'paymentMethodDialog.dialog.saved': 'Kayıtlı ödeme yöntemleri',
  'paymentMethodDialog.makeDefault': 'Varsayılan yap',
  'paymentMethodDialog.saving': 'Kaydediliyor…',
  'paymentMethodDialog.alreadyDefault': 'Bu, varsayılan ödeme yönteminiz.',
  'paymentMethodDialog.defaultDone': (name) => `Varsayılan ödeme yönteminiz artık ${name}.`,
  'paymentMethodDialog.useFor': (name) => `${name} için kullan`,
  'paymentMethodDialog.alreadyUsed': (name) => `${name} zaten bu ödeme yöntemini kullanıyor.`,
  'paymentMethodDialog.usedNow': (subscription, method) => `${subscription} artık ${method} ile ödeniyor.`,
  'paymentMethodDialog.pay': (amount) => `${amount} öde ve yeniden etkinleştir`,
  'paymentMethodDialog.paying': 'Ödeniyor…',
  'paymentMethodDialog.reactivated.title': 'Ödeme alındı',
  'paymentMethodDialog.reactivated.body': (name, amount) => `${amount} ödendi ve ${name} aboneliğiniz yeniden etkin.`,
  'paymentMethodDialog.reactivated.with': (method) => `Ödeme yöntemi: ${method}.`,
  'paymentMethodDialog.reactivated.renews': (date) => `${date} tarihinde yenilenir.`,
  'paymentMethodDialog.reactivated.announce': (name, amount) => `${amount} ödendi. ${name} aboneliğiniz yeniden etkin.`,
  'paymentMethodDialog.receipt': (number) => `Makbuz: fatura ${number} (PDF)`,
  'paymentMethodDialog.declined.title': 'Ödeme gerçekleşmedi.',
  'paymentMethodDialog.declined.still': (name, onHold) =>
    `${name} aboneliğiniz hâlâ ${onHold ? 'askıda' : 'ödeme gecikmesinde'}. Başka bir ödeme yöntemi seçin veya yeni bir tane ekleyip yeniden deneyin.`,
  'paymentMethodDialog.conflict': 'Bu abonelik bu arada değişti. Ayrıntıları kontrol edip yeniden deneyin.',
  'paymentMethodDialog.conflictSettled': (name) => `${name} için ödenecek bir şey kalmadı; ücret alınmadı.`,
  'paymentMethodDialog.remove': (name) => `Kaldır: ${name}`,
  'paymentMethodDialog.remove.confirm': (name) => `${name} kaldırılsın mı?`,
  'paymentMethodDialog.remove.moves': (names) => `${names} bundan sonra varsayılan ödeme yönteminizden tahsil edilecek.`,
  'paymentMethodDialog.remove.yes': 'Kaldır',
  'paymentMethodDialog.remove.no': 'Kalsın',
  'paymentMethodDialog.removing': 'Kaldırılıyor…',
  'paymentMethodDialog.remove.lastNeeded':
    'Bu tek ödeme yönteminiz ve aboneliklerinizin bir ödeme yöntemine ihtiyacı var, bu nedenle kaldırılamaz. Önce başka bir ödeme yöntemi ekleyin.',
  'paymentMethodDialog.remove.refused': (message) => `Kaldırılmadı. ${message}`,
  'paymentMethodDialog.removed': (name) => `${name} kaldırıldı.`,
  'paymentMethodDialog.added': (name) => `${name} eklendi.`,
  'paymentMethodDialog.addedPayNext': (name, amount) =>
    `${name} eklendi. Bununla ödemek için “${amount} öde ve yeniden etkinleştir” düğmesine basın.`,
};

export default strings;
