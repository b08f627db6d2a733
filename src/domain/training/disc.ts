/**
 * 知己: a short DISC self-test of our own. Each question offers four ways of acting, one per style; the person
 * picks the one most like them. The style with most picks is theirs (ties go to the earlier style in D, I,
 * S, C order, and the result lists every count so a close call is visible).
 */
export const DISC_STYLES = ["D", "I", "S", "C"] as const;
export type DiscStyle = (typeof DISC_STYLES)[number];

type Text = { zh: string; en: string };

export interface DiscQuestion {
  id: string;
  prompt: Text;
  /** One option per style. */
  options: Record<DiscStyle, Text>;
}

export const DISC_QUESTIONS: readonly DiscQuestion[] = [
  {
    id: "queue",
    prompt: {
      zh: "大厅排队的客户开始抱怨，您通常会：",
      en: "Queueing customers start to complain. You usually:",
    },
    options: {
      D: { zh: "马上调整窗口、直接拿主意", en: "Rearrange the counters at once and decide" },
      I: { zh: "走过去和大家聊几句，缓和气氛", en: "Go over and chat to lighten the mood" },
      S: { zh: "逐个耐心解释，请大家再等一等", en: "Explain patiently to each and ask them to wait" },
      C: { zh: "先查清是哪个环节慢了再处理", en: "Find out which step is slow before acting" },
    },
  },
  {
    id: "new_rule",
    prompt: {
      zh: "行里下发一项新规定，您的第一反应是：",
      en: "A new rule arrives from the bank. Your first reaction:",
    },
    options: {
      D: { zh: "想知道它要达成什么结果", en: "Want to know what result it is for" },
      I: { zh: "和同事讨论大家怎么看", en: "Talk it over with colleagues" },
      S: { zh: "关心它会不会打乱现有的做法", en: "Wonder whether it upsets how things are done" },
      C: { zh: "逐条读细则，弄清每个要求", en: "Read every clause to get each requirement right" },
    },
  },
  {
    id: "meeting",
    prompt: { zh: "在晨会上，您更常：", en: "At the morning meeting you more often:" },
    options: {
      D: { zh: "直截了当地提出目标和要求", en: "State goals and demands plainly" },
      I: { zh: "分享有趣的案例，带动大家发言", en: "Share a lively story and get others talking" },
      S: { zh: "认真听，照顾到每个人的意见", en: "Listen and make sure everyone is heard" },
      C: { zh: "提出数据和需要注意的细节", en: "Bring figures and the details to watch" },
    },
  },
  {
    id: "angry_customer",
    prompt: { zh: "面对一位情绪激动的客户，您倾向于：", en: "Facing an upset customer you tend to:" },
    options: {
      D: { zh: "迅速给出解决方案", en: "Offer a solution quickly" },
      I: { zh: "用热情和亲和力拉近距离", en: "Win them over with warmth" },
      S: { zh: "先安静倾听，让对方说完", en: "Listen quietly and let them finish" },
      C: { zh: "核对事实和规定后再回应", en: "Check the facts and rules before answering" },
    },
  },
  {
    id: "pressure",
    prompt: { zh: "工作压力大的时候，您会：", en: "Under pressure at work you:" },
    options: {
      D: { zh: "更加果断，甚至显得强硬", en: "Become more decisive, even blunt" },
      I: { zh: "话变多，找人倾诉", en: "Talk more and look for someone to tell" },
      S: { zh: "默默承受，尽量不给别人添麻烦", en: "Bear it quietly, not wanting to trouble others" },
      C: { zh: "反复检查，担心出错", en: "Check again and again, worried about mistakes" },
    },
  },
  {
    id: "praise",
    prompt: { zh: "您最希望得到的肯定是：", en: "The recognition you value most:" },
    options: {
      D: { zh: "业绩和结果被认可", en: "Results and achievements recognised" },
      I: { zh: "在大家面前被表扬", en: "Praise in front of everyone" },
      S: { zh: "被信任、被团队需要", en: "Being trusted and needed by the team" },
      C: { zh: "工作准确、专业被认可", en: "Accuracy and expertise recognised" },
    },
  },
  {
    id: "change",
    prompt: { zh: "网点要调整岗位分工，您：", en: "The outlet reshuffles duties. You:" },
    options: {
      D: { zh: "希望主导新的安排", en: "Want to lead the new set-up" },
      I: { zh: "期待认识新搭档", en: "Look forward to new partners" },
      S: { zh: "需要一点时间适应", en: "Need some time to settle" },
      C: { zh: "想先看到清楚的分工说明", en: "Want a clear written division first" },
    },
  },
  {
    id: "mistake",
    prompt: { zh: "同事出了差错，您会：", en: "A colleague makes a mistake. You:" },
    options: {
      D: { zh: "直接指出并要求马上改正", en: "Point it out and ask for a fix now" },
      I: { zh: "轻松地提醒，不让对方难堪", en: "Mention it lightly so they do not lose face" },
      S: { zh: "私下帮忙一起补救", en: "Quietly help put it right" },
      C: { zh: "找出原因，避免下次再犯", en: "Find the cause so it does not recur" },
    },
  },
];

/** How each style of staff member does best with each style of customer: our own short guidance. */
export const DISC_GUIDANCE: Record<DiscStyle, { strength: Text; watch: Text }> = {
  D: {
    strength: { zh: "果断高效，关键时刻能拿主意", en: "Decisive and quick when it matters" },
    watch: {
      zh: "对稳定型、谨慎型客户放慢语速，先听完再给方案，避免显得强势",
      en: "Slow down with steady or careful customers; hear them out before offering a plan, so as not to seem pushy",
    },
  },
  I: {
    strength: { zh: "亲和力强，善于化解紧张气氛", en: "Warm, good at easing tension" },
    watch: {
      zh: "对支配型客户少寒暄、直奔结果；对谨慎型客户拿出依据，不随口承诺",
      en: "Skip small talk with dominant customers and go to the result; show careful ones the basis and promise nothing lightly",
    },
  },
  S: {
    strength: { zh: "耐心细致，让客户感到被尊重", en: "Patient, makes customers feel respected" },
    watch: {
      zh: "对支配型客户及时给出明确答复和时限，必要时主动请负责人到场",
      en: "Give dominant customers a clear answer and time quickly; call the outlet head in early when needed",
    },
  },
  C: {
    strength: { zh: "严谨准确，解释有理有据", en: "Precise, explains with reasons" },
    watch: {
      zh: "先回应客户情绪再讲规定，对影响型客户多一些温度，避免“这是规定”式的回答",
      en: "Answer the feeling before the rule; show influential customers more warmth; avoid answers like 'those are the rules'",
    },
  },
};

/** The counts per style and the person's style from their picks (question id → style). */
export function discResult(answers: Record<string, DiscStyle>) {
  const scores = Object.fromEntries(DISC_STYLES.map((s) => [s, 0])) as Record<DiscStyle, number>;
  for (const q of DISC_QUESTIONS) {
    const pick = answers[q.id];
    if (pick) scores[pick] += 1;
  }
  const style = DISC_STYLES.reduce((best, s) => (scores[s] > scores[best] ? s : best), DISC_STYLES[0]);
  return { scores, style };
}
