/** A one-line progress display on stderr, only when stderr is a terminal (never in logs or pipes). */
export class Progress {
  private readonly enabled: boolean;
  private readonly started = Date.now();
  private last = 0;
  private shown = false;

  constructor(private readonly stream: NodeJS.WriteStream = process.stderr) {
    this.enabled = stream.isTTY === true;
  }

  update(notices: number, files: number, bad: number, force = false): void {
    if (!this.enabled) return;
    const now = Date.now();
    if (!force && now - this.last < 100) return;
    this.last = now;
    const seconds = Math.max((now - this.started) / 1000, 0.001);
    const rate = Math.round(notices / seconds);
    const width = 20;
    const spin = Math.floor(now / 100) % width;
    const bar = Array.from({ length: width }, (_, i) => (i === spin ? '█' : '░')).join('');
    this.stream.write(`\r\x1b[K${bar} ${notices} notices from ${files} files · ${bad} unreadable · ${rate}/s`);
    this.shown = true;
  }

  /** Clears the line, so that a message or the summary starts clean. */
  clear(): void {
    if (this.enabled && this.shown) this.stream.write('\r\x1b[K');
    this.shown = false;
  }
}
