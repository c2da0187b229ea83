// Types for serve-demo.mjs, so TypeScript tests and Playwright fixtures can import it.
export const DEFAULT_ROOT: string;
export const DEFAULT_PORT: number;
export function toRelativePath(requestPath: string): string | null;
export interface DemoServer {
  url: string;
  port: number;
  close(): Promise<void>;
}
export function startDemoServer(options?: { port?: number; root?: string; host?: string }): Promise<DemoServer>;
