import type { Database } from '../db/database.js';
import { defaultConfiguration, saveConfiguration } from '../domain/configuration.js';
import { DEMO_BUSINESS } from './constants.js';

export async function seedConfiguration(db: Database, now: number, publicUrl: string): Promise<void> {
  await saveConfiguration(db, DEMO_BUSINESS, defaultConfiguration(publicUrl), now);
}
