/**
 * The upward report as an A4 document, on screen and on paper. Plain CSS because it is a document, not an
 * application screen; only the screen toolbar uses antd.
 */
export const REPORT_PRINT_CSS = `
@page { size: A4; margin: 14mm 16mm; }
.inc-page { background: #eceff3; min-height: 100vh; padding-bottom: 24px; }
.inc-sheet { width: 210mm; min-height: 297mm; margin: 24px auto; padding: 16mm 18mm; background: #fff;
  box-shadow: 0 2px 12px rgba(0,0,0,.15); box-sizing: border-box; color: #000;
  font-family: "Noto Serif CJK SC", "Songti SC", SimSun, "Noto Sans CJK SC", serif; font-size: 11pt; }
.inc-sheet h1 { text-align: center; font-size: 18pt; letter-spacing: .2em; margin: 0 0 5mm; }
.inc-drill { text-align: center; font-weight: bold; border: 1.5px solid #000; padding: 1.5mm; margin-bottom: 3mm; }
.inc-head { display: flex; justify-content: space-between; margin-bottom: 2mm; }
.inc-sheet table { width: 100%; border-collapse: collapse; table-layout: fixed; }
.inc-sheet td, .inc-sheet th { border: 1px solid #000; padding: 2mm 2.4mm; vertical-align: top; overflow-wrap: anywhere;
  white-space: pre-wrap; }
.inc-sheet th { width: 28mm; font-weight: normal; text-align: center; vertical-align: middle; background: #f3f3f3; }
.inc-sheet .tall td { height: 26mm; }
.inc-sign { display: flex; justify-content: flex-end; gap: 12mm; margin-top: 12mm; }
.inc-sign span { display: inline-block; min-width: 30mm; border-bottom: 1px solid #000; }
.inc-foot { margin-top: 6mm; font-size: 8.5pt; color: #444; display: flex; justify-content: space-between; }
.inc-toolbar { width: 210mm; margin: 16px auto 0; display: flex; gap: 8px; justify-content: flex-end; }
@media print {
  body, .inc-page { background: #fff !important; padding: 0; }
  .inc-toolbar { display: none; }
  .inc-sheet { margin: 0; padding: 0; width: auto; min-height: auto; box-shadow: none; }
  .inc-sheet th { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;
