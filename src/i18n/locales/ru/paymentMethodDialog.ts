import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'paymentMethodDialog'> = {
  'paymentMethodDialog.add': 'Добавить новый способ оплаты',
  'paymentMethodDialog.addHint': 'Вы введёте данные на защищённой странице нашего платёжного провайдера, а затем вернётесь сюда.',
  'paymentMethodDialog.flag.default': 'Основной',
  'paymentMethodDialog.flag.current': 'Текущий',
  'paymentMethodDialog.usedBy': (names) => `Оплачивает: ${names}`,
  'paymentMethodDialog.close': 'Закрыть',
  'paymentMethodDialog.cancel': 'Отмена',
  'paymentMethodDialog.done': 'Готово',
  'paymentMethodDialog.dialog.title': 'Ваши способы оплаты',
  'paymentMethodDialog.dialog.subscriptionTitle': (name) => `Способ оплаты для ${name}`,
  'paymentMethodDialog.dialog.reactivateTitle': (name) => `Возобновление подписки ${name}`,
  'paymentMethodDialog.dialog.onHoldIntro': (name) =>
    `Подписка ${name} заморожена из-за неудачного платежа. Выберите способ оплаты: с него будет списана задолженность, и подписка возобновится.`,
  'paymentMethodDialog.dialog.pastDueIntro': (name) =>
    `Платёж по подписке ${name} не прошёл. Выберите способ оплаты: с него будет списана задолженность.`,
  'paymentMethodDialog.dialog.outstanding': 'К оплате сейчас',
  'paymentMethodDialog.dialog.saved': 'Сохранённые способы оплаты',
  'paymentMethodDialog.makeDefault': 'Сделать основным',
  'paymentMethodDialog.saving': 'Сохранение…',
  'paymentMethodDialog.alreadyDefault': 'Это ваш основной способ оплаты.',
  'paymentMethodDialog.defaultDone': (name) => `${name} — теперь ваш основной способ оплаты.`,
  'paymentMethodDialog.useFor': (name) => `Использовать для ${name}`,
  'paymentMethodDialog.alreadyUsed': (name) => `Подписка ${name} уже оплачивается этим способом.`,
  'paymentMethodDialog.usedNow': (subscription, method) => `Подписка ${subscription} теперь оплачивается с помощью ${method}.`,
  'paymentMethodDialog.pay': (amount) => `Оплатить ${amount} и возобновить`,
  'paymentMethodDialog.paying': 'Оплата…',
  'paymentMethodDialog.reactivated.title': 'Платёж получен',
  'paymentMethodDialog.reactivated.body': (name, amount) => `Оплачено ${amount}, подписка ${name} снова активна.`,
  'paymentMethodDialog.reactivated.with': (method) => `Оплачено с помощью ${method}.`,
  'paymentMethodDialog.reactivated.renews': (date) => `Следующее продление — ${date}.`,
  'paymentMethodDialog.reactivated.announce': (name, amount) => `Оплачено ${amount}. Подписка ${name} снова активна.`,
  'paymentMethodDialog.receipt': (number) => `Квитанция: счёт ${number} (PDF)`,
  'paymentMethodDialog.declined.title': 'Платёж не прошёл.',
  'paymentMethodDialog.declined.still': (name, onHold) =>
    `Подписка ${name} по-прежнему ${onHold ? 'заморожена' : 'просрочена'}. Выберите другой способ оплаты или добавьте новый и повторите попытку.`,
  'paymentMethodDialog.conflict': 'Подписка тем временем изменилась. Проверьте данные и повторите попытку.',
  'paymentMethodDialog.conflictSettled': (name) => `По подписке ${name} больше нечего оплачивать; ничего не списано.`,
  'paymentMethodDialog.remove': (name) => `Удалить ${name}`,
  'paymentMethodDialog.remove.confirm': (name) => `Удалить ${name}?`,
  'paymentMethodDialog.remove.moves': (names) => `Оплата ${names} будет списываться с основного способа оплаты.`,
  'paymentMethodDialog.remove.yes': 'Удалить',
  'paymentMethodDialog.remove.no': 'Оставить',
  'paymentMethodDialog.removing': 'Удаление…',
  'paymentMethodDialog.remove.lastNeeded':
    'Это ваш единственный способ оплаты, а он нужен вашим подпискам, поэтому его нельзя удалить. Сначала добавьте другой способ оплаты.',
  'paymentMethodDialog.remove.refused': (message) => `Не удалено. ${message}`,
  'paymentMethodDialog.removed': (name) => `Способ оплаты ${name} удалён.`,
  'paymentMethodDialog.added': (name) => `Способ оплаты ${name} добавлен.`,
  'paymentMethodDialog.addedPayNext': (name, amount) =>
    `Способ оплаты ${name} добавлен. Нажмите «Оплатить ${amount} и возобновить», чтобы оплатить им.`,
};

export default strings;
