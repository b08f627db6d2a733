/** Kinds of scheduled deadline an incident has. */
export const ACK_DUE = "incident.ack_due";
export const REPORT_DUE = "incident.report_due";
export const DAILY_UPDATE = "incident.daily_update";
