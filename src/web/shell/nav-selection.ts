/**
 * The menu item a page belongs to: the longest item path that is the page's path or a parent of it, so that
 * /complaints/123 lights up 客户投诉 while /complaints/stats keeps its own item. Home ("/") only on itself.
 */
export function selectedNavKey(pathname: string, paths: readonly string[]): string | undefined {
  return paths
    .filter((p) => pathname === p || (p !== "/" && pathname.startsWith(`${p}/`)))
    .sort((a, b) => b.length - a.length)[0];
}
