/** The business-calendar page's texts, merged into the app dictionaries. */
export const calendarZh = {
  "nav.calendar": "工作日历",
  "cal.title": "工作日历",
  "cal.subtitle": "法定节假日与调休工作日，用于按工作日计算的期限（如转办投诉 7 个工作日）和节假日顺延",
  "cal.hint":
    "法定节假日和调休上班日已按国务院公布的安排内置（升级系统后自动更新）；周六、周日默认休息。如本行另有安排，可在此设定某一天，设定优先于法定安排，删除后恢复法定安排。",
  "cal.date": "日期",
  "cal.kind": "类型",
  "cal.name": "名称",
  "cal.year": "年份",
  "cal.holiday": "节假日（休息）",
  "cal.workday": "调休（上班）",
  "cal.source": "来源",
  "cal.source.official": "法定安排",
  "cal.source.admin": "本行设定",
  "cal.clear": "删除设定，恢复法定安排",
};

export const calendarEn: Record<keyof typeof calendarZh, string> = {
  "nav.calendar": "Business calendar",
  "cal.title": "Business calendar",
  "cal.subtitle": "Public holidays and make-up working days, for working-day deadlines and the holiday shift",
  "cal.hint":
    "Official public holidays and make-up working days come built in, as the State Council publishes them (updated with each upgrade); Saturdays and Sundays are rest days. Set a day here when the bank decides otherwise: it overrides the official arrangement until you delete it.",
  "cal.date": "Date",
  "cal.kind": "Kind",
  "cal.name": "Name",
  "cal.year": "Year",
  "cal.holiday": "Holiday (rest)",
  "cal.workday": "Make-up working day",
  "cal.source": "Source",
  "cal.source.official": "Official",
  "cal.source.admin": "Set by the bank",
  "cal.clear": "Delete the setting and return to the official arrangement",
};
