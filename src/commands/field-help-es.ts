import type { CostData } from '../core/data-schema.js';
import { CLINIC_RANGES, COVERABLE, TECHNIQUES, TRAVEL_KINDS } from '../core/ids.js';
import type { FieldName } from '../core/scenario-fields.js';
import { perTechnique } from './field-help.js';

/** perTechnique's "none; international for coma" as "none; international para coma": its one English word. */
const forTechnique = new RegExp(` for (${TECHNIQUES.join('|')})(?=[,;]|$)`, 'g');

/** The --help words for each scenario field, in Spanish (the same logic as fieldHelp); defaults are read from the data. */
export function fieldHelpEs(name: Exclude<FieldName, 'sessionsHigh'>, data: CostData): string {
  const def = (pick: Parameters<typeof perTechnique>[1]) => perTechnique(data, pick).replace(forTechnique, ' para $1');
  switch (name) {
    case 'technique':
      return `técnica de tratamiento: ${TECHNIQUES.join(', ')}`;
    case 'clinicRange':
      return `en qué parte del rango de precios publicado está la clínica: ${CLINIC_RANGES.filter((r) => r !== 'quote').join(', ')} (full: de bajo a alto; lower: de bajo a típico; upper: de típico a alto) (predeterminado: full, o quote si se indica --quote)`;
    case 'quote':
      return "el precio que le cotizó la clínica: un solo monto (12000) o bajo-alto (10000-15000); para outpatient, por día de infusión; escriba 650 o '$650'";
    case 'boosters':
      return `infusiones de refuerzo después del tratamiento (predeterminado: ${def((t) => t.defaults.boosters)})`;
    case 'preVisits':
      return `citas antes del tratamiento (predeterminado: ${def((t) => t.defaults.preVisits)})`;
    case 'postVisits':
      return `citas después del tratamiento (predeterminado: ${def((t) => t.defaults.postVisits)})`;
    case 'travel':
      return `viaje a la clínica: ${TRAVEL_KINDS.join(', ')} (predeterminado: ${def((t) => t.defaults.travel)})`;
    case 'travelers':
      return `personas que viajan, incluido el paciente (predeterminado si se viaja: ${def((t) => t.defaults.travelers)})`;
    case 'nights':
      return `noches fuera de casa (predeterminado si se viaja: ${def((t) => t.defaults.nights)})`;
    case 'sessions':
      return 'solo para outpatient: número de días de infusión';
    case 'months':
      return `solo para outpatient: duración del plan en meses; las sesiones siguen el calendario de ejemplo (predeterminado: ${def((t) => t.defaults.months)})`;
    case 'insurance':
      return 'su seguro: none (pago por cuenta propia), in-network (dentro de la red) u out-of-network (fuera de la red: usted paga primero y luego pide el reembolso con una factura detallada o superbill) (predeterminado: none)';
    case 'coinsurance':
      return 'con seguro: su coseguro, es decir, la parte de la atención cubierta que usted paga después del deducible, en porcentaje (predeterminado: 0)';
    case 'copay':
      return 'con seguro: su copago por cada consulta cubierta, en lugar del deducible y el coseguro para las consultas';
    case 'deductible':
      return 'con seguro: el deducible anual (predeterminado: 0)';
    case 'deductibleMet':
      return 'con seguro: cuánto de su deducible ya pagó este año (predeterminado: 0)';
    case 'oopMax':
      return 'con seguro: el máximo de gastos de bolsillo para la atención cubierta (predeterminado: ninguno)';
    case 'oopMet':
      return 'con seguro: cuánto ha pagado ya este año que cuenta para su máximo de gastos de bolsillo (predeterminado: 0)';
    case 'covered':
      return `con seguro: lo que paga el plan, de entre ${COVERABLE.join(', ')}; el viaje, nunca (predeterminado: visits, porque el tratamiento suele negarse por considerarse en investigación)`;
    case 'hsaFsa':
      return 'el dinero de una cuenta de ahorros para la salud (HSA) o de una cuenta de gastos flexibles (FSA) que usará para esta atención';
    case 'agi':
      return 'su ingreso bruto ajustado (AGI), para la deducción de gastos médicos de EE. UU. (un estimado, no asesoría fiscal)';
    case 'otherMedical':
      return 'con --agi: otros gastos médicos del mismo año fiscal';
    case 'taxRate':
      return 'con --agi: su tasa marginal de impuestos, en porcentaje, para estimar cuánto podría ahorrarle la deducción';
    case 'trips':
      return 'con viaje: viajes a la clínica, contando cada infusión de refuerzo (predeterminado: 1, más uno por cada refuerzo en outpatient)';
    case 'extras':
      return 'gastos que suelen faltar, calculados si se piden: labs (análisis y electrocardiograma previos), psych-eval (una evaluación psicológica), passport (en el extranjero, uno por persona que viaja)';
    case 'rideMiles':
      return 'millas en auto para el traslado a casa, ida y vuelta, cada día de tratamiento (a la tarifa médica por milla del IRS)';
    case 'filing':
      return 'con --agi: estado civil para la declaración federal, single (soltero/a), joint (conjunta) o head (cabeza de familia), para la deducción estándar y los tramos (predeterminado: single)';
    case 'otherItemized':
      return 'con --agi: otras deducciones detalladas (impuestos estatales y locales, intereses hipotecarios, donativos) (predeterminado: 0)';
    case 'financeMonths':
      return 'pedir prestado lo que falta por conseguir y devolverlo en este número de meses (requiere --apr)';
    case 'apr':
      return 'la tasa de porcentaje anual (APR) de un préstamo o una tarjeta, para --finance-months y --promo-months';
    case 'promoMonths':
      return 'una oferta con intereses diferidos de este número de meses (común en las tarjetas de crédito médicas; requiere --apr)';
    case 'saveMonths':
      return 'ahorrar durante este número de meses: cuánto apartar cada mes para cubrir el monto alto';
    case 'workDays':
      return 'días de trabajo que va a perder (con --daily-income): ingresos perdidos, que se muestran aparte de los costos médicos';
    case 'dailyIncome':
      return 'su ingreso por día de trabajo (con --work-days)';
    case 'companionWorkDays':
      return 'los días de trabajo que va a perder un acompañante (con --companion-daily-income)';
    case 'companionDailyIncome':
      return 'el ingreso por día de trabajo de un acompañante (con --companion-work-days)';
  }
}
