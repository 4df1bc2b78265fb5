import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'profile'> = {
  'profile.title': 'Ваши данные',
  'profile.loading': 'Загрузка ваших данных…',
  'profile.signedOut': 'Войдите, чтобы увидеть свои данные.',
  'profile.allReadOnly': 'Здесь нельзя изменить ваши данные. Чтобы обновить их, свяжитесь с нами.',
  'profile.edit': 'Изменить данные',
  'profile.notProvided': 'Не указано',
  'profile.name': 'Имя',
  'profile.email': 'Эл. почта',
  'profile.phone': 'Телефон',
  'profile.billing': 'Платёжный адрес',
  'profile.shipping': 'Адрес доставки',
  'profile.taxIds': 'Налоговые номера',
  'profile.taxType.eu_vat': 'Номер НДС (ЕС)',
  'profile.taxType.gb_vat': 'Номер НДС (Великобритания)',
  'profile.taxType.us_ein': 'EIN (США)',
  'profile.taxType.au_abn': 'ABN (Австралия)',
  'profile.taxType.ca_bn': 'BN (Канада)',
  'profile.taxType.ca_gst_hst': 'Номер GST/HST (Канада)',
  'profile.taxType.ch_vat': 'Номер НДС (Швейцария)',
  'profile.taxType.no_vat': 'Номер НДС (Норвегия)',
  'profile.taxType.nz_gst': 'Номер GST (Новая Зеландия)',
  'profile.taxType.in_gst': 'Номер GST (Индия)',
  'profile.taxType.za_vat': 'Номер НДС (ЮАР)',
  'profile.taxType.ae_trn': 'TRN (ОАЭ)',
  'profile.taxType.jp_cn': 'Корпоративный номер (Япония)',
  'profile.taxType.sg_gst': 'Номер GST (Сингапур)',
  'profile.saved': 'Сохранено.',
};

export default strings;
