import { describe, expect, it } from "vitest";
import { itemColour, worse } from "./worst.ts";

describe("watch board colours", () => {
  it("an outlet takes the colour of its worst open item", () => {
    const items = [itemColour.exception(), itemColour.complaint(true), itemColour.warning("blue")];
    expect(items.reduce(worse, "none")).toBe("orange");
    expect([itemColour.incident("I", false), itemColour.warning("yellow")].reduce(worse, "none")).toBe("red");
    expect([itemColour.exception(), itemColour.opinion("major", false)].reduce(worse, "none")).toBe("red");
    expect([itemColour.warning("blue"), itemColour.opinion("general", false)].reduce(worse, "none")).toBe(
      "yellow",
    );
  });

  it("a drill colours nothing; an outlet with nothing open stays uncoloured", () => {
    expect(itemColour.incident("I", true)).toBe("none");
    expect(itemColour.opinion("major", true)).toBe("none");
    expect([].reduce(worse, "none")).toBe("none");
  });
});
