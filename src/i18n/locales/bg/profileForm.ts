import { plural } from '../../plural.js';
import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'profileForm'> = {
  'profileForm.readOnly': 'Свържете се с нас, за да промените това.',
  'profileForm.contact': 'Контакт',
  'profileForm.phone': 'Телефон (по избор)',
  'profileForm.phoneHint': 'С кода на държавата, напр. +359 88 123 4567.',
  'profileForm.addressHint': 'Оставете всички полета празни, за да премахнете този адрес.',
  'profileForm.shippingName': 'Получател',
  'profileForm.shippingPhone': 'Телефон на получателя (по избор)',
  'profileForm.line1': 'Адрес',
  'profileForm.line2': 'Апартамент, офис, етаж (по избор)',
  'profileForm.city': 'Град',
  'profileForm.state': 'Щат, провинция или област (по избор)',
  'profileForm.postalCode': 'Пощенски код',
  'profileForm.country': 'Държава',
  'profileForm.chooseCountry': 'Изберете държава',
  'profileForm.taxIds.hint': 'Показват се във фактурите ви.',
  'profileForm.taxIds.none': 'Няма данъчни номера.',
  'profileForm.taxId': (n) => `Данъчен номер ${n}`,
  'profileForm.taxType': 'Вид',
  'profileForm.taxValue': 'Номер',
  'profileForm.taxExample': (x) => `Напр. ${x}.`,
  'profileForm.taxAdd': 'Добавяне на данъчен номер',
  'profileForm.taxRemove': 'Премахване',
  'profileForm.taxRemoved': (n) => `Данъчен номер ${n} е премахнат. Запазете, за да съхраните промяната.`,
  'profileForm.save': 'Запазване',
  'profileForm.saving': 'Запазване…',
  'profileForm.cancel': 'Отказ',
  'profileForm.unchanged': 'Нищо не е променено, така че нямаше какво да се запази.',
  'profileForm.required': (l) => `Полето „${l}“ е задължително.`,
  'profileForm.invalidEmail': 'Въведете имейл адрес във формат name@example.com.',
  'profileForm.invalidField': (l, d) => `${l}: ${d}.`,
  'profileForm.checkFields': (c) =>
    `${plural('bg', c, { one: 'Едно поле изисква', other: '# полета изискват' })} вниманието ви. Нищо не е запазено.`,
  'profileForm.notSaved': 'Промените ви не са запазени.',
};

export default strings;
