import { expect, it } from "vitest";
import { ApiError } from "./client.ts";
import { placeErrors } from "./form-errors.ts";

const values = { summary: "", request: "", complainant: { name: "", phone: "" } };

it("every field a validation error lists is marked under that field of the form", () => {
  const error = new ApiError(
    400,
    "invalid",
    "字段 summary 无效：期望文本，收到数字",
    "summary",
    "期望文本，收到数字",
    [
      { field: "summary", message: "期望文本，收到数字" },
      { field: "complainant.phone", message: "格式不正确" },
      { field: "request", message: "必填" },
    ],
  );
  expect(placeErrors(error, values)).toEqual({
    fields: [
      { name: ["summary"], errors: ["期望文本，收到数字"] },
      { name: ["complainant", "phone"], errors: ["格式不正确"] },
      { name: ["request"], errors: ["必填"] },
    ],
    message: null,
  });
});

it("a listed field the form does not show goes to the message at the top", () => {
  const error = new ApiError(400, "invalid", "字段 channel 无效：必填", "channel", "必填", [
    { field: "channel", message: "必填" },
    { field: "summary", message: "不能为空" },
  ]);
  expect(placeErrors(error, values)).toEqual({
    fields: [{ name: ["summary"], errors: ["不能为空"] }],
    message: "字段 channel 无效：必填",
  });
});

it("an error of one field (a conflict, say) still marks that field; others are a message", () => {
  const taken = new ApiError(409, "users.username_taken", "用户名 a 已被使用", "summary", undefined);
  expect(placeErrors(taken, values).fields).toEqual([{ name: ["summary"], errors: ["用户名 a 已被使用"] }]);
  expect(placeErrors(new ApiError(403, "forbidden", "无权限"), values)).toEqual({
    fields: [],
    message: "无权限",
  });
});
