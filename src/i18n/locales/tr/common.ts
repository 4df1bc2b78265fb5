import { plural } from '../../plural.js';
import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'common'> = {
  'session.warning': 'Güvenliğiniz için, oturumda kalmayı seçmezseniz oturumunuz yaklaşık bir dakika içinde sona erecek.',
  'session.warningFinal': 'Güvenliğiniz için oturumunuz yaklaşık bir dakika içinde sona erecek. Devam etmek için ardından yeniden giriş yapın.',
  'session.stay': 'Oturumu açık tut',
  'session.offline': 'Çevrimdışısınız. Bağlantınız geri gelene kadar faturalandırma işlemleri duraklatıldı.',
  'session.expired.title': 'Oturumunuz sona erdi',
  'session.expired.body': 'Güvenliğiniz için, bir süre işlem yapmadığınızdan oturumunuz kapatıldı.',
  'session.loggedOut.title': 'Oturumunuz kapatıldı',
  'session.loggedOut.body': 'Fatura bilgileriniz artık bu sayfada gösterilmiyor.',
  'session.invalidLink.title': 'Bu giriş bağlantısı kullanılamıyor',
  'session.invalidLink.body': 'Bağlantının süresi dolmuş veya daha önce kullanılmış. E-posta adresinizi girin, size yenisini gönderelim.',
  'session.signingIn': 'Giriş yapılıyor…',
  'session.return': (business) => `${business} sitesine dön`,
  'session.returnGeneric': 'Siteye dön',
  'session.renewFailed': 'Oturumunuz yenilenemedi. Devam etmek için yeniden giriş yapın.',
  'login.title': 'Faturalandırmanızı yönetmek için giriş yapın',
  'login.intro': 'Satın alırken kullandığınız e-posta adresini girin. Giriş yapmanız için size güvenli bir bağlantı göndereceğiz.',
  'login.email': 'E-posta',
  'login.submit': 'Bana giriş bağlantısı gönder',
  'login.sending': 'Gönderiliyor…',
  'login.invalidEmail': 'name@example.com gibi bir e-posta adresi girin.',
  'login.sent.title': 'Gelen kutunuzu kontrol edin',
  'login.sent.body': (email) =>
    `${email} adresi bir hesaba aitse giriş bağlantısı yolda. Bağlantı yalnızca bir kez çalışır ve 24 saat sonra geçerliliğini yitirir.`,
  'login.again': 'Başka bir e-posta kullan',
  'login.rateLimited': (minutes) =>
    minutes <= 1
      ? 'Çok fazla deneme yapıldı. Bir dakika sonra yeniden deneyin.'
      : `Çok fazla deneme yapıldı. ${plural('tr', minutes, { one: '# dakika', other: '# dakika' })} sonra yeniden deneyin.`,
  'error.network': 'Faturalandırma hizmetine ulaşılamadı. Bağlantınızı kontrol edip yeniden deneyin.',
  'error.expired': 'Oturumunuzun süresi doldu. Devam etmek için yeniden giriş yapın.',
  'error.unauthenticated': 'Giriş yapmadınız.',
  'error.malformed': 'Faturalandırma hizmeti okuyamadığımız bir yanıt gönderdi. Birazdan yeniden deneyin.',
  'error.server': 'Bizim tarafımızda bir sorun oluştu. Birazdan yeniden deneyin.',
  'error.rate_limited': 'Çok fazla deneme yapıldı. Biraz bekleyip yeniden deneyin.',
  'error.generic': 'Bir sorun oluştu. Yeniden deneyin.',
  'error.offline': 'Çevrimdışısınız. Bağlantınız geri gelene kadar faturalandırma işlemleri duraklatıldı.',
  'error.timeout': 'Faturalandırma hizmeti çok geç yanıt verdi. Bağlantınızı kontrol edip yeniden deneyin.',
  'action.retry': 'Yeniden dene',
  'app.nav': 'Faturalandırma bölümleri',
  'app.section.subscriptions': 'Abonelikler',
  'app.section.paymentMethods': 'Ödeme yöntemleri',
  'app.section.invoices': 'Faturalar',
  'app.section.profile': 'Hesap bilgileri',
  'app.section.licenseKeys': 'Lisans anahtarları',
  'app.return': (business) => `${business} sitesine dön`,
  'app.privacy': 'Gizlilik politikası',
  'app.terms': 'Hizmet şartları',
  'app.poweredBy': 'Güvenli faturalandırma portalı',
  'app.signOut': 'Oturumu kapat',
};

export default strings;
