import type { SameKeys, Words } from '../core/words.js';
import { textEs } from '../core/text-es.js';
import type { renderText } from './render-text.js';

/** A kind of trip as the scenario names it, in Spanish; anything else is shown as given. */
const TRIPS: Readonly<Record<string, string>> = { none: 'ninguno', domestic: 'nacional', international: 'internacional' };

/** Every word the reports (table, Markdown, HTML) put on the page, in Spanish: the same keys and signatures as `renderText`. */
export const renderTextEs = {
  title: 'Estimado del costo de las infusiones de ketamina',
  inTodaysDollars: (month: string) => `en dólares de ${month}`,
  publishedAmounts: 'montos publicados, de varios años',
  pricesToday: (month: string, index: string, from: number, to: number) =>
    `Los precios están actualizados a dólares de ${month} con el índice de precios al consumidor de EE. UU. (${index}), a partir de fuentes de ${span(from, to)}.`,
  pricesPublished: (from: number, to: number) =>
    `Los precios son los montos que publicaron las propias fuentes, de ${span(from, to)}, sin actualizar a dólares de hoy.`,
  technique: (label: string, summary: string) => `Técnica: ${label}. ${summary}`,
  clinicPrice: (price: string) => `Precio de la clínica: ${price}.`,
  quotePrice: (range: string, perDay: boolean) => `la cotización de su clínica, ${range}${perDay ? ' por día de infusión' : ''}`,
  rangeParts: {
    full: 'el rango publicado completo',
    lower: 'la parte baja del rango publicado',
    upper: 'la parte alta del rango publicado',
    quote: '',
  },
  sessionsPlan: (sessions: string, months: number, phases: string) => `Sesiones: ${sessions} en un plan de ${plural(months, 'mes', 'meses')} (${phases}).`,
  sessions: (sessions: string) => `Sesiones: ${sessions}.`,
  boostersVisits: (boosters: number, pre: number, post: number) => `Infusiones de refuerzo: ${boosters}. Consultas: ${pre} antes, ${post} después.`,
  travelNone: 'Viaje: ninguno.',
  travel: (kind: string, travelers: number, nights: number, trips: number) =>
    `Viaje: ${TRIPS[kind] ?? kind}, ${plural(travelers, 'persona que viaja', 'personas que viajan')}, ${plural(nights, 'noche', 'noches')}, ${plural(trips, 'viaje', 'viajes')}.`,
  columns: ['Concepto', 'Cant.', 'Bajo', 'Típico', 'Alto'] as const,
  total: 'Total',
  estimatedTotal: (range: string, typical: string | null) => `Total estimado: ${range}${typical === null ? '' : `, normalmente unos ${typical}`}.`,
  yourShare: 'Lo que le toca pagar',
  shareRows: {
    insurer: 'Su plan paga',
    patient: 'Usted paga',
    paidUpFront: 'Usted paga por adelantado, antes del reembolso',
    countedTowardOopMax: 'Cuenta para su máximo de gastos de bolsillo',
    notCounted: 'No cuenta para ese máximo (atención no cubierta y viaje)',
    hsaFsaQualified: 'De su parte, lo que puede pagar el dinero de una HSA o FSA (gastos calificados)',
    hsaFsaCovered: 'Pagado con su cuenta HSA o FSA',
    leftToFind: 'Falta por conseguir',
    medicalExpense: 'Cuenta como gasto médico (Publicación 502 del IRS)',
    deductibleAboveThreshold: (percent: string) =>
      `Se puede deducir de impuestos (lo que supere el ${percent} de su ingreso bruto ajustado, si detalla sus deducciones)`,
    taxSaving: (year: number) => `Impuesto federal sobre la renta que podría ahorrar (${year})`,
  },
  taxNote:
    'Las cifras de impuestos son un estimado según las reglas federales de EE. UU., no asesoría fiscal: las comidas nunca cuentan, y el dinero de una HSA o FSA no se puede deducir otra vez.',
  paying: 'Cómo pagarlo',
  financing: (months: number, apr: string, payment: string, interest: string, paid: string) =>
    `Si pide prestado lo que falta por conseguir a ${plural(months, 'mes', 'meses')}, con una tasa de porcentaje anual (APR) del ${apr}: ${payment} al mes; intereses: ${interest}; en total pagaría ${paid}.`,
  promotion: (months: number, clear: string, apr: string, interest: string) =>
    `Una oferta con intereses diferidos de ${plural(months, 'mes', 'meses')}: pague ${clear} al mes para saldarla a tiempo. Los intereses son diferidos, no cero: si queda algún saldo cuando termina la oferta, se le cobran intereses desde el primer día, con una tasa de porcentaje anual (APR) del ${apr}: hasta ${interest}.`,
  savings: (months: number, monthly: string) =>
    `Si ahorra durante ${plural(months, 'mes', 'meses')}: aparte ${monthly} al mes (así tendrá a tiempo el monto alto).`,
  lostIncome: (patient: string, companion: string, total: string) =>
    `Ingresos que deja de recibir mientras está fuera (no forman parte del total médico): usted, ${patient}; un acompañante, ${companion}; ${total} en total.`,
  timeline: 'Mes a mes',
  timelineColumns: ['Mes', 'Bajo', 'Alto', 'Acumulado bajo', 'Acumulado alto'] as const,
  monthName: (m: number) => (m === 0 ? 'Antes / inicio' : `Mes ${m}`),
  compareTitle: (title: string, n: number) => `${title.replace('Estimado', 'Comparación')}: ${n} opciones`,
  totalColumn: 'Total',
  visitsAndBoosters: 'Consultas y refuerzos',
  typicallyAbout: (amount: string) => `, normalmente unos ${amount}`,
  chartKey: (ascii: boolean) =>
    ascii
      ? 'Cada barra va del total bajo al total alto; T marca el total típico, y > indica que no hay límite superior.'
      : 'Cada barra va del total bajo al total alto; ┃ marca el total típico, y ▶ indica que no hay límite superior.',
  compareDetails:
    'Para ver cada opción completa (conceptos, preguntas para la clínica, fuentes), ejecute `ketamine-cost estimate` con las mismas opciones, o agregue --format html para obtener un informe.',
  warnings: 'Advertencias',
  notes: 'Notas',
  checklist: 'Preguntas para la clínica',
  why: 'Por qué:',
  sources: 'Fuentes',
  source: (title: string, publisher: string, years: string) => `${/[.?!]$/.test(title) ? title : `${title}.`} ${publisher}. Cifras: ${years}.`,
  assumptionsIntro: 'Las líneas marcadas con * son supuestos nuestros:',
  assumption: (label: string, years: string, why: string) => `${label} (${years}): ${why}`,
  answers: 'Lo que supone este estimado',
  answersHint: 'Cada respuesta de la que dependen las cifras. Compárelas con los documentos de su plan y con la cotización de la clínica.',
  pricesLabel: 'Precios',
  pricesValue: (month: string, index: string, years: string) => `en dólares de ${month} (${index})${years ? `, a partir de fuentes de ${years}` : ''}`,
  pricesPublishedValue: (years: string) => `los montos que publicaron las propias fuentes${years ? `, de ${years}` : ''}, sin actualizar`,
  prepared: (date: string, name: string, version: string, dataVersion: string) => `Preparado el ${date} con ${name} ${version}, datos ${dataVersion}.`,
  records: 'Para sus registros',
  clinicName: 'Nombre de la clínica',
  quoteDate: 'Fecha de la cotización',
  recordNotes: 'Notas',
  shareTimeline: 'Lo que le toca pagar mes a mes',
  shareTimelineColumns: ['Mes', 'Usted paga', 'Su plan paga', 'Usted, acumulado'] as const,
  quoteMarker: ' (cotización)',
  footer: (version: string, effective: string, currency: string) =>
    `Datos ${version}, vigentes desde ${effective}, montos en ${currency}. ${textEs.disclaimer}`,
  years: (from: number, to: number) => (from === to ? String(to) : `aprox. ${from}-${to}`),
  barText: (label: string, low: string, high: string, open: boolean, typical: string | null) =>
    `${label}: ${low === high ? low : `de ${low} a ${high}`}${open ? ' o más' : ''}${typical === null ? '' : `; típico: ${typical}`}`,
  compactHeader: (name: string) => `${name} (US$)`,
  orMore: (range: string) => `${range} o más`,
  openCell: (amount: string) => `${amount}+`,
  // the HTML report
  plan: 'El plan',
  costs: 'Costos',
  itemsCaption: 'Costo de cada concepto, en dólares: bajo, típico y alto',
  itemsCaptionFor: (option: string) => `Costo de cada concepto para ${option}, en dólares: bajo, típico y alto`,
  compared: (title: string, n: number) => `${title}: comparación de ${n} opciones`,
  comparison: 'Comparación',
  comparisonCaption: 'Total estimado y costos principales de cada opción',
  option: 'Opción',
  typicalTotal: 'Total típico',
  categoryNames: { treatment: 'Tratamiento', boosters: 'Infusiones de refuerzo', visits: 'Consultas', travel: 'Viaje' },
  chartTitle: 'Total estimado, de bajo a alto',
  chartBar: (option: string, range: string, typical: string | null) => `${option}: ${range}${typical === null ? '' : `, normalmente unos ${typical}`}`,
  chartAlt: (bars: string[]) => `Gráfica del total estimado, en una escala de dólares que empieza en US$0. ${bars.join('; ')}.`,
  checklistHint: 'Marque cada pregunta cuando la clínica la haya respondido.',
  openHighKey: 'Un monto con + no tiene límite superior en la fuente.',
} satisfies Record<string, unknown>;

function span(from: number, to: number): string {
  return from === to ? String(from) : `entre ${from} y ${to}, aproximadamente`;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The English module's shape with its words widened to string, so Spanish words fit; `value`s stay exact. */
// The same keys and signatures as the English: a missing or changed entry fails the type check.
const _check: Words<typeof renderText> = renderTextEs;
void _check;
const _sameKeys: SameKeys<typeof renderTextEs, typeof renderText> = true;
void _sameKeys;
