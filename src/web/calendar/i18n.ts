/** The business-calendar page's texts, merged into the app dictionaries. */
export const calendarZh = {
  "nav.calendar": "工作日历",
  "cal.title": "工作日历",
  "cal.subtitle": "法定节假日与调休工作日，用于按工作日计算的期限（如转办投诉 7 个工作日）和节假日顺延",
  "cal.hint": "周六、周日默认休息，无需录入；请在国务院公布次年放假安排后录入节假日和调休上班日。",
  "cal.date": "日期",
  "cal.kind": "类型",
  "cal.name": "名称",
  "cal.year": "年份",
  "cal.holiday": "节假日（休息）",
  "cal.workday": "调休（上班）",
};

export const calendarEn: Record<keyof typeof calendarZh, string> = {
  "nav.calendar": "Business calendar",
  "cal.title": "Business calendar",
  "cal.subtitle": "Public holidays and make-up working days, for working-day deadlines and the holiday shift",
  "cal.hint":
    "Saturdays and Sundays are rest days without an entry; enter holidays and make-up working days once the State Council publishes them.",
  "cal.date": "Date",
  "cal.kind": "Kind",
  "cal.name": "Name",
  "cal.year": "Year",
  "cal.holiday": "Holiday (rest)",
  "cal.workday": "Make-up working day",
};
