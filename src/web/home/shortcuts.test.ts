import { describe, expect, it } from "vitest";
import { can } from "../../domain/auth/permissions.ts";
import { shortcutsFor } from "./shortcuts.tsx";

const shortcutsOf = (role: Parameters<typeof can>[0]) =>
  shortcutsFor((action) => can(role, action)).map(({ key, title, to }) => ({ key, title, to }));

describe("home shortcuts, from the pages' route tables", () => {
  it("offer an administrator managing the org tree and users, a teller only viewing them", () => {
    const admin = shortcutsOf("administrator");
    expect(admin.find((s) => s.key === "org")).toEqual({
      key: "org",
      title: "home.shortcut.orgManage",
      to: "/org",
    });
    expect(admin.find((s) => s.key === "users")?.title).toBe("home.shortcut.usersManage");
    const teller = shortcutsOf("teller");
    expect(teller.find((s) => s.key === "org")?.title).toBe("home.shortcut.orgView");
    expect(teller.find((s) => s.key === "users")?.title).toBe("home.shortcut.usersView");
  });

  it("put the daily work first and changing one's password last", () => {
    const teller = shortcutsOf("teller").map((s) => s.key);
    expect(teller.indexOf("counter-exception")).toBeLessThan(teller.indexOf("org"));
    expect(teller.at(-1)).toBe("password");
    expect(shortcutsOf("teller").find((s) => s.key === "counter-exception")?.to).toBe(
      "/counter-exceptions/new",
    );
  });

  it("leave out the pages a role may not open", () => {
    expect(shortcutsOf("teller").map((s) => s.key)).not.toContain("audit");
    expect(shortcutsOf("auditor").map((s) => s.key)).toContain("audit");
  });
});
