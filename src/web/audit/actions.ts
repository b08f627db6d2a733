/** The page of each kind of record an audit entry can link to; other records have no page of their own. */
const PAGES: Record<string, (id: string) => string> = {
  complaint: (id) => `/complaints/${id}`,
  counter_exception: (id) => `/counter-exceptions/${id}`,
  incident: (id) => `/incidents/${id}`,
  marketing_material: (id) => `/compliance/materials/${id}`,
  case: () => "/cases",
  user: () => "/users",
  org_unit: () => "/org",
  calendar_day: () => "/calendar",
  complaint_category: () => "/complaints/categories",
  counter_exception_type: () => "/counter-exceptions/settings",
  counter_exception_verifier_grant: () => "/counter-exceptions/settings",
  compliance_rule: () => "/compliance/rules",
};

export function recordPage(entityType: string, entityId: string | null): string | null {
  return entityId !== null && Object.hasOwn(PAGES, entityType) ? PAGES[entityType](entityId) : null;
}
