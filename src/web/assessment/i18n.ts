/** 考核: the scorecard page's texts, merged into the app dictionaries. */
export const assessmentZh = {
  "nav.assessment": "网点考核",
  "assessment.title": "网点考核",
  "assessment.subtitle":
    "按月计分：培训、测验、演练、投诉、突发事件与柜面异常，权重由管理员设定；点击分数查看明细",
  "assessment.month": "月份",
  "assessment.rank": "排名",
  "assessment.outlet": "网点",
  "assessment.total": "综合得分",
  "assessment.weight": "权重 {weight}",
  "assessment.noData": "无数据",
  "assessment.detail": "{outlet} · {metric}",
  "assessment.figure": "{numerator} / {denominator}",
  "assessment.counts": "计入",
  "assessment.against": "未达标",
  "assessment.trend": "近六个月综合得分",
  "assessment.weights": "考核权重",
  "assessment.targetHours": "每人每月目标学时",
} as const;

export const assessmentEn: Record<keyof typeof assessmentZh, string> = {
  "nav.assessment": "Outlet scorecard",
  "assessment.title": "Outlet scorecard",
  "assessment.subtitle":
    "Monthly scores from training, quizzes, drills, complaints, incidents and counter exceptions, weighted as the administrator sets; click a score for its records",
  "assessment.month": "Month",
  "assessment.rank": "Rank",
  "assessment.outlet": "Outlet",
  "assessment.total": "Total",
  "assessment.weight": "Weight {weight}",
  "assessment.noData": "No data",
  "assessment.detail": "{outlet} · {metric}",
  "assessment.figure": "{numerator} / {denominator}",
  "assessment.counts": "Counts",
  "assessment.against": "Falls short",
  "assessment.trend": "Totals over six months",
  "assessment.weights": "Weights",
  "assessment.targetHours": "Target hours per person a month",
};
