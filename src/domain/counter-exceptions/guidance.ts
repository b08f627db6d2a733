import type { CounterGuidanceContent } from "../knowhow/counter-guidance.ts";
import type { Step } from "./vocabulary.ts";

/**
 * What to do at each of the five steps, and how to keep it from happening again, per exception type: seed
 * 003's handling and prevention notes (系统故障, 客户投诉, 业务纠纷 and the data errors of its definition),
 * written in our own words, as shipped. The bank's versions live in the database (know-how of kind
 * "counter-guidance"; version 1 is a copy migration 181 made), where consumer-protection officers edit them.
 */
export const GUIDANCE: Record<string, CounterGuidanceContent> = {
  identity_data_error: {
    steps: {
      identify: {
        zh: "证件信息与系统留存不一致时先停办，不要凭口头说明继续。",
        en: "When the ID does not match what the system holds, stop; do not carry on on the customer's word.",
      },
      report: {
        zh: "登记证件类型、不一致之处和已办到哪一步，交主管核实。",
        en: "Record the ID type, what differs and how far the business went, and pass it to a supervisor.",
      },
      verify: {
        zh: "主管核对原件与联网核查结果，必要时会同运营部门确认。",
        en: "The supervisor checks the original document and the online ID check, with operations if needed.",
      },
      handle: {
        zh: "按核实结果更正客户信息，请客户确认后再续办业务。",
        en: "Correct the customer's data as verified and have the customer confirm before going on.",
      },
      follow_up: {
        zh: "确认更正已在各系统生效，客户后续业务不再受影响。",
        en: "Make sure the correction shows in every system and the customer's next visit is not affected.",
      },
    },
    prevention: {
      zh: "办理前逐项核对证件，坚持联网核查；定期清理过期、缺失的客户信息。",
      en: "Check each item of the ID before serving and always run the online check; clean out stale data.",
    },
  },
  account_data_error: {
    steps: {
      identify: {
        zh: "账户状态、户名或账号与客户所述不符时暂停操作。",
        en: "Pause when the account's status, name or number differs from what the customer says.",
      },
      report: {
        zh: "登记账号（系统自动遮蔽）、差异内容和已做的操作。",
        en: "Record the account (masked for you), what differs and what has been done so far.",
      },
      verify: {
        zh: "主管调阅开户资料和账户变更记录，查明差异来源。",
        en: "The supervisor reads the opening papers and change history to find where the difference came from.",
      },
      handle: {
        zh: "按规定更正账户信息；涉及冻结或限额的，向客户说明依据和解除途径。",
        en: "Correct the account as the rules allow; for a freeze or limit, explain the grounds and the way out.",
      },
      follow_up: {
        zh: "回访客户，确认账户已可正常使用。",
        en: "Call the customer back to confirm the account works normally again.",
      },
    },
    prevention: {
      zh: "账户变更实行双人复核；变更后及时告知客户。",
      en: "Two people check every account change; tell the customer promptly after a change.",
    },
  },
  transaction_data_error: {
    steps: {
      identify: {
        zh: "金额、收款人或交易类型有误时立即停止交易，先别让客户离柜。",
        en: "When an amount, payee or transaction type is wrong, stop at once and ask the customer to stay.",
      },
      report: {
        zh: "登记交易流水号、金额和差错内容，并写明当场已采取的措施。",
        en: "Record the transaction number, the amount, the error and what was done on the spot.",
      },
      verify: {
        zh: "主管核对流水和凭证，确认差错金额和责任环节。",
        en: "The supervisor checks the journal and vouchers to confirm the sum and where it went wrong.",
      },
      handle: {
        zh: "按权限冲正或退款，向客户说明原因并致歉。",
        en: "Reverse or refund within your authority, explain the cause to the customer and apologise.",
      },
      follow_up: {
        zh: "确认资金已到位、客户无损失后再办结。",
        en: "Close only once the money is where it belongs and the customer has lost nothing.",
      },
    },
    prevention: {
      zh: "大额和跨行交易请客户复述确认；柜员执行录入复核。",
      en: "Ask the customer to confirm large and interbank transfers aloud; check entries before submitting.",
    },
  },
  system_failure: {
    steps: {
      identify: {
        zh: "系统或设备无法办理业务时，先确认是单台设备还是整个网点。",
        en: "When a system or device stops, first find out whether it is one machine or the whole outlet.",
      },
      report: {
        zh: "马上通知科技支持报修，同时登记故障现象和受影响的业务。",
        en: "Call tech support for a repair at once and record what fails and which business is affected.",
      },
      verify: {
        zh: "主管与科技支持确认故障范围和预计恢复时间；影响面大的，启动系统故障应急。",
        en: "The supervisor confirms with tech support how wide it is and when it is back; if wide, open the emergency.",
      },
      handle: {
        zh: "安抚等候客户，告知原因和可选的替代渠道；故障排除后优先办理等候的客户。",
        en: "Calm waiting customers, tell them why and what else they can use; serve those waiting first once fixed.",
      },
      follow_up: {
        zh: "核对故障期间的交易是否完整，有无需要补办或冲正的业务。",
        en: "Check that the transactions during the failure are complete and nothing needs redoing or reversing.",
      },
    },
    prevention: {
      zh: "定期维护和升级系统设备，保留备用设备和应急办理流程。",
      en: "Maintain and upgrade systems and devices regularly; keep spare devices and a fallback procedure.",
    },
  },
  counter_complaint: {
    steps: {
      identify: {
        zh: "客户对服务表示不满时，先照顾情绪，再弄清楚他不满的是什么。",
        en: "When a customer is unhappy with the service, look after their feelings first, then find out what about.",
      },
      report: {
        zh: "如实登记客户的诉求和经过，不加评判。",
        en: "Record what the customer asks for and what happened, as it was, without judging.",
      },
      verify: {
        zh: "主管听取双方陈述，调阅录像，确认问题所在。",
        en: "The supervisor hears both sides and checks the recording to find where the problem lies.",
      },
      handle: {
        zh: "能当场解决的当场解决并致歉；客户坚持投诉的，转为客户投诉，按投诉时限办理。",
        en: "Solve what can be solved now and apologise; if the customer still complains, register the complaint.",
      },
      follow_up: {
        zh: "回访客户满意度；需要改进的，反馈给相关部门。",
        en: "Ask the customer afterwards whether they are satisfied; pass on what needs to change.",
      },
    },
    prevention: {
      zh: "加强服务培训和服务意识，规范服务用语。",
      en: "Train service skills and attitude; use the standard service phrases.",
    },
  },
  business_dispute: {
    steps: {
      identify: {
        zh: "客户对业务办理结果或合同条款提出异议时，认真听完客户的理由。",
        en: "When a customer disputes the outcome of a transaction or a contract term, hear their reasons out.",
      },
      report: {
        zh: "登记争议的业务、金额和客户的主张，并及时报告上级部门。",
        en: "Record the business, the sum and the customer's claim, and tell the level above promptly.",
      },
      verify: {
        zh: "主管调阅合同、凭证和录音录像，必要时会同合规部门查明责任。",
        en: "The supervisor reads the contract, vouchers and recordings, with compliance where needed.",
      },
      handle: {
        zh: "与客户协商解决方案；客户请律师或起诉的，登记法律介入，配合律师处理。",
        en: "Agree a way forward with the customer; if a lawyer or court is involved, record it and assist counsel.",
      },
      follow_up: {
        zh: "跟踪协商或诉讼进展，直到争议彻底了结。",
        en: "Follow the negotiation or the case until the dispute is fully settled.",
      },
    },
    prevention: {
      zh: "严格按流程操作，分清岗位职责；完善业务制度，增强风险防范意识。",
      en: "Follow the procedure strictly with clear duties; improve the rules and keep risk in mind.",
    },
  },
  other: {
    steps: {
      identify: {
        zh: "发现异常先停下来确认，不要带着疑问继续办理。",
        en: "When something is wrong, stop and confirm it; do not carry on with the doubt.",
      },
      report: {
        zh: "如实登记发生了什么、涉及哪笔业务、当场做了什么。",
        en: "Record what happened, which business it touches and what was done on the spot.",
      },
      verify: {
        zh: "主管核实情况，需要时请相关部门协助。",
        en: "The supervisor verifies, with other departments where needed.",
      },
      handle: {
        zh: "按核实结果纠正，并告知客户处理结果。",
        en: "Put it right as verified and tell the customer the outcome.",
      },
      follow_up: {
        zh: "确认问题彻底解决后再办结。",
        en: "Close only once the problem is fully solved.",
      },
    },
    prevention: {
      zh: "把这次的原因记下来，在晨会上分享，避免再次发生。",
      en: "Write down the cause and share it at the morning meeting so it does not happen again.",
    },
  },
};

const FALLBACK_GUIDANCE_TYPE = "other";

/**
 * The guidance of a type from the versions that apply (`byType`), in one language; a type added by an
 * administrator gets the general entry.
 */
export function guidanceFor(
  type: string,
  byType: Record<string, CounterGuidanceContent>,
  locale: "zh" | "en",
) {
  const g = byType[type] ?? byType[FALLBACK_GUIDANCE_TYPE];
  return {
    steps: Object.fromEntries(Object.entries(g.steps).map(([step, l]) => [step, l[locale]])) as Record<
      Step,
      string
    >,
    prevention: g.prevention[locale],
  };
}
