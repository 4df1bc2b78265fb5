import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'licenseKeys'> = {
  'licenseKeys.title': 'Лицензионни ключове',
  'licenseKeys.loading': 'Зареждане на лицензионните ключове…',
  'licenseKeys.signedOut': 'Влезте, за да видите лицензионните си ключове.',
  'licenseKeys.empty': 'Нямате лицензионни ключове.',
  'licenseKeys.disabled': 'Лицензионните ключове не са налични тук.',
  'licenseKeys.status.active': 'Активен',
  'licenseKeys.status.disabled': 'Деактивиран',
  'licenseKeys.status.expired': 'Изтекъл',
  'licenseKeys.key': 'Ключ',
  'licenseKeys.masked': (last4) => `Скрит, завършва на ${last4}`,
  'licenseKeys.show': 'Показване на ключа',
  'licenseKeys.copy': 'Копиране',
  'licenseKeys.copied': (product) => `Лицензионният ключ за ${product} е копиран.`,
  'licenseKeys.copyFailed': 'Не успяхме да копираме ключа. Сега е показан: маркирайте го и го копирайте ръчно.',
  'licenseKeys.activations': 'Активации',
  'licenseKeys.activationsOf': (used, limit) => `Използвани ${used} от ${limit}`,
  'licenseKeys.activationsUnlimited': (used) => `Използвани ${used}, без ограничение`,
  'licenseKeys.expires': 'Изтича',
  'licenseKeys.expired': 'Изтекъл',
  'licenseKeys.never': 'Никога',
};

export default strings;
