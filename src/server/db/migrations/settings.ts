/**
 * The configuration a migration may depend on, taken from the config module's values (src/server/config.ts)
 * by whoever runs the migrations; a migration never reads the environment itself.
 */
export interface MigrationSettings {
  /** Local months of the complaint statistics (BULWARK_TIME_ZONE). */
  timeZone: string;
}
