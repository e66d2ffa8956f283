import { formatRange } from './money.js';
import { shown } from './escape.js';
import type { text } from './text.js';

/** "--daily-income" for "dailyIncome": the flag a person would give (the same as in text.ts). */
const flagText = (name: string) => `--${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

/** The words the core passes in English (a limit's name, a kind of trip), in Spanish; anything else is shown as given. */
const WORDS: Readonly<Record<string, string>> = {
  deductible: 'deducible',
  'out-of-pocket maximum': 'máximo de gastos de bolsillo',
  domestic: 'nacional',
  international: 'internacional',
};
const es = (word: string) => WORDS[word] ?? word;

/** "1 noche", "2 noches". */
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Every sentence the core puts in front of a user, in Spanish: the same keys and signatures as `text` in text.ts. */
export const textEs = {
  disclaimer: 'Esta información es para planificar; no es asesoría médica, financiera ni fiscal.',

  // JSON que no se puede leer
  jsonUnexpected: (found: string, where: string) => `carácter inesperado ${found} en ${where}`,
  jsonEndsEarly: (where: string) => `el texto termina antes de que el JSON esté completo, en ${where}`,
  jsonColumn: (column: number) => `la columna ${column}`,
  jsonLineColumn: (line: number, column: number) => `la línea ${line}, columna ${column}`,
  jsonByteOrderMark: (where: string) => `una marca de orden de bytes invisible (U+FEFF, que algunos editores agregan) en ${where}: guarde el archivo sin ella`,
  jsonDuplicateKey: (key: string, where: string) => `la clave ${key} aparece dos veces en un mismo objeto (la segunda en ${where}): indíquela una sola vez`,

  // reading scenario fields
  empty: 'está vacío: indique un valor, u omítalo para usar el valor predeterminado',
  oneOf: (values: readonly string[], got: string, meant: string | null = null) =>
    `debe ser uno de estos valores: ${values.join(', ')} (se recibió ${got})${meant === null ? '' : `; ¿quiso decir ${meant}?`}`,
  wholeNumber: (max: number, got: string) => `debe ser un número entero de 0 a ${max} (se recibió ${got})`,
  notAnAmount: (written: string) => `debe ser un monto como 12000 o un rango como 10000-15000 (se recibió ${shown(written)})`,
  amountCents: 'debe ser un monto en dólares, no negativo, con 2 decimales como máximo (centavos)',
  quoteShape: 'debe ser un monto como 12000, un rango como "10000-15000" o {"low": 10000, "high": 15000}',
  amountField: (got: string) => `debe ser un monto en dólares como 1500 o 1500.50, de US$10,000,000 como máximo (se recibió ${got})`,
  percentField: (max: number, got: string) => `debe ser un porcentaje de 0 a ${max}, como 20 o 12.5 (se recibió ${got})`,
  listField: (values: readonly string[], got: string, meant: string | null = null) =>
    `debe ser una lista separada por comas de ${values.join(', ')}, cada uno una sola vez (se recibió ${got})${meant === null ? '' : `; ¿quiso decir ${meant}?`}`,
  needsInsurance: 'solo se aplica con --insurance in-network u out-of-network (el valor predeterminado, none, es pago por cuenta propia)',
  metAbove: (what: string) => `es mayor que el ${es(what)}: no puede superarlo`,
  needs: (other: string) => `también necesita ${other} (la opción ${flagText(other)})`,
  oopBelowDeductible: 'es menor que lo que ya pagó de su deducible, que también cuenta para el máximo de gastos de bolsillo: indique al menos esa cantidad',
  copayWithoutVisits: 'se aplica a las consultas cubiertas, pero se indicó que el plan no cubre las consultas: agregue visits a --covered u omita el copago',
  aprAlone: 'se aplica con --finance-months o --promo-months: indique una de las dos, u omita --apr',
  atLeastOneMonth: 'debe ser de al menos 1 mes',
  quotePositive: 'una cotización debe ser mayor que US$0',
  quoteTooLarge: (max: string) => `una cotización puede ser de ${max} como máximo`,
  quoteBackwards: (low: string, high: string) => `el valor bajo (${low}) es mayor que el alto (${high}): escriba primero el bajo y después el alto (bajo-alto)`,
  techniqueRequired: 'es obligatorio: elija low-dose-inpatient, outpatient o coma (vea --help)',
  unknownField: 'no es un campo que esta herramienta conozca (revise cómo está escrito)',
  givenTwice: (other: string) => `aparece dos veces (también como ${other}): indíquelo una sola vez`,
  fromFlags: 'las opciones',
  fromAnswers: 'sus respuestas',
  fromAuditedQuote: 'la cotización revisada',
  fromLine: (line: number) => `la línea ${line}`,
  droppedForTechnique: (from: string, to: string, where: string) =>
    `La técnica cambió de ${from} a ${to}, así que no se usaron la elección de precio ni el plan indicados en ${where}: cada técnica calcula su precio de otra manera.`,

  // scenario problems and notes
  quoteWithRange: (range: string) => `indique un rango de la clínica (${range}) o una cotización, pero no ambos`,
  rangeQuoteNeedsQuote: 'el rango de clínica "quote" necesita el monto de una cotización',
  noSessions: (technique: string) =>
    `la técnica "${technique}" se cobra por tratamiento completo y no tiene sesiones; las sesiones y los meses solo se aplican al tratamiento ambulatorio`,
  sessionsOrMonths: (sessions: number, months: number, derived: number) =>
    `${plural(sessions, 'sesión no coincide', 'sesiones no coinciden')} con un plan de ${plural(months, 'mes', 'meses')} (${plural(derived, 'sesión', 'sesiones')}): indique sesiones o meses, pero no ambos`,
  sessionsHighMismatch: (derived: number | null) =>
    derived === null
      ? 'solo se aplica a un plan ambulatorio'
      : `no coincide con el plan (${derived}): se calcula a partir de las sesiones o los meses; omítalo`,
  atLeastOne: 'debe ser al menos 1 para un plan ambulatorio',
  sessionsTooMany: (most: number, months: number) =>
    `debe ser como máximo ${most}: más días de infusión que esos pasan de ${months} meses en el calendario, el plan más largo (indique la duración del plan con --months)`,
  promoLongerThanLoan: (promo: number, loan: number) =>
    `(${promo} meses) es más largo que el préstamo (--finance-months, ${loan}): una oferta de intereses diferidos termina dentro de su préstamo; indique como máximo ${loan}`,
  travelersAtLeastOne: 'debe ser al menos 1 cuando hay viaje (el paciente)',
  travelIgnored: 'No se tomaron en cuenta las personas que viajan, las noches ni los viajes, porque el viaje es "none".',
  tripsAtLeastOne: 'debe ser al menos 1 cuando hay viaje',
  passportIgnored: 'Los pasaportes solo se calculan para viajes al extranjero (--travel international): no se incluyó el pasaporte.',

  // line item labels
  treatmentCourse: (technique: string) => technique,
  treatmentSessions: (technique: string) => `${technique}: días de infusión`,
  boosters: 'Infusiones de refuerzo (infusiones para el dolor de 4 horas)',
  preVisits: 'Consultas antes del tratamiento',
  postVisits: 'Consultas después del tratamiento',
  transport: (trip: string) => `Viaje (${es(trip)}): boletos de ida y vuelta`,
  lodging: (trip: string) => `Hospedaje (${es(trip)}), una habitación`,
  meals: (trip: string) => `Comidas y gastos menores (${es(trip)})`,
  quoteBasis: 'la cotización de su clínica',
  labs: 'Análisis y electrocardiograma antes del tratamiento',
  psychEval: 'Evaluación psicológica',
  passports: 'Pasaportes (uno por persona que viaja)',
  rides: (miles: number) => `Traslados a casa, ${plural(miles, 'milla', 'millas')} en auto por día`,
  rideUnit: 'traslado a casa (ida y vuelta)',
  rideNote: (cents: number, year: number) =>
    `A la tarifa médica por milla del IRS, ${cents} centavos por milla (${year}): lo que las reglas fiscales cuentan por gasolina y aceite; un traslado pagado cuesta más.`,

  // computed warnings and notes
  quoteOutside: (quote: string, low: number, high: number, below: boolean) =>
    `Su cotización (${quote}) está ${below ? 'por debajo' : 'por encima'} del rango de los datos, ${formatRange(low, high)}: pregunte qué incluye.`,
  quoteReadPerInfusion: (quote: string, sessions: string, total: string, high: string, perInfusion: string) =>
    `Su cotización (${quote}) se toma como el precio de una sola infusión: ${sessions} infusiones a ${quote} suman ${total}, y ${quote} es más del triple del precio publicado más alto de una infusión (${high}). Si ${quote} es por la serie completa, indique en su lugar el precio por infusión (--quote ${perInfusion}).`,
  getQuoteFlag: 'Los precios varían mucho de una clínica a otra: pida una cotización por escrito e indíquela con --quote.',
  getQuoteQuestion:
    '¿Tiene una cotización por escrito de la clínica? Los precios varían mucho: vuelva a usar el asistente y, en la pregunta del precio, responda "Tengo una cotización de la clínica".',
  outpatientTravel: (nights: number) =>
    `Los gastos de viaje cubren un solo viaje de ${plural(nights, 'noche', 'noches')} en total; las sesiones ambulatorias posteriores, repartidas a lo largo de varios meses, pueden requerir más viajes y noches: indique --trips y --nights.`,
  periodEnded: (what: string, ends: string, source: string) =>
    `${what}: las tarifas son de un período que terminó el ${ends} (${source}); las tarifas más nuevas pueden ser distintas.`,
  hsaNotQualified: (amount: string) =>
    `El dinero de una HSA o FSA solo paga gastos médicos calificados (Publicación 502 del IRS): no las comidas, ni el hospedaje por encima del límite por noche, ni los pasaportes. ${amount} de su parte no califica y sigue en "Falta por conseguir".`,
  fsaAboveLimit: (limit: string, carryover: string, year: number) =>
    `Una FSA de salud admite como máximo ${limit} al año (${year}), más hasta ${carryover} del año anterior: si es dinero de una FSA, revise el monto (una HSA puede tener más, ahorrado a lo largo de los años).`,
  oneYear: (months: number, floor: string) =>
    `Su plan dura unos ${plural(months, 'mes', 'meses')}: el deducible, el máximo de gastos de bolsillo y el umbral del ${floor} del ingreso para la deducción de impuestos se aplican una sola vez, como si todo cayera en un mismo año calendario. Si pasa a un año nuevo, allí vuelven a empezar.`,
  taxBasis: (year: number, filing: string, rate: string | null) =>
    `Ahorro de impuestos: solo el impuesto federal sobre la renta, año fiscal ${year}, declarando como ${filing}${rate === null ? ', con los tramos y la deducción estándar de ese año' : `, a su tasa de ${rate}`}; es el impuesto que se ahorra al detallar los gastos médicos en lugar de tomar la deducción estándar, y nunca más que el impuesto a pagar. No incluye impuestos estatales.`,
  filingNames: { single: 'soltero/a', joint: 'casado/a, declaración conjunta', head: 'cabeza de familia' } as Record<string, string>,
  careCreditApr: (typical: string, typicalYear: string, careCredit: string, year: number) =>
    `Tarjetas de crédito médicas: una TAE típica ronda el ${typical} (CFPB, ${typicalYear}); la TAE estándar de CareCredit es del ${careCredit} (páginas de terceros, ${year}).`,
  travelOmitted: 'Esta técnica suele hacerse lejos de casa, pero el viaje es "none": no se incluyen los gastos de viaje.',
  selfPay: 'Este cálculo supone que usted paga por cuenta propia; indique --insurance para ver cuánto podría pagar un plan de salud.',
  fmla: (weeks: number, months: number, hours: number, employees: number) =>
    `En EE. UU., los trabajadores pueden tomar hasta ${weeks} semanas al año de licencia sin goce de sueldo y con protección del empleo según la FMLA, en partes si es necesario, después de ${months} meses con un empleador y ${hours} horas de trabajo, si este tiene ${employees} empleados o más en un radio de 75 millas.`,
  mealDays: (travelers: number, days: number, hospital: number, mealDays: number) =>
    `${plural(travelers, 'persona que viaja', 'personas que viajan')} durante ${plural(days, 'día', 'días')}${hospital > 0 ? `, menos ${hospital === 1 ? 'el día' : `los ${hospital} días`} que el paciente pasa en el hospital` : ''}: ${plural(mealDays, 'día-persona', 'días-persona')} de comidas.`,
  olderFigure: (
    unit: string,
    published: string,
    source: string,
    from: number,
    to: number,
    today: string,
    month: string,
    basis: 'today' | 'published',
    older: boolean,
  ) =>
    `${older ? 'Una cifra publicada más antigua' : 'Otra cifra publicada'}: ${published} por ${unit} (${source}, ${from === to ? from : `alrededor de ${from}-${to}`})${basis === 'today' && today !== published ? `, unos ${today} en dólares de ${month}` : ''}.`,

  month: (yyyyMm: string) => {
    const [y, m] = yyyyMm.split('-');
    const names = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];
    return `${names[Number(m) - 1] ?? m} de ${y}`;
  },
} satisfies Record<string, unknown>;

// The same keys and signatures as the English: a missing or changed entry fails the type check.
const _check: typeof text = textEs;
void _check;
type SameKeys<A, B> = [keyof A] extends [keyof B] ? ([keyof B] extends [keyof A] ? true : false) : false;
const _sameKeys: SameKeys<typeof textEs, typeof text> = true;
void _sameKeys;
