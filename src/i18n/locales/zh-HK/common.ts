import type { PartialNamespaceStrings } from '../../locales.js';

const strings: PartialNamespaceStrings<'common'> = {
  'session.warning': '為保障您的賬戶安全，除非您選擇保持登入，否則登入時段將在約一分鐘後結束。',
  'session.warningFinal': '為保障您的賬戶安全，登入時段將在約一分鐘後結束。之後請重新登入以繼續。',
  'session.offline': '您目前離線。賬務操作將暫停，直到網絡連線恢復。',
  'session.expired.title': '您的登入時段已結束',
  'session.expired.body': '為保障您的賬戶安全，由於一段時間未操作，您已登出。',
  'session.loggedOut.body': '此頁面不再顯示您的賬務資料。',
  'session.invalidLink.body': '此連結已過期或已使用過。請輸入您的電郵地址，我們會發送新的連結給您。',
  'session.renewFailed': '無法延長您的登入時段。請重新登入以繼續。',
  'login.title': '登入以管理您的賬務',
  'login.intro': '請輸入您購買時使用的電郵地址。我們會發送安全的登入連結給您。',
  'login.email': '電郵',
  'login.submit': '發送登入連結給我',
  'login.sending': '正在發送…',
  'login.invalidEmail': '請輸入有效的電郵地址，例如 name@example.com。',
  'login.sent.title': '請查看收件箱',
  'login.sent.body': (email) => `如果 ${email} 已註冊賬戶，登入連結已發出。此連結僅能使用一次，24小時後失效。`,
  'login.again': '使用其他電郵',
  'error.network': '無法連線至賬務服務。請檢查網絡連線後再試一次。',
  'error.expired': '您的登入時段已過期。請重新登入以繼續。',
  'error.malformed': '賬務服務傳回了無法讀取的內容。請稍後再試。',
  'error.offline': '您目前離線。賬務操作將暫停，直到網絡連線恢復。',
  'error.timeout': '賬務服務回應逾時。請檢查網絡連線後再試一次。',
  'app.nav': '賬務管理導覽',
  'app.section.invoices': '賬單',
  'app.section.profile': '賬戶資料',
  'app.section.licenseKeys': '授權密鑰',
  'app.privacy': '私隱政策',
  'app.poweredBy': '安全的賬務入口網站',
};

export default strings;
