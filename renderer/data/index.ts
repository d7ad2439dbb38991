import { db } from './db';
import { FacilitationRepository } from './facilitationRepository';
import { SettingsRepository } from './settingsRepository';
import { WorkshopRepository } from './workshopRepository';

/** The repositories the app uses; components reach them through the hooks in `hooks.ts`. */
export const workshopRepository = new WorkshopRepository(db);
export const settingsRepository = new SettingsRepository(db);
export const facilitationRepository = new FacilitationRepository(db);
export { db };
