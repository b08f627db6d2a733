/**
 * Strips personal data from a case's text before it is published (个人信息去标识化): ID-card, bank-card and
 * phone numbers, e-mail addresses, and the names the author lists (张三 → 张某).
 */
const PATTERNS: [RegExp, string][] = [
  [/(?<![\dA-Za-z])\d{17}[\dXx](?![\dA-Za-z])/g, "[身份证号]"],
  [/(?<!\d)\d{16,19}(?!\d)/g, "[银行卡号]"],
  [/(?<!\d)(?:\+?86[-\s]?)?1[3-9]\d{9}(?!\d)/g, "[手机号]"],
  [/(?<!\d)0\d{2,3}-?\d{7,8}(?!\d)/g, "[电话]"],
  [/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, "[邮箱]"],
];

export interface Redacted {
  text: string;
  /** How many pieces of personal data were replaced. */
  count: number;
}

export function redactPersonalData(text: string, names: readonly string[] = []): Redacted {
  let count = 0;
  let out = text;
  for (const [pattern, label] of PATTERNS) {
    out = out.replace(pattern, () => {
      count++;
      return label;
    });
  }
  // Longest first, so that 张小明 is not half-replaced by a listed 张小.
  for (const name of [...names].filter((n) => n.trim().length > 1).sort((a, b) => b.length - a.length)) {
    const masked = `${name.trim()[0]}某`;
    const parts = out.split(name.trim());
    count += parts.length - 1;
    out = parts.join(masked);
  }
  return { text: out, count };
}
