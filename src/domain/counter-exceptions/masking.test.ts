import { describe, expect, it } from "vitest";
import { maskAccountNo, maskCustomer, maskIdNumber, maskName, maskPhone } from "./masking.ts";

describe("customer masking", () => {
  it("keeps only what staff need to recognise a customer", () => {
    expect(maskName("张三丰")).toBe("张**");
    expect(maskPhone("13812345678")).toBe("138****5678");
    expect(maskIdNumber("110101199001061234")).toBe("1101**********1234");
    expect(maskAccountNo("6222 0212 3456 7890 123")).toBe("***************0123");
  });

  it("short values never show more than their last characters", () => {
    expect(maskPhone("1234")).toBe("****");
    expect(maskPhone("95588")).toBe("*5588");
  });

  it("absent fields stay absent", () => {
    const customer = { name: null, phone: "13812345678", idType: null, idNumber: null, accountNo: null };
    expect(maskCustomer(customer)).toEqual({
      name: null,
      phone: "138****5678",
      idType: null,
      idNumber: null,
      accountNo: null,
    });
  });
});
