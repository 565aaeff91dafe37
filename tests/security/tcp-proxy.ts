import net from "node:net";

/**
 * A TCP proxy we control between the app and PostgreSQL: `cut()` destroys every open connection and refuses new
 * ones (a network partition as the app sees it), `restore()` accepts again. The PostgreSQL server itself is never
 * touched (CI runs as root, where it cannot be restarted).
 */
export class TcpProxy {
  private server: net.Server | null = null;
  private readonly sockets = new Set<net.Socket>();
  private accepting = true;
  connections = 0;

  private constructor(
    readonly port: number,
    private readonly target: { host: string; port: number },
  ) {}

  static async start(target: { host: string; port: number }, port = 0): Promise<TcpProxy> {
    const proxy = new TcpProxy(port, target);
    await proxy.listen(port);
    return proxy;
  }

  private listen(port: number): Promise<void> {
    return new Promise((resolve, reject) => {
      const server = net.createServer((client) => this.accept(client));
      server.once("error", reject);
      server.listen(port, "127.0.0.1", () => {
        const a = server.address();
        (this as { port: number }).port = typeof a === "object" && a ? a.port : port;
        this.server = server;
        resolve();
      });
    });
  }

  private accept(client: net.Socket): void {
    if (!this.accepting) {
      client.destroy();
      return;
    }
    this.connections++;
    const upstream = net.connect(this.target.port, this.target.host);
    for (const s of [client, upstream]) {
      this.sockets.add(s);
      s.on("close", () => this.sockets.delete(s));
      s.on("error", () => {
        client.destroy();
        upstream.destroy();
      });
    }
    client.pipe(upstream);
    upstream.pipe(client);
  }

  /**
   * Cuts every open connection and stops accepting: the port is closed, so the app's reconnects are refused (as
   * when the database host is down). With `mode: "reset"` the port stays open and every new connection is accepted
   * and dropped at once (as a load balancer with no healthy backend might do).
   */
  async cut(mode: "refuse" | "reset" = "refuse"): Promise<void> {
    this.accepting = false;
    for (const s of this.sockets) s.destroy();
    this.sockets.clear();
    if (mode === "refuse" && this.server) {
      const server = this.server;
      this.server = null;
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  }

  async restore(): Promise<void> {
    this.accepting = true;
    if (!this.server) await this.listen(this.port);
  }

  get openConnections(): number {
    return this.sockets.size;
  }

  async close(): Promise<void> {
    await this.cut("refuse");
  }
}
