import { SMTPServer } from 'smtp-server';

export interface DeliveredMail {
  messageId: string | null;
  to: string[];
  /** When the server answered 250 (epoch ms). */
  at: number;
  /** The client's EHLO name: which worker sent it (see `urlFor`). */
  sender: string;
}

/**
 * A real SMTP server that can hold every message at the end of DATA: the sender waits for the 250. A mail
 * counts as delivered only when the server answered 250 to a connection that was still there, so a
 * worker killed while it waits has not sent its mail (as with a real relay that never confirmed it).
 */
export class SmtpGate {
  readonly delivered: DeliveredMail[] = [];
  private held: (() => void)[] = [];
  private holding = false;

  private constructor(
    private readonly server: SMTPServer,
    readonly port: number,
  ) {}

  static async start(): Promise<SmtpGate> {
    let gate: SmtpGate | null = null;
    const closed = new Set<string>();
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          const finish = () => {
            // A sender that disconnected while held never got its 250: the mail was not delivered.
            if (closed.has(session.id)) return;
            const raw = Buffer.concat(chunks).toString('utf8');
            gate?.delivered.push({
              messageId: /^Message-ID: (.*)$/im.exec(raw)?.[1]?.trim() ?? null,
              to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
              at: Date.now(),
              sender: session.hostNameAppearsAs,
            });
            callback();
          };
          if (gate?.holding) gate.held.push(finish);
          else finish();
        });
      },
      onClose(session) {
        closed.add(session.id);
      },
    });
    server.on('error', () => undefined);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    gate = new SmtpGate(server, (server.server.address() as { port: number }).port);
    return gate;
  }

  /** The SMTP_URL for one sender: nodemailer greets with `name`, so each delivery names its worker. */
  urlFor(sender: string): string {
    return `smtp://127.0.0.1:${this.port}/?name=${encodeURIComponent(sender)}`;
  }

  hold(): void {
    this.holding = true;
  }

  get waiting(): number {
    return this.held.length;
  }

  release(): void {
    this.holding = false;
    const held = this.held;
    this.held = [];
    for (const finish of held) finish();
  }

  close(): Promise<void> {
    this.release();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
