import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'profile'> = {
  'profile.title': 'Os seus dados',
  'profile.loading': 'A carregar os seus dados…',
  'profile.signedOut': 'Inicie sessão para ver os seus dados.',
  'profile.allReadOnly': 'Os seus dados não podem ser alterados aqui. Contacte-nos para os atualizar.',
  'profile.edit': 'Editar dados',
  'profile.notProvided': 'Não indicado',
  'profile.name': 'Nome',
  'profile.email': 'Email',
  'profile.phone': 'Telefone',
  'profile.billing': 'Morada de faturação',
  'profile.shipping': 'Morada de envio',
  'profile.taxIds': 'Números fiscais',
  'profile.taxType.eu_vat': 'Número de IVA da UE',
  'profile.taxType.gb_vat': 'Número de IVA do Reino Unido',
  'profile.taxType.us_ein': 'EIN dos EUA',
  'profile.taxType.au_abn': 'ABN da Austrália',
  'profile.taxType.ca_bn': 'BN do Canadá',
  'profile.taxType.ca_gst_hst': 'Número GST/HST do Canadá',
  'profile.taxType.ch_vat': 'Número de IVA da Suíça',
  'profile.taxType.no_vat': 'Número de IVA da Noruega',
  'profile.taxType.nz_gst': 'Número GST da Nova Zelândia',
  'profile.taxType.in_gst': 'Número GST da Índia',
  'profile.taxType.za_vat': 'Número de IVA da África do Sul',
  'profile.taxType.ae_trn': 'TRN dos EAU',
  'profile.taxType.jp_cn': 'Número de empresa do Japão',
  'profile.taxType.sg_gst': 'Número GST de Singapura',
  'profile.saved': 'Guardado.',
};

export default strings;
