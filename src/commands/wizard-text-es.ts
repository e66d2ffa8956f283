import type { SameKeys, Words } from '../core/words.js';
import type { CostData } from '../core/data-schema.js';
import type { wizardText } from './wizard-text.js';

/** A kind of trip as the scenario names it, in Spanish; anything else is shown as given. */
const TRIPS: Readonly<Record<string, string>> = { none: 'ninguno', domestic: 'nacional', international: 'internacional' };
/** A kind of insurance as the scenario names it, in Spanish; anything else is shown as given. */
const NETWORKS: Readonly<Record<string, string>> = { 'in-network': 'dentro de la red', 'out-of-network': 'fuera de la red' };

/** Every word the wizard says, in Spanish: the same keys and signatures as `wizardText`; choice `value`s unchanged. */
export const wizardTextEs = {
  welcome: (data: CostData, prices: string) =>
    'Planificador del costo de las infusiones de ketamina: unas cuantas preguntas y luego un estimado y una lista de preguntas para la clínica. Presione Enter para aceptar la respuesta sugerida.\n' +
    `${prices}\nDatos ${data.dataVersion} (${data.effectiveDate}). Información para planificar, no asesoría médica, financiera ni fiscal.\n\n`,
  pricesToday: (month: string, from: number, to: number) => `Precios actualizados a dólares de ${month}, a partir de fuentes de ${from} a ${to}.`,
  pricesPublished: (from: number, to: number) => `Precios tal como los publicaron sus fuentes, de ${from} a ${to}, sin actualizar.`,
  technique: '¿Qué tratamiento está planeando?',
  comaCaution: 'No está permitido en EE. UU.; se han reportado complicaciones graves.',
  price: (perDay: boolean) => `¿En qué parte del rango está el precio de la clínica${perDay ? ' por día de infusión' : ''}?`,
  priceChoices: (low: string, split: string, high: string, hasTypical: boolean) =>
    [
      {
        value: 'full',
        name: `Todavía no lo sé: el rango publicado completo (de ${low} a ${high})`,
        short: `Rango completo, de ${low} a ${high}`,
      },
      {
        value: 'lower',
        name: `La parte baja (de ${low} a ${split}${hasTypical ? ', el precio típico' : ''})`,
        short: `Parte baja, de ${low} a ${split}`,
      },
      { value: 'upper', name: `La parte alta (de ${split} a ${high})`, short: `Parte alta, de ${split} a ${high}` },
      { value: 'quote', name: 'Tengo una cotización de la clínica', short: 'Una cotización' },
    ] as const,
  quote: (perDay: boolean) =>
    perDay
      ? 'La cotización de una infusión, un solo monto (650) o bajo-alto (600-900):'
      : 'La cotización del tratamiento completo, un solo monto (25000) o bajo-alto (20000-30000):',
  seriesQuestion: (amount: string, high: string) =>
    `${amount} es más del triple del precio publicado más alto de una infusión (${high}). ¿Es el precio de una infusión o el de la serie completa?`,
  seriesChoices: (amount: string) =>
    [
      { value: 'series', name: 'La serie completa: calcular el precio de cada infusión', short: 'La serie completa' },
      { value: 'one', name: `Una infusión: ${amount} cada una`, short: 'Una infusión' },
    ] as const,
  seriesSessions: '¿Cuántas infusiones cubre ese precio?',
  seriesRead: (amount: string, sessions: number, each: string, total: string) =>
    `  Se toma como ${amount} por ${sessions} infusiones: ${each} cada una${total === amount ? '' : ` (${total} en total, con los centavos redondeados)`}.`,
  planKind: '¿Cómo quiere contar las infusiones ambulatorias?',
  planChoices: [
    { value: 'months', name: 'Por la duración del plan en meses (las sesiones siguen el calendario de ejemplo)', short: 'Por meses' },
    { value: 'sessions', name: 'Ya sé cuántos días de infusión son', short: 'Por días de infusión' },
  ] as const,
  months: 'Duración del plan en meses:',
  sessions: 'Número de días de infusión:',
  derivedSessions: (sessions: string, months: number, parts: string) =>
    `  Eso equivale a ${sessions} días de infusión en ${months} ${months === 1 ? 'mes' : 'meses'}: ${parts}.`,
  usesBoosters: '¿La clínica da infusiones de refuerzo después del tratamiento?',
  boosters: '¿Cuántas infusiones de refuerzo?',
  preVisits: 'Citas antes del tratamiento (consulta, evaluación):',
  postVisits: 'Citas de seguimiento después del tratamiento:',
  travel: '¿Va a viajar para recibir el tratamiento?',
  travelChoices: [
    { value: 'none', name: 'No, queda cerca de casa' },
    { value: 'domestic', name: 'Sí, dentro de EE. UU.' },
    { value: 'international', name: 'Sí, al extranjero' },
  ] as const,
  travelers: 'Personas que viajan, incluido el paciente (es común ir con un acompañante):',
  nights: 'Noches fuera de casa (la sugerencia cubre los días de tratamiento):',
  trips: '¿Cuántos viajes, contando cada infusión de refuerzo? (cada persona paga un boleto por viaje)',
  extras: '¿Agregar gastos que las cotizaciones suelen omitir? (Espacio para elegir, Enter al terminar)',
  extrasChoices: (abroad: boolean) => [
    { value: 'labs', name: 'Análisis y un electrocardiograma antes del tratamiento' },
    { value: 'psych-eval', name: 'Una evaluación psicológica' },
    { value: 'rides', name: 'Un traslado a casa después de cada infusión (millas en auto)' },
    ...(abroad ? [{ value: 'passport', name: 'Un pasaporte para cada persona que viaja' }] : []),
  ],
  rideMiles: 'Millas hasta la clínica, ida y vuelta, cada día:',
  reviewExtras: (items: number) => (items === 0 ? 'ninguno' : `${items} ${items === 1 ? 'agregado' : 'agregados'}`),
  count: (max: number, min: number) => `Escriba un número entero de ${min} a ${max} (sin fracciones, letras ni signo de menos).`,
  usesInsurance: '¿El seguro pagará una parte? (A menudo, solo las consultas)',
  insuranceKind: '¿Cómo le paga su plan a esta clínica?',
  insuranceChoices: [
    { value: 'in-network', name: 'Dentro de la red: la clínica le factura al plan', short: 'Dentro de la red' },
    {
      value: 'out-of-network',
      name: 'Fuera de la red: yo pago primero y pido el reembolso con una factura detallada (superbill)',
      short: 'Fuera de la red',
    },
  ] as const,
  coinsurance: 'Su coseguro después del deducible, en porcentaje:',
  deductible: 'Su deducible del año, en dólares:',
  deductibleMet: 'Cuánto de su deducible ya pagó este año:',
  oopMax: 'Su máximo de gastos de bolsillo, en dólares (0 si no lo sabe):',
  covered: '¿Qué pagará el plan?',
  coveredChoices: [
    {
      value: 'visits',
      name: 'Solo las consultas (la respuesta habitual: el tratamiento se niega por considerarse en investigación)',
      short: 'Solo las consultas',
    },
    {
      value: 'treatment,boosters,visits',
      name: 'El tratamiento, las infusiones de refuerzo y las consultas (después de una autorización previa o una apelación)',
      short: 'Tratamiento y consultas',
    },
  ] as const,
  hsaFsa: 'Dinero que puede usar de una cuenta de ahorros para la salud (HSA) o de una cuenta de gastos flexibles (FSA), en dólares (0 si no tiene):',
  amount: 'Escriba un monto en dólares, como 1500 o 1500.50.',
  percent: (max: number) => `Escriba un porcentaje de 0 a ${max}, como 20 o 12.5.`,
  payingKind: '¿Quiere un plan para pagarlo?',
  payingChoices: [
    { value: 'none', name: 'No, gracias', short: 'No' },
    { value: 'borrow', name: 'Pedir prestado: un préstamo o una tarjeta que se paga mes a mes', short: 'Préstamo' },
    { value: 'promo', name: 'Usar una oferta con intereses diferidos (común en las tarjetas de crédito médicas)', short: 'Oferta con intereses diferidos' },
    { value: 'save', name: 'Ahorrar primero, mes a mes', short: 'Ahorro' },
  ] as const,
  payingMonths: '¿En cuántos meses?',
  apr: (typical: number, general: number, source: string, year: number) =>
    `La tasa de porcentaje anual (APR), en porcentaje (una tarjeta de crédito médica típica cobra alrededor del ${typical}%, frente al ${general}% de las tarjetas generales; ${source}, ${year}):`,
  reviewInsurance: (kind: string, coinsurance: number | null) =>
    kind === 'none' ? 'ninguno (pago por cuenta propia)' : `${NETWORKS[kind] ?? kind}${coinsurance === null ? '' : `, coseguro del ${coinsurance / 100}%`}`,
  reviewPaying: (kind: 'none' | 'borrow' | 'promo' | 'save', months: number | null) => {
    if (kind === 'none') return 'sin plan';
    const span = `${months} ${months === 1 ? 'mes' : 'meses'}`;
    return { borrow: `préstamo a ${span}`, promo: `oferta con intereses diferidos a ${span}`, save: `ahorro durante ${span}` }[kind];
  },
  closing: '¿Qué le gustaría guardar?',
  closingChoices: (answers: string, html: string, markdown: string): { value: 'done' | 'answers' | 'html' | 'markdown'; name: string; short: string }[] => [
    { value: 'done', name: 'Nada más: terminar', short: 'Terminar' },
    { value: 'answers', name: `Las respuestas, para usarlas otra vez más adelante (${answers})`, short: 'Las respuestas' },
    { value: 'html', name: `Un informe para imprimir o compartir, como página web (${html})`, short: 'Informe HTML' },
    { value: 'markdown', name: `Un informe en texto Markdown (${markdown})`, short: 'Informe Markdown' },
  ],
  savedReport: (path: string) => `Se guardó en ${path}\n`,
  yes: 'Sí',
  no: 'No',
  mustAnswer: (yes: string, no: string) => `Responda "${yes}" o "${no}", por favor`,
  keyActions: { navigate: 'moverse', select: 'elegir', all: 'todos', invert: 'invertir', submit: 'terminar' } as Record<string, string>,
  review: 'Revise sus respuestas:',
  showEstimate: 'Todo está bien: mostrar mi estimado',
  change: (what: string, value: string) => `Cambiar ${what}: ${value}`,
  reviewQuote: (amount: string) => `cotización de ${amount}`,
  reviewRange: { full: 'rango publicado completo', lower: 'parte baja del rango', upper: 'parte alta del rango', quote: 'cotización' },
  reviewPlan: (sessions: string, months: number | null) =>
    `${sessions} días de infusión${months !== null ? ` (${months} ${months === 1 ? 'mes' : 'meses'})` : ''}`,
  reviewVisits: (pre: number, post: number) => `${pre} antes, ${post} después`,
  reviewTravel: (travel: string, travelers: number, nights: number) =>
    travel === 'none'
      ? 'ninguno'
      : `${TRIPS[travel] ?? travel}, ${travelers} ${travelers === 1 ? 'persona' : 'personas'}, ${nights} ${nights === 1 ? 'noche' : 'noches'}`,
  resume: (when: string, count: number) =>
    `Tiene respuestas de un plan que no terminó (${when}, ${count} respuesta${count === 1 ? '' : 's'}). ¿Quiere seguir donde lo dejó?`,
  keptAt: (file: string) => `Sus respuestas hasta ahora se guardaron en ${file}. Ejecute ketamine-cost otra vez para seguir donde lo dejó.`,
  needFileName: 'Escriba un nombre de archivo.',
  // Each goes after "Cambiar" (see `change`): "Cambiar el precio de la clínica: …", as text-es.ts's getQuoteQuestion names it.
  fields: {
    technique: 'el tratamiento',
    price: 'el precio de la clínica',
    plan: 'el plan ambulatorio',
    boosters: 'las infusiones de refuerzo',
    visits: 'las citas',
    travel: 'el viaje',
    extras: 'los gastos que suelen faltar',
    insurance: 'el seguro',
    paying: 'la forma de pago',
  },
  scripted: 'El mismo estimado como comando (para scripts o para compartirlo):',
  saveOffer: '¿Quiere guardar estas respuestas en un archivo para usarlas otra vez más adelante?',
  saveName: 'Nombre del archivo:',
  replace: (file: string) => `${file} ya existe. ¿Quiere reemplazarlo?`,
  saved: (path: string, file: string) => `Se guardó en ${path}\nPara usarlo otra vez: ketamine-cost estimate --scenario ${file}\n`,
} satisfies Record<string, unknown>;

/** The English module's shape with its words widened to string, so Spanish words fit; `value`s stay exact. */
// The same keys and signatures as the English: a missing or changed entry fails the type check.
const _check: Words<typeof wizardText> = wizardTextEs;
void _check;
const _sameKeys: SameKeys<typeof wizardTextEs, typeof wizardText> = true;
void _sameKeys;
