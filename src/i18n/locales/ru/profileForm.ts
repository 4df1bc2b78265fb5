import { plural } from '../../plural.js';
import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'profileForm'> = {
  'profileForm.readOnly': 'Чтобы изменить это, свяжитесь с нами.',
  'profileForm.contact': 'Контакты',
  'profileForm.phone': 'Телефон (необязательно)',
  'profileForm.phoneHint': 'С кодом страны, например +7 495 123-45-67.',
  'profileForm.addressHint': 'Оставьте все поля пустыми, чтобы удалить этот адрес.',
  'profileForm.shippingName': 'Получатель',
  'profileForm.shippingPhone': 'Телефон получателя (необязательно)',
  'profileForm.line1': 'Адрес',
  'profileForm.line2': 'Квартира, офис, этаж (необязательно)',
  'profileForm.city': 'Город',
  'profileForm.state': 'Область, край или регион (необязательно)',
  'profileForm.postalCode': 'Почтовый индекс',
  'profileForm.country': 'Страна',
  'profileForm.chooseCountry': 'Выберите страну',
  'profileForm.taxIds.hint': 'Указываются в ваших счетах.',
  'profileForm.taxIds.none': 'Нет налоговых номеров.',
  'profileForm.taxId': (n) => `Налоговый номер ${n}`,
  'profileForm.taxType': 'Тип',
  'profileForm.taxValue': 'Номер',
  'profileForm.taxExample': (example) => `Например, ${example}.`,
  'profileForm.taxAdd': 'Добавить налоговый номер',
  'profileForm.taxRemove': 'Удалить',
  'profileForm.taxRemoved': (n) => `Налоговый номер ${n} удалён. Сохраните, чтобы применить изменение.`,
  'profileForm.save': 'Сохранить',
  'profileForm.saving': 'Сохранение…',
  'profileForm.cancel': 'Отмена',
  'profileForm.unchanged': 'Ничего не изменилось, сохранять нечего.',
  'profileForm.required': (label) => `Поле «${label}» обязательно.`,
  'profileForm.invalidEmail': 'Введите адрес эл. почты, например name@example.com.',
  'profileForm.invalidField': (label, detail) => `${label}: ${detail}.`,
  'profileForm.checkFields': (count) =>
    `${plural('ru', count, { one: '# поле требует', few: '# поля требуют', many: '# полей требуют', other: '# поля требуют' })} вашего внимания. Ничего не сохранено.`,
  'profileForm.notSaved': 'Изменения не сохранены.',
};

export default strings;
