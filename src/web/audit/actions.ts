import type { MessageKey } from "../i18n/dictionaries.ts";

/** The actions the server writes today; an action not listed here is shown by its code alone. */
export const KNOWN_ACTIONS = [
  "auth.login",
  "auth.login_failed",
  "auth.locked",
  "auth.logout",
  "auth.password_changed",
  "users.create",
  "users.update",
  "users.disable",
  "users.enable",
  "users.reset_password",
  "org.create",
  "org.update",
  "org.move",
  "system.seed_demo",
] as const;
type KnownAction = (typeof KNOWN_ACTIONS)[number];

/** Filtering by a family: the server matches every action that starts with it. */
export const ACTION_FAMILIES = ["auth.", "users.", "org.", "system."] as const;

export const ENTITY_TYPES = ["user", "org_unit", "system"] as const;
type EntityType = (typeof ENTITY_TYPES)[number];

const isKnown = <T extends string>(list: readonly T[], value: string): value is T =>
  (list as readonly string[]).includes(value);

export function actionLabelKey(action: string): MessageKey | null {
  return isKnown<KnownAction>(KNOWN_ACTIONS, action) ? `action.${action}` : null;
}

export function entityTypeLabelKey(entityType: string): MessageKey | null {
  return isKnown<EntityType>(ENTITY_TYPES, entityType) ? `audit.entityType.${entityType}` : null;
}
