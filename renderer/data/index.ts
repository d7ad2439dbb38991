import { db } from './db';
import { SettingsRepository } from './settingsRepository';
import { WorkshopRepository } from './workshopRepository';

/** The repositories the app uses; components reach them through the hooks in `hooks.ts`. */
export const workshopRepository = new WorkshopRepository(db);
export const settingsRepository = new SettingsRepository(db);
export { db };
