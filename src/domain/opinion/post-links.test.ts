import { describe, expect, it } from "vitest";
import { canonicalLink, postLinksOf } from "./post-links.ts";

describe("the canonical link of a post", () => {
  it("brings a Weibo post's web, mobile and shared addresses to one key", () => {
    const key = "weibo.com/status/P3xKa9Lmz";
    expect(canonicalLink("https://weibo.com/6543210987/P3xKa9Lmz")).toBe(key);
    expect(canonicalLink("https://www.weibo.com/6543210987/P3xKa9Lmz?refer_flag=1001030103_")).toBe(key);
    expect(canonicalLink("https://m.weibo.cn/status/P3xKa9Lmz?jumpfrom=weibocom")).toBe(key);
    expect(canonicalLink("http://m.weibo.cn/detail/P3xKa9Lmz#comments")).toBe(key);
    // A user's profile is no post; another post is another key.
    expect(canonicalLink("https://weibo.com/u/6543210987")).toBe("weibo.com/u/6543210987");
    expect(canonicalLink("https://weibo.com/6543210987/P3xKb0Qrs")).not.toBe(key);
  });

  it("keeps only the parameters that name a WeChat article", () => {
    const long =
      "https://mp.weixin.qq.com/s?__biz=MzA3NDM0ODQwMw==&mid=2649123456&idx=1&sn=3f2a9c0d1e&chksm=8712ab&scene=21&sessionid=1700000000&key=abc&pass_ticket=xyz#wechat_redirect";
    const shared =
      "http://mp.weixin.qq.com/s?sn=3f2a9c0d1e&idx=1&mid=2649123456&__biz=MzA3NDM0ODQwMw==&from=timeline&isappinstalled=0";
    expect(canonicalLink(long)).toBe(canonicalLink(shared));
    expect(canonicalLink(long)).toBe(
      "mp.weixin.qq.com/s?__biz=MzA3NDM0ODQwMw%3D%3D&idx=1&mid=2649123456&sn=3f2a9c0d1e",
    );
    expect(canonicalLink("https://mp.weixin.qq.com/s/Xk3d9QvLr7TzPq1bWm2aNg?from=groupmessage")).toBe(
      "mp.weixin.qq.com/s/Xk3d9QvLr7TzPq1bWm2aNg",
    );
    // The second article of the same push is another post.
    expect(canonicalLink(long.replace("idx=1", "idx=2"))).not.toBe(canonicalLink(long));
  });

  it("brings a Douyin video's web and share addresses to one key", () => {
    const key = "douyin.com/video/7301234567890123456";
    expect(
      canonicalLink("https://www.douyin.com/video/7301234567890123456?previous_page=app_code_link"),
    ).toBe(key);
    expect(
      canonicalLink(
        "https://www.iesdouyin.com/share/video/7301234567890123456/?region=CN&mid=7300000000000000001&u_code=0&did=MS4wLjABAAAA&with_sec_did=1&titleType=title&share_sign=abc&share_version=280700",
      ),
    ).toBe(key);
  });

  it("drops the sharer's parameters from a news article, keeping those that pick the page", () => {
    const key = "news.sina.com.cn/s/2026-12-05/doc-inhabcde1234567.shtml";
    expect(
      canonicalLink(
        "https://news.sina.com.cn/s/2026-12-05/doc-inhabcde1234567.shtml?utm_source=wechat&utm_medium=social",
      ),
    ).toBe(key);
    expect(canonicalLink("http://news.sina.com.cn/s/2026-12-05/doc-inhabcde1234567.shtml/#p=1")).toBe(key);
    expect(
      canonicalLink("https://www.toutiao.com/article/7312345678901234567/?log_from=a1b2c3&wid=1701"),
    ).toBe("toutiao.com/article/7312345678901234567");
    expect(canonicalLink("https://m.toutiao.com/i7312345678901234567/")).toBe(
      "toutiao.com/article/7312345678901234567",
    );
    expect(canonicalLink("https://bbs.example.com/thread?tid=8848&page=2&spm=a2c4g.11186623")).toBe(
      "bbs.example.com/thread?page=2&tid=8848",
    );
    expect(
      canonicalLink(
        "https://www.xiaohongshu.com/explore/6570a1b2000000003c01d2e3?xsec_token=AB12&xsec_source=pc_share",
      ),
    ).toBe("xiaohongshu.com/explore/6570a1b2000000003c01d2e3");
  });

  it("is null for what is no post's address", () => {
    expect(canonicalLink("not a link")).toBeNull();
    expect(canonicalLink("ftp://files.example.com/a.txt")).toBeNull();
    expect(canonicalLink("https://www.weibo.com/?from=home")).toBeNull();
  });
});

describe("the posts a mention points at", () => {
  it("are its own address and the addresses quoted in its text, once each", () => {
    const text =
      "据网友爆料（原帖 https://m.weibo.cn/status/P3xKa9Lmz?jumpfrom=weibocom），人民路网点排起长队。另见https://weibo.com/6543210987/P3xKa9Lmz。";
    expect(postLinksOf("https://news.example.com/a/20261205/1234.html?from=timeline", text)).toEqual([
      "news.example.com/a/20261205/1234.html",
      "weibo.com/status/P3xKa9Lmz",
    ]);
    expect(postLinksOf("https://forum.example/t/1", "没有链接的帖子")).toEqual(["forum.example/t/1"]);
  });
});
