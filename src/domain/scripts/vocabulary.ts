/**
 * Communication techniques the library teaches (DOMAIN.md §6):
 * 3F — feel, felt, found; 太极法 — agree with the feeling, praise the customer's care, explain how the policy
 * protects them, suggest and ask; 三句半 — the suggestion from their need, its benefit, then ask.
 */
export const TECHNIQUES = ["three_f", "taiji", "three_and_half"] as const;
export type Technique = (typeof TECHNIQUES)[number];

/** The parts of a good reply that practice feedback looks for. */
export const ELEMENTS = [
  "acknowledge",
  "empathise",
  "praise",
  "explain",
  "propose",
  "benefit",
  "ask_agreement",
] as const;
export type Element = (typeof ELEMENTS)[number];

/** What each technique asks of a reply, in order. */
export const TECHNIQUE_ELEMENTS: Record<Technique, readonly Element[]> = {
  three_f: ["acknowledge", "empathise", "propose"],
  taiji: ["acknowledge", "praise", "explain", "propose", "ask_agreement"],
  three_and_half: ["propose", "benefit", "ask_agreement"],
};

/**
 * Words that show an element is present. Deliberately generous: practice feedback is a prompt to think,
 * not a grade that can be gamed into a promotion.
 */
export const ELEMENT_CUES: Record<Element, readonly string[]> = {
  acknowledge: [
    "理解您|我理解|我很理解|可以理解|明白您|能理解|感觉到您|确实着急|着急|让您久等|久等了|不好意思|抱歉|给您添麻烦|辛苦您|委屈|不愉快|不痛快|失望|生气|心情",
  ],
  empathise: ["换作是我|如果是我|我也会|换位|很多客户|不少客户|其他客户也|我们也很在意|我也能体会"],
  praise: [
    "谢谢您|感谢您|您很细心|您考虑得|您真细心|谢谢您的提醒|感谢您的理解|感谢您的配合|您这么关心|您的谨慎|您很重视|谢谢您重视",
  ],
  explain: [
    "因为|是为了|为了让您|为了保护|为了保障|为了防止|目的是|出于|根据|原因是|这样做是|主要是担心|防范",
  ],
  propose: ["建议|帮您|为您|我们可以|您可以|马上|现在就|先帮您|另外|或者|还有一个办法|安排|联系"],
  benefit: ["这样您|这样可以|好处是|能让您|可以让您|更快|更安全|不用再跑|省去|节省|避免您"],
  ask_agreement: ["您看|可以吗|好吗|行吗|好不好|您觉得|方便吗|您同意|是否可以|您愿意"],
};
