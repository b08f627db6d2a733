// The part of autocannon's API the bench uses (the package ships no types).
declare module "autocannon" {
  export interface AutocannonRequest {
    method?: string;
    path?: string;
    headers?: Record<string, string>;
    body?: string;
    setupRequest?: (req: AutocannonRequest, context: Record<string, unknown>) => AutocannonRequest;
  }
  export interface Client {
    setRequests(requests: AutocannonRequest[]): void;
  }
  interface Histogram {
    average: number;
    mean: number;
    p50: number;
    p90: number;
    p99: number;
    max: number;
    total: number;
  }
  interface Result {
    requests: Histogram & { sent: number };
    latency: Histogram;
    errors: number;
    timeouts: number;
    non2xx: number;
    duration: number;
  }
  interface Options {
    url: string;
    connections?: number;
    duration?: number;
    timeout?: number;
    requests?: AutocannonRequest[];
    setupClient?: (client: Client) => void;
  }
  /** A run: awaited, its result; meanwhile it reports each response (latency in ms). */
  interface Instance extends PromiseLike<Result> {
    on(
      event: "response",
      listener: (client: Client, status: number, bytes: number, ms: number) => void,
    ): void;
    /** Ends the run before its duration. */
    stop(): void;
  }
  function autocannon(opts: Options): Instance;
  export default autocannon;
}
