import fs from "node:fs";
import path from "node:path";
import { SMTPServer } from "smtp-server";
import { simpleParser } from "mailparser";

/**
 * A real SMTP server for the test run: every accepted mail is parsed and written to `dir` as JSON.
 * While a file named REJECT exists in `dir`, it answers 451 (a temporary failure), so tests can stage an outage.
 */
export async function startTestSmtpServer(dir: string): Promise<{ port: number; close: () => Promise<void> }> {
  fs.mkdirSync(dir, { recursive: true });
  let n = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      if (fs.existsSync(path.join(dir, "REJECT"))) {
        stream.resume();
        stream.on("end", () => callback(Object.assign(new Error("451 mail server unavailable (test outage)"), { responseCode: 451 })));
        return;
      }
      simpleParser(stream)
        .then((mail) => {
          const record = {
            to: session.envelope.rcptTo.map((r) => r.address),
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
            subject: mail.subject ?? "",
            text: mail.text ?? "",
            receivedAt: new Date().toISOString(),
          };
          const file = path.join(dir, `${Date.now()}-${String(++n).padStart(5, "0")}.json`);
          fs.writeFileSync(file, JSON.stringify(record, null, 2));
          callback();
        })
        .catch((e: Error) => callback(e));
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return { port, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
