import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import type { StaffCase } from "@/lib/server/cases/get-case";
import { DefinitionList, Row } from "./definition-list";

/** What the applicant stated: who they are (ID masked), what they want, in which form and how delivered. */
export async function CaseRequestFacts({ c }: { c: StaffCase }) {
  const [t, f] = await Promise.all([getTranslations("requests"), getTranslations("requestForm")]);
  const label = (key: string) => (f.has(key as never) ? f(key as never) : null);
  const org = c.applicantType === "organization";
  return (
    <div className="space-y-6">
      <Card title={t("applicant")}>
        <DefinitionList>
          <Row label={f("applicantType.label")}>{t(`applicantTypes.${org ? "organization" : "natural_person"}`)}</Row>
          <Row label={f("organizationType.label")}>{org && c.organizationType ? label(`organizationType.${c.organizationType}`) : null}</Row>
          <Row label={t("applicantName")}>
            <span data-testid="applicant-name">{c.applicantName}</span>
          </Row>
          <Row label={f("fields.idType")}>{c.idType ? label(`idTypes.${c.idType}`) : null}</Row>
          <Row label={t("idNumber")}>{c.idNumberMasked ? <span className="font-mono">{c.idNumberMasked}</span> : null}</Row>
          <Row label={t("creditCode")}>{c.creditCodeMasked ? <span className="font-mono">{c.creditCodeMasked}</span> : null}</Row>
          <Row label={f("fields.legalRepresentative")}>{c.legalRepresentative}</Row>
          <Row label={f("fields.contactName")}>{c.contactName}</Row>
          <Row label={t("phone")}>{c.phone}</Row>
          <Row label={t("email")}>{c.email}</Row>
          <Row label={f(org ? "fields.orgAddress" : "fields.address")}>{c.address}</Row>
          <Row label={f("fields.postalCode")}>{c.postalCode}</Row>
        </DefinitionList>
      </Card>
      <Card title={t("information")}>
        <DefinitionList>
          <Row label={t("infoTitle")}>{c.infoTitle}</Row>
          <Row label={t("infoDocumentNumber")}>{c.infoDocumentNumber}</Row>
          <Row label={t("infoDescription")}>
            <span className="whitespace-pre-wrap">{c.infoDescription}</span>
          </Row>
          <Row label={t("purpose")}>{c.purpose}</Row>
          <Row label={f("form.label")}>{label(`form.${c.form}`) ?? c.form}</Row>
          <Row label={f("delivery.label")}>{label(`delivery.${c.delivery}`) ?? c.delivery}</Row>
        </DefinitionList>
      </Card>
    </div>
  );
}
