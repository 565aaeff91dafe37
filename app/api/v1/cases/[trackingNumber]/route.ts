import { NextResponse } from "next/server";
import { getDb } from "@/db";
import { todayInShanghai } from "@/lib/domain/identity";
import { AppError } from "@/lib/errors";
import { getCaseForStaff } from "@/lib/server/cases/get-case";
import { tokenRoute } from "@/lib/server/http/api-route";

/** GET /api/v1/cases/{trackingNumber} — the case with its version, dates, outcome and events (oldest first). */
export const GET = tokenRoute<{ trackingNumber: string }>("staff.use", async (_req, { params }) => {
  const found = await getCaseForStaff(await getDb(), params.trackingNumber, todayInShanghai());
  if (!found) throw new AppError("not_found");
  return NextResponse.json({
    trackingNumber: found.trackingNumber,
    version: found.version,
    status: found.status,
    channel: found.channel,
    receivedAt: found.receivedAt,
    dueDate: found.dueDate,
    dueDateProvisional: found.dueDateProvisional,
    outcome: found.outcome,
    reasonCode: found.reasonCode,
    repliedAt: found.repliedAt,
    endingCode: found.endingCode,
    endedAt: found.endedAt,
    applicant: {
      type: found.applicantType,
      organizationType: found.organizationType,
      name: found.applicantName,
      idType: found.idType,
      idNumberMasked: found.idNumberMasked,
      creditCodeMasked: found.creditCodeMasked,
      phone: found.phone,
      email: found.email,
    },
    information: { title: found.infoTitle, documentNumber: found.infoDocumentNumber, description: found.infoDescription },
    facts: {
      clarification: found.facts.clarification,
      consultations: found.facts.consultations,
      fee: found.facts.fee,
      extension: found.facts.extension,
    },
    assignee: found.assigneeName,
    department: found.departmentName,
    events: found.events.map((e) => ({ at: e.at, action: e.action, actor: e.actorName ?? e.actorKind, data: e.after })),
  });
});
