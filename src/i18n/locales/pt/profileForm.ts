import { plural } from '../../plural.js';
import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'profileForm'> = {
  'profileForm.readOnly': 'Contacte-nos para alterar este dado.',
  'profileForm.contact': 'Contacto',
  'profileForm.phone': 'Telefone (opcional)',
  'profileForm.phoneHint': 'Com o indicativo do país, por exemplo +351 212 345 678.',
  'profileForm.addressHint': 'Deixe todos os campos vazios para remover esta morada.',
  'profileForm.shippingName': 'Destinatário',
  'profileForm.shippingPhone': 'Telefone do destinatário (opcional)',
  'profileForm.line1': 'Morada',
  'profileForm.line2': 'Andar, porta, bloco (opcional)',
  'profileForm.city': 'Localidade',
  'profileForm.state': 'Distrito, estado ou região (opcional)',
  'profileForm.postalCode': 'Código postal',
  'profileForm.country': 'País',
  'profileForm.chooseCountry': 'Escolha um país',
  'profileForm.taxIds.hint': 'Apresentados nas suas faturas.',
  'profileForm.taxIds.none': 'Sem números fiscais.',
  'profileForm.taxId': (n) => `Número fiscal ${n}`,
  'profileForm.taxType': 'Tipo',
  'profileForm.taxValue': 'Número',
  'profileForm.taxExample': (example) => `Por exemplo, ${example}.`,
  'profileForm.taxAdd': 'Adicionar número fiscal',
  'profileForm.taxRemove': 'Remover',
  'profileForm.taxRemoved': (n) => `Número fiscal ${n} removido. Guarde para manter a alteração.`,
  'profileForm.save': 'Guardar',
  'profileForm.saving': 'A guardar…',
  'profileForm.cancel': 'Cancelar',
  'profileForm.unchanged': 'Não alterou nada, por isso não havia nada para guardar.',
  'profileForm.required': (label) => `O campo «${label}» é obrigatório.`,
  'profileForm.invalidEmail': 'Introduza um endereço de email como nome@example.com.',
  'profileForm.invalidField': (label, detail) => `${label}: ${detail}.`,
  'profileForm.checkFields': (count) =>
    `${plural('pt', count, { one: 'Um campo precisa', other: '# campos precisam' })} da sua atenção. Nada foi guardado.`,
  'profileForm.notSaved': 'As suas alterações não foram guardadas.',
};

export default strings;
