import { plural } from '../../plural.js';
import type { PartialNamespaceStrings } from '../../locales.js';

const strings: PartialNamespaceStrings<'profileForm'> = {
  'profileForm.readOnly': 'Entre em contato conosco para alterar este dado.',
  'profileForm.contact': 'Contato',
  'profileForm.phoneHint': 'Com o código do país, por exemplo +55 11 91234-5678.',
  'profileForm.addressHint': 'Deixe todos os campos vazios para remover este endereço.',
  'profileForm.line1': 'Endereço',
  'profileForm.line2': 'Complemento (opcional)',
  'profileForm.city': 'Cidade',
  'profileForm.state': 'Estado, província ou região (opcional)',
  'profileForm.postalCode': 'CEP',
  'profileForm.chooseCountry': 'Selecione um país',
  'profileForm.taxIds.hint': 'Exibidos nas suas faturas.',
  'profileForm.taxRemoved': (n) => `Número fiscal ${n} removido. Salve para manter a alteração.`,
  'profileForm.save': 'Salvar',
  'profileForm.saving': 'Salvando…',
  'profileForm.unchanged': 'Você não alterou nada, então não havia nada para salvar.',
  'profileForm.required': (label) => `O campo “${label}” é obrigatório.`,
  'profileForm.invalidEmail': 'Digite um endereço de e-mail como nome@example.com.',
  'profileForm.checkFields': (count) =>
    `${plural('pt-BR', count, { one: 'Um campo precisa', other: '# campos precisam' })} da sua atenção. Nada foi salvo.`,
  'profileForm.notSaved': 'Suas alterações não foram salvas.',
};

export default strings;
