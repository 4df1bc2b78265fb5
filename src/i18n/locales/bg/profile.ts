import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'profile'> = {
  'profile.title': 'Вашите данни',
  'profile.loading': 'Зареждане на данните ви…',
  'profile.signedOut': 'Влезте, за да видите данните си.',
  'profile.allReadOnly': 'Данните ви не могат да бъдат променени тук. Свържете се с нас, за да ги актуализирате.',
  'profile.edit': 'Редактиране на данните',
  'profile.notProvided': 'Не е посочено',
  'profile.name': 'Име',
  'profile.email': 'Имейл',
  'profile.phone': 'Телефон',
  'profile.billing': 'Адрес за фактуриране',
  'profile.shipping': 'Адрес за доставка',
  'profile.taxIds': 'Данъчни номера',
  'profile.taxType.eu_vat': 'ДДС номер (ЕС)',
  'profile.taxType.gb_vat': 'ДДС номер (Обединеното кралство)',
  'profile.taxType.us_ein': 'EIN (САЩ)',
  'profile.taxType.au_abn': 'ABN (Австралия)',
  'profile.taxType.ca_bn': 'BN (Канада)',
  'profile.taxType.ca_gst_hst': 'GST/HST номер (Канада)',
  'profile.taxType.ch_vat': 'ДДС номер (Швейцария)',
  'profile.taxType.no_vat': 'ДДС номер (Норвегия)',
  'profile.taxType.nz_gst': 'GST номер (Нова Зеландия)',
  'profile.taxType.in_gst': 'GST номер (Индия)',
  'profile.taxType.za_vat': 'ДДС номер (Южна Африка)',
  'profile.taxType.ae_trn': 'TRN (ОАЕ)',
  'profile.taxType.jp_cn': 'Корпоративен номер (Япония)',
  'profile.taxType.sg_gst': 'GST номер (Сингапур)',
  'profile.saved': 'Запазено.',
};

export default strings;
