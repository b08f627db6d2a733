/**
 * Names of the complaint fields' fixed choices that only the web app shows (the server formats none of them);
 * spread into the complaint dictionaries in i18n.ts.
 */
export const complaintLabelsZh = {
  "cmp.sensitive.regulatory": "监管类",
  "cmp.sensitive.public_opinion": "舆情类",
  "cmp.sensitive.judicial": "司法类",
  "cmp.sensitive.petition": "信访",
  "cmp.sensitive.elderly": "老年客户",
  "cmp.psychology.show": "求表现",
  "cmp.psychology.vent": "求发泄",
  "cmp.psychology.compensation": "求赔偿",
  "cmp.psychology.respect": "求尊重",
  "cmp.psychology.revenge": "求报复",
  "cmp.disc.D": "支配型 D",
  "cmp.disc.I": "影响型 I",
  "cmp.disc.S": "稳定型 S",
  "cmp.disc.C": "遵从型 C",
};

export const complaintLabelsEn: Record<keyof typeof complaintLabelsZh, string> = {
  "cmp.sensitive.regulatory": "Regulatory",
  "cmp.sensitive.public_opinion": "Media",
  "cmp.sensitive.judicial": "Judicial",
  "cmp.sensitive.petition": "Petition",
  "cmp.sensitive.elderly": "Elderly customer",
  "cmp.psychology.show": "To be seen",
  "cmp.psychology.vent": "To vent",
  "cmp.psychology.compensation": "Compensation",
  "cmp.psychology.respect": "Respect",
  "cmp.psychology.revenge": "Revenge",
  "cmp.disc.D": "Dominant D",
  "cmp.disc.I": "Influential I",
  "cmp.disc.S": "Steady S",
  "cmp.disc.C": "Conscientious C",
};
