import type { Io } from '../io.js';
import type { WizardFlags } from './wizard.js';

export async function runWizard(_flags: WizardFlags, _io: Io): Promise<void> {
  throw new Error('not yet');
}
