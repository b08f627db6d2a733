/**
 * Masking of a complainant's personal data (个人金融信息, JR/T 0171 C3/C2) for lists, exports and notices.
 * Full values are shown only to the assigned handler and roles with complaints.view_personal_data.
 */
export function maskName(name: string): string {
  const chars = [...name.trim()];
  if (chars.length <= 1) return "*";
  // Chinese names keep the family name: 张** ; Latin names keep the first letter.
  return chars[0] + "*".repeat(Math.min(chars.length - 1, 3));
}

export function maskPhone(phone: string | null): string | null {
  if (!phone) return null;
  const digits = phone.replace(/\D/g, "");
  if (digits.length < 7) return "*".repeat(digits.length);
  return `${digits.slice(0, 3)}****${digits.slice(-4)}`;
}

export function maskIdNumber(id: string | null): string | null {
  if (!id) return null;
  const v = id.trim();
  if (v.length <= 4) return "*".repeat(v.length);
  return `${v.slice(0, 1)}${"*".repeat(v.length - 5)}${v.slice(-4)}`;
}

/**
 * The key under which repeats are found: the ID number when given, else name and phone digits. Two
 * complaints with the same key and the same business category are offered for merging.
 */
export function complainantKey(c: { name: string; phone?: string | null; idNumber?: string | null }): string {
  if (c.idNumber?.trim()) return `id:${c.idNumber.trim().toUpperCase()}`;
  return `np:${c.name.trim()}|${(c.phone ?? "").replace(/\D/g, "")}`;
}
