import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'profile'> = {
  'profile.title': 'Tus datos',
  'profile.loading': 'Cargando tus datos…',
  'profile.signedOut': 'Inicia sesión para ver tus datos.',
  'profile.allReadOnly': 'Tus datos no se pueden cambiar aquí. Ponte en contacto con nosotros para actualizarlos.',
  'profile.edit': 'Editar datos',
  'profile.notProvided': 'Sin indicar',
  'profile.name': 'Nombre',
  'profile.email': 'Correo electrónico',
  'profile.phone': 'Teléfono',
  'profile.billing': 'Dirección de facturación',
  'profile.shipping': 'Dirección de envío',
  'profile.taxIds': 'Identificaciones fiscales',
  'profile.taxType.eu_vat': 'NIF-IVA de la UE',
  'profile.taxType.gb_vat': 'Número de IVA del Reino Unido',
  'profile.taxType.us_ein': 'EIN de EE. UU.',
  'profile.taxType.au_abn': 'ABN de Australia',
  'profile.taxType.ca_bn': 'BN de Canadá',
  'profile.taxType.ca_gst_hst': 'Número de GST/HST de Canadá',
  'profile.taxType.ch_vat': 'Número de IVA de Suiza',
  'profile.taxType.no_vat': 'Número de IVA de Noruega',
  'profile.taxType.nz_gst': 'Número de GST de Nueva Zelanda',
  'profile.taxType.in_gst': 'Número de GST de la India',
  'profile.taxType.za_vat': 'Número de IVA de Sudáfrica',
  'profile.taxType.ae_trn': 'TRN de los EAU',
  'profile.taxType.jp_cn': 'Número corporativo de Japón',
  'profile.taxType.sg_gst': 'Número de GST de Singapur',
  'profile.saved': 'Guardado.',
};

export default strings;
