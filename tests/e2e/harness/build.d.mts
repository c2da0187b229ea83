/** Bundle the overlay harness into `outdir`; resolves to `outdir`. */
export function buildHarness(outdir: string): Promise<string>;
