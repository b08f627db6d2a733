/** The script library's texts (话术库), merged into the app dictionaries. */
export const scriptsZh = {
  "nav.scripts": "话术库",
  "scripts.title": "话术库",
  "scripts.subtitle": "常见场景的应对方法、正反示例和容易踩的坑；可以对着客户的话练习回复",
  "scripts.situation": "场景",
  "scripts.good": "可以这样说",
  "scripts.bad": "不要这样说",
  "scripts.traps": "注意",
  "scripts.practice": "练一练",
  "scripts.customerSays": "客户说：",
  "scripts.yourReply": "您的回复",
  "scripts.replyPlaceholder": "输入您会怎么回答这位客户",
  "scripts.getFeedback": "看看反馈",
  "scripts.verdict.good": "回答得好",
  "scripts.verdict.needs_work": "还可以更好",
  "scripts.elements": "技巧要素",
  "scripts.extra": "额外",
};

export const scriptsEn: Record<keyof typeof scriptsZh, string> = {
  "nav.scripts": "Script library",
  "scripts.title": "Script library",
  "scripts.subtitle":
    "How to handle common situations, what to say and what not to, and the traps; practise on the customer's line",
  "scripts.situation": "Situation",
  "scripts.good": "Say it like this",
  "scripts.bad": "Not like this",
  "scripts.traps": "Watch out",
  "scripts.practice": "Practice",
  "scripts.customerSays": "The customer says:",
  "scripts.yourReply": "Your reply",
  "scripts.replyPlaceholder": "Type how you would answer this customer",
  "scripts.getFeedback": "Get feedback",
  "scripts.verdict.good": "Well answered",
  "scripts.verdict.needs_work": "Could be better",
  "scripts.elements": "Elements of the technique",
  "scripts.extra": "extra",
};
