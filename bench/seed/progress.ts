/** One line that rewrites itself: what is being seeded, how far, how fast. */
export class Progress {
  private done = 0;
  private readonly started = Date.now();
  private lastDraw = 0;
  private readonly label: string;
  private readonly total: number;
  constructor(label: string, total: number) {
    this.label = label;
    this.total = total;
  }
  add(n: number) {
    this.done += n;
    const now = Date.now();
    // A terminal gets a bar redrawn five times a second; a log file a line every five seconds.
    const every = process.stdout.isTTY ? 200 : 5000;
    if (now - this.lastDraw > every || this.done >= this.total) {
      this.lastDraw = now;
      this.draw();
    }
  }
  private draw() {
    if (!this.label) return; // an unlabelled bar stays silent (the tests seed with the same code)
    const frac = this.total ? Math.min(1, this.done / this.total) : 1;
    const width = 30;
    const bar = "█".repeat(Math.round(frac * width)).padEnd(width, "·");
    const secs = (Date.now() - this.started) / 1000;
    const rate = Math.round(this.done / Math.max(secs, 0.001));
    const line = `${this.label.padEnd(22)} ${bar} ${String(Math.round(frac * 100)).padStart(3)}% ${this.done}/${this.total} ${rate}/s ${secs.toFixed(0)}s`;
    if (process.stdout.isTTY) process.stdout.write(`\r${line}`);
    else console.log(line);
  }
  finish() {
    this.draw();
    if (process.stdout.isTTY) process.stdout.write("\n");
  }
}
