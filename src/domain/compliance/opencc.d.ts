/** OpenCC's traditional→simplified character table: "繁 简|繁 简|…", shipped without its own types. */
declare module "opencc-js/dict/TSCharacters" {
  const table: string;
  export default table;
}
