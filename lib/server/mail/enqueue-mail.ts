import { schema, type DbOrTx } from "@/db";

export type OutgoingMail = {
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** What kind of mail this is (kept after the body is purged). */
  template: string;
  caseId?: string | null;
};

/** The outbox row a mail is stored as (for callers that write it as part of a larger statement). */
export function outboxRow(mail: OutgoingMail) {
  return {
    toAddress: mail.to,
    subject: mail.subject,
    bodyText: mail.text,
    bodyHtml: mail.html ?? null,
    template: mail.template,
    caseId: mail.caseId ?? null,
  };
}

/** Writes the mail to the outbox inside the caller's transaction; the delivery job sends it. */
export async function enqueueMail(tx: DbOrTx, mail: OutgoingMail): Promise<void> {
  await tx.insert(schema.mailOutbox).values(outboxRow(mail));
}
