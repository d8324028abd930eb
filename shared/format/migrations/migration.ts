/** One step of the file format: a pure function from version `to - 1` to version `to`. */
export interface Migration {
  to: number;
  name: string;
  up: (document: Record<string, unknown>) => Record<string, unknown>;
}
