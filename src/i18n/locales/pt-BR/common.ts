import { plural } from '../../plural.js';
import type { PartialNamespaceStrings } from '../../locales.js';

const strings: PartialNamespaceStrings<'common'> = {
  'session.warning': 'Por segurança, sua sessão vai terminar em cerca de um minuto, a menos que você continue conectado.',
  'session.warningFinal': 'Por segurança, sua sessão vai terminar em cerca de um minuto. Depois, faça login novamente para continuar.',
  'session.stay': 'Continuar conectado',
  'session.offline': 'Você está off-line. As ações de cobrança ficam pausadas até a conexão voltar.',
  'session.expired.title': 'Sua sessão terminou',
  'session.expired.body': 'Por segurança, você foi desconectado após um período de inatividade.',
  'session.loggedOut.title': 'Você saiu',
  'session.loggedOut.body': 'Seus dados de cobrança não são mais exibidos nesta página.',
  'session.invalidLink.body': 'Ele expirou ou já foi usado. Digite seu e-mail e enviaremos um novo.',
  'session.signingIn': 'Entrando…',
  'session.return': (business) => `Voltar para ${business}`,
  'session.renewFailed': 'Não foi possível renovar sua sessão. Faça login novamente para continuar.',
  'login.title': 'Faça login para gerenciar sua cobrança',
  'login.intro': 'Digite o e-mail usado na compra. Enviaremos por e-mail um link seguro para você entrar.',
  'login.email': 'E-mail',
  'login.submit': 'Enviar link de acesso por e-mail',
  'login.sending': 'Enviando…',
  'login.invalidEmail': 'Digite um endereço de e-mail como nome@example.com.',
  'login.sent.title': 'Confira sua caixa de entrada',
  'login.sent.body': (email) =>
    `Se ${email} pertencer a uma conta, um link de acesso está a caminho. Ele funciona uma vez e expira em 24 horas.`,
  'login.again': 'Usar outro e-mail',
  'login.rateLimited': (minutes) =>
    `Muitas tentativas. Tente novamente em ${plural('pt-BR', Math.max(minutes, 1), { one: 'um minuto', other: '# minutos' })}.`,
  'error.network': 'Não foi possível acessar o serviço de cobrança. Verifique sua conexão e tente novamente.',
  'error.expired': 'Sua sessão expirou. Faça login novamente para continuar.',
  'error.unauthenticated': 'Você não está conectado.',
  'error.malformed': 'O serviço de cobrança enviou uma resposta ilegível. Tente novamente em instantes.',
  'error.server': 'Algo deu errado do nosso lado. Tente novamente em instantes.',
  'error.rate_limited': 'Muitas tentativas. Aguarde um momento e tente novamente.',
  'error.generic': 'Algo deu errado. Tente novamente.',
  'error.offline': 'Você está off-line. As ações de cobrança ficam pausadas até a conexão voltar.',
  'error.timeout': 'O serviço de cobrança demorou demais para responder. Verifique sua conexão e tente novamente.',
  'app.nav': 'Seções de cobrança',
  'app.section.subscriptions': 'Assinaturas',
  'app.section.paymentMethods': 'Formas de pagamento',
  'app.return': (business) => `Voltar para ${business}`,
  'app.poweredBy': 'Portal de cobrança seguro',
  'app.signOut': 'Sair',
};

export default strings;
