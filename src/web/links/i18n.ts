/** Texts of the links between records, merged into the app dictionaries (zh.ts, en.ts). */
export const linksZh = {
  "links.title": "关联记录",
  "links.kind.incident": "突发事件",
  "links.kind.complaint": "客户投诉",
  "links.kind.counter_exception": "柜面异常",
  "links.kind.opinion_event": "舆情事件",
  "links.registerComplaint": "登记客户投诉（按投诉时限办理）",
  "links.openIncident": "一键启动应急：{category}",
  "links.offerHint": "新记录会自动与本记录关联，双方页面都能看到。",
  "links.incidentOpened": "已启动突发事件 {ref}，并与本记录关联",
  "links.prefilledFrom": "由 {ref} 转来，已预填部分内容；登记后两条记录自动关联。",
} as const;

export const linksEn: Record<keyof typeof linksZh, string> = {
  "links.title": "Linked records",
  "links.kind.incident": "Incident",
  "links.kind.complaint": "Complaint",
  "links.kind.counter_exception": "Counter exception",
  "links.kind.opinion_event": "Public-opinion event",
  "links.registerComplaint": "Register the complaint (on the complaint clock)",
  "links.openIncident": "Open the emergency in one click: {category}",
  "links.offerHint": "The new record is linked to this one; both pages show the link.",
  "links.incidentOpened": "Incident {ref} opened and linked to this record",
  "links.prefilledFrom": "Comes from {ref}, partly prefilled; once registered, the two records are linked.",
};
