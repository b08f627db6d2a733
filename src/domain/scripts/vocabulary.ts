/**
 * Communication techniques the library teaches (DOMAIN.md §6, seed 001):
 * 3F — feel, felt, found; 太极法 — agree with the feeling, praise the customer's care, explain how the policy
 * protects them, suggest and ask; 三句半 — the suggestion from their need, its benefit, then ask;
 * 自报家门 — to a customer who demands the head: who you are (name and role), that you can handle it, and an
 * invitation to tell the whole story; 礼貌问询 — a question the customer may resent (the purpose of a
 * withdrawal): the reason first, then the question, politely.
 */
export const TECHNIQUES = [
  "three_f",
  "taiji",
  "three_and_half",
  "self_introduction",
  "polite_question",
] as const;
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
  "introduce",
  "show_capable",
  "invite_story",
  "ask_politely",
  "reason_first",
] as const;
export type Element = (typeof ELEMENTS)[number];

/** What each technique asks of a reply, in order. */
export const TECHNIQUE_ELEMENTS: Record<Technique, readonly Element[]> = {
  three_f: ["acknowledge", "empathise", "propose"],
  taiji: ["acknowledge", "praise", "explain", "propose", "ask_agreement"],
  three_and_half: ["propose", "benefit", "ask_agreement"],
  self_introduction: ["acknowledge", "introduce", "show_capable", "invite_story"],
  polite_question: ["acknowledge", "explain", "ask_politely", "reason_first"],
};

/** Elements found by where other elements stand, or by the shape of a sentence, rather than by one phrase. */
export type ComputedElement = "introduce" | "reason_first";
export type PhraseElement = Exclude<Element, ComputedElement>;

/**
 * Words that show an element is present. Deliberately generous: practice feedback is a prompt to think,
 * not a grade that can be gamed into a promotion. Both 换作 and 换做 are common and both are right.
 */
export const ELEMENT_CUES: Record<PhraseElement, readonly string[]> = {
  acknowledge: [
    "理解您|我理解|我很理解|可以理解|明白您|能理解|感觉到您|确实着急|着急|让您久等|久等了|不好意思|抱歉|给您添麻烦|辛苦您|委屈|不愉快|不痛快|失望|生气|心情|不高兴|不开心|不好的情绪|负面情绪|不舒服|不好的体验|不好的服务体验|麻烦了一点|添麻烦|担心|揪心|烦心",
  ],
  empathise: [
    "换作是我|换做是我|换成是我|换作我|换做我|如果是我|要是我|我也会着急|我也会生气|我也会不高兴|我也会觉得|我也会不舒服|我也会有|我也会这么想|我也会这样|我也会很|将心比心|设身处地|换位|换作其他客户|换做其他客户|其他客户也|很多客户|不少客户|谁都会|换谁都会|谁遇到|我也能体会|感同身受|我们也很在意|谁碰上",
  ],
  praise: [
    "谢谢您|感谢您|您很细心|您考虑得|您真细心|谢谢您的提醒|感谢您的理解|感谢您的配合|您这么关心|您的谨慎|您很重视|谢谢您重视|您很认真|您这么认真|您真认真|您的认真|您很仔细|您这么仔细|您这么在意|您很在意|您很上心|您这么上心|您问得好|您问得对|您提得好|您做得对|您是对的",
  ],
  explain: [
    "因为|是为了|为了让您|为了保护|为了保障|为了防止|为的是|目的是|出于|根据|原因是|这样做是|主要是担心|防范|之所以|监管要求|反诈|电信诈骗|洗钱",
  ],
  propose: [
    "建议|帮您|为您|我们可以|您可以|马上|现在就|先帮您|另外|或者|还有一个办法|安排|联系|要不然这样|要不这样|您看这样",
  ],
  benefit: [
    "这样您|这样可以|好处是|能让您|可以让您|更快|更安全|不用再跑|省去|节省|避免您|就能|就可以|您就不用|不用担心|更方便|慢慢恢复|逐步恢复",
  ],
  ask_agreement: [
    "您看|可以吗|好吗|行吗|好不好|您觉得|方便吗|您同意|是否可以|您愿意|能接受吗|是否能接受|您意下如何",
  ],
  show_capable: [
    "我可以处理|我能处理|我来处理|我负责处理|我来负责|有权限处理|有权处理|我可以帮您解决|能帮您解决|我来帮您解决|交给我|由我来|我会负责到底|我会跟进到底|一直跟到底|我全程跟进|我就能帮您|我可以帮您办|我能帮您办|在我这里就能|我这里就可以",
  ],
  invite_story: [
    "慢慢说|详细说说|具体说说|跟我说说|和我说说|给我说说|跟我讲讲|和我讲讲|您说说|把情况|把经过|从头说|说给我听|讲给我听|具体说一下|详细讲讲|您先说说|完整地说|来龙去脉|具体是怎么回事|发生了什么",
  ],
  ask_politely: [
    "请问|方便问一下|方便问下|方便说一下|方便告诉我|方便透露|能不能告诉我|能否告诉我|可以问一下|想跟您了解一下|想了解一下|麻烦您说一下|麻烦您告诉我|冒昧问一下|方便简单说一下|方便讲一下",
  ],
};

/** Roles a member of staff names when introducing themselves (自报家门). */
export const STAFF_ROLE_WORDS = [
  "大堂经理",
  "值班经理",
  "客户经理",
  "理财经理",
  "网点负责人",
  "网点主任",
  "运营主管",
  "营业主管",
  "值班主管",
  "主管",
  "柜员",
  "负责人",
  "副行长",
  "行长",
  "经理",
  "专员",
] as const;
