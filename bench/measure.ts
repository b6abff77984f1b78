/** One benchmark figure, as every group of `npm run bench` reports it. */
export interface Measure {
  value: number;
  unit: string;
  target: number;
  /** true when a smaller value is better */
  lowerIsBetter: boolean;
  note: string;
}
