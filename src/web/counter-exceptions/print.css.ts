/**
 * The register form's layout: an A4 sheet on screen and on paper. Plain CSS because the printed form is a
 * document, not an application screen; antd components are used only for the screen-only toolbar.
 */
export const PRINT_CSS = `
@page { size: A4; margin: 14mm 16mm; }
.cex-sheet { width: 210mm; min-height: 297mm; margin: 24px auto; padding: 14mm 16mm; background: #fff;
  box-shadow: 0 2px 12px rgba(0,0,0,.15); box-sizing: border-box; color: #000;
  font-family: "Noto Serif CJK SC", "Songti SC", SimSun, "Noto Sans CJK SC", serif; font-size: 10.5pt; }
.cex-sheet h1 { text-align: center; font-size: 18pt; letter-spacing: .3em; margin: 0 0 4mm; }
.cex-head { display: flex; justify-content: space-between; margin-bottom: 2mm; }
.cex-sheet table { width: 100%; border-collapse: collapse; table-layout: fixed; }
.cex-sheet td, .cex-sheet th { border: 1px solid #000; padding: 1.6mm 2mm; vertical-align: top; overflow-wrap: anywhere; }
.cex-sheet th { width: 24mm; font-weight: normal; text-align: center; vertical-align: middle; background: #f3f3f3; }
.cex-sheet .section th { text-align: left; font-weight: bold; background: #e6e6e6; }
.cex-sheet .tall td { height: 22mm; }
.cex-sheet .sign td { border-top: none; height: 12mm; vertical-align: bottom; }
.cex-sign { display: flex; justify-content: flex-end; gap: 18mm; }
.cex-sign span { display: inline-block; min-width: 30mm; border-bottom: 1px solid #000; }
.cex-foot { margin-top: 3mm; font-size: 8.5pt; color: #444; display: flex; justify-content: space-between; }
.cex-toolbar { width: 210mm; margin: 16px auto 0; display: flex; gap: 8px; justify-content: flex-end; }
@media print {
  body { background: #fff !important; }
  .cex-toolbar { display: none; }
  .cex-sheet { margin: 0; padding: 0; width: auto; min-height: auto; box-shadow: none; }
  .cex-sheet th, .cex-sheet .section th { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;
