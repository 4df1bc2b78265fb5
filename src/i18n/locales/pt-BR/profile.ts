import { plural } from '../../plural.js';
import type { PartialNamespaceStrings } from '../../locales.js';

const strings: PartialNamespaceStrings<'profile'> = {
  'profile.title': 'Seus dados',
  'profile.loading': 'Carregando seus dados…',
  'profile.signedOut': 'Faça login para ver seus dados.',
  'profile.readOnly': 'Entre em contato conosco para alterar este dado.',
  'profile.allReadOnly': 'Seus dados não podem ser alterados aqui. Entre em contato conosco para atualizá-los.',
  'profile.contact': 'Contato',
  'profile.email': 'E-mail',
  'profile.phoneHint': 'Com o código do país, por exemplo +55 11 91234-5678.',
  'profile.billing': 'Endereço de cobrança',
  'profile.shipping': 'Endereço de entrega',
  'profile.addressHint': 'Deixe todos os campos vazios para remover este endereço.',
  'profile.line1': 'Endereço',
  'profile.line2': 'Complemento (opcional)',
  'profile.city': 'Cidade',
  'profile.state': 'Estado, província ou região (opcional)',
  'profile.postalCode': 'CEP',
  'profile.chooseCountry': 'Selecione um país',
  'profile.taxIds.hint': 'Exibidos nas suas faturas.',
  'profile.taxRemoved': (n) => `Número fiscal ${n} removido. Salve para manter a alteração.`,
  'profile.save': 'Salvar',
  'profile.saving': 'Salvando…',
  'profile.saved': 'Salvo.',
  'profile.unchanged': 'Você não alterou nada, então não havia nada para salvar.',
  'profile.required': (label) => `O campo “${label}” é obrigatório.`,
  'profile.invalidEmail': 'Digite um endereço de e-mail como nome@example.com.',
  'profile.checkFields': (count) =>
    `${plural('pt-BR', count, { one: 'Um campo precisa', other: '# campos precisam' })} da sua atenção. Nada foi salvo.`,
  'profile.notSaved': 'Suas alterações não foram salvas.',
};

export default strings;
