import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'licenseKeys'> = {
  'licenseKeys.title': 'Лицензионные ключи',
  'licenseKeys.loading': 'Загрузка лицензионных ключей…',
  'licenseKeys.signedOut': 'Войдите, чтобы увидеть свои лицензионные ключи.',
  'licenseKeys.empty': 'У вас нет лицензионных ключей.',
  'licenseKeys.disabled': 'Лицензионные ключи здесь недоступны.',
  'licenseKeys.status.active': 'Активен',
  'licenseKeys.status.disabled': 'Отключён',
  'licenseKeys.status.expired': 'Истёк',
  'licenseKeys.key': 'Ключ',
  'licenseKeys.masked': (last4) => `Скрыт, оканчивается на ${last4}`,
  'licenseKeys.show': 'Показать ключ',
  'licenseKeys.copy': 'Копировать',
  'licenseKeys.copied': (product) => `Лицензионный ключ ${product} скопирован.`,
  'licenseKeys.copyFailed': 'Не удалось скопировать ключ. Теперь он показан: выделите и скопируйте его вручную.',
  'licenseKeys.activations': 'Активации',
  'licenseKeys.activationsOf': (used, limit) => `Использовано ${used} из ${limit}`,
  'licenseKeys.activationsUnlimited': (used) => `Использовано ${used}, без ограничений`,
  'licenseKeys.expires': 'Истекает',
  'licenseKeys.expired': 'Истёк',
  'licenseKeys.never': 'Никогда',
};

export default strings;
