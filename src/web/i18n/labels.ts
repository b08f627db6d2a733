import { ROLE_LABELS, type Role } from "../../domain/auth/roles.ts";
import type { Locale } from "../../domain/common/messages.ts";
import { ORG_KIND_LABELS, type OrgKind } from "../../domain/org/units.ts";

/** Role and unit-kind names live in the domain, beside the vocabularies they name. */
export const roleLabel = (role: Role, locale: Locale) => ROLE_LABELS[role][locale];
export const kindLabel = (kind: OrgKind, locale: Locale) => ORG_KIND_LABELS[kind][locale];
