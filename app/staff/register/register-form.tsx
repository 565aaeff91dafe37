"use client";

import Link from "next/link";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { useForm, useWatch, type DefaultValues, type UseFormReturn } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { ApplicantSection } from "@/components/request/applicant-section";
import { AttachmentsSection, NO_FILES, type ChosenFiles, type FilePath } from "@/components/request/attachments-section";
import { flattenFormErrors, followSummaryLink, requestFieldLabelKey } from "@/components/request/field-labels";
import { emptyValues, isTextFieldPath, readPath, sectionIdFor, TEXT_FIELD_PATHS } from "@/components/request/fields";
import { FormSection } from "@/components/request/form-parts";
import { DeliverySection, InformationSection } from "@/components/request/information-section";
import { Receipt, type AcknowledgementDetails, type ReceiptData } from "@/components/request/receipt";
import { buildRequestBody, submitRequest, type SubmitOutcome, type SubmitProgress } from "@/components/request/submit-request";
import { useMessageText, type FormMessage } from "@/components/request/use-message-text";
import { Button, buttonClass } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { ProgressBar } from "@/components/ui/progress-bar";
import { todayInShanghai } from "@/lib/domain/identity/calendar-date";
import { staffCaseSchema, type RequestFormValues, type RequestInput, type StaffCaseFormValues, type StaffCaseInput } from "@/lib/validation/request";
import { ArrivalSection } from "./arrival-section";
import { LetterScansField } from "./letter-scans-field";

export const REGISTER_URL = "/api/web/cases";

type FileErrorPath = "files.letterScans" | FilePath;
type SummaryItem = { id: string; path: string; message: FormMessage };
type Registered = { receipt: ReceiptData; details: AcknowledgementDetails };

const ARRIVAL_PATHS = ["channel", "receivedAt"] as const;
const FILE_PATHS: readonly FileErrorPath[] = ["files.letterScans", "files.idDocument", "files.authorization", "files.attachments"];
/** The order of the page, which the error summary follows. */
const SUMMARY_ORDER: readonly string[] = [...ARRIVAL_PATHS, "files.letterScans", ...TEXT_FIELD_PATHS, ...FILE_PATHS.slice(1)];
const CHOICE_PATHS = new Set(["channel", "applicant.type", "applicant.organizationType", "form", "delivery"]);

const isArrivalPath = (p: string): p is (typeof ARRIVAL_PATHS)[number] => (ARRIVAL_PATHS as readonly string[]).includes(p);
const isFilePath = (p: string): p is FileErrorPath => (FILE_PATHS as readonly string[]).includes(p);
const rank = (p: string) => (SUMMARY_ORDER.includes(p) ? SUMMARY_ORDER.indexOf(p) : SUMMARY_ORDER.length);

/** An empty radio group reads "choose one of the options", whether the schema saw "" or nothing. */
function choiceMessage(path: string, message: string): string {
  return CHOICE_PATHS.has(path) && message === "validation.required" ? "validation.invalidOption" : message;
}

function emptyStaffValues(): DefaultValues<StaffCaseFormValues> {
  return { ...emptyValues(), channel: undefined, receivedAt: "" };
}

/** What the receipt names as the information sought: its title, else the start of the description. */
function informationSummary(values: StaffCaseInput): string {
  const text = values.information.title ?? values.information.description;
  return text.length > 80 ? `${text.slice(0, 80)}…` : text;
}

/** The message above the summary; none when the fields say it all. */
function outcomeMessage(outcome: Exclude<SubmitOutcome, { kind: "created" }>): FormMessage | null {
  if (outcome.kind === "network") return { key: "register.submit.network" };
  if (outcome.kind === "aborted") return { key: "register.submit.aborted" };
  if (outcome.status === 401) return { key: "register.submit.unauthorized" };
  if (outcome.status === 403) return { key: "register.submit.forbidden" };
  if (outcome.status === 413) return { key: "register.submit.tooLarge" };
  if (outcome.status === 503) return { key: "requestForm.submit.unavailable" };
  if (Object.keys(outcome.fields).length) return null;
  if (outcome.code === "validation") return { key: "register.submit.invalid" };
  return { key: "register.submit.failed" };
}

/**
 * Staff registration of a request received by letter, fax, e-mail, in person …: the citizen form's sections plus
 * channel, received date (Art. 31) and scans; on success the 受理回执 to print.
 */
export function RegisterForm({ agencyName, today }: { agencyName: string; today: string }) {
  const t = useTranslations("register");
  const rf = useTranslations("requestForm");
  const messageText = useMessageText();
  const form = useForm<StaffCaseFormValues, unknown, StaffCaseInput>({
    resolver: zodResolver(staffCaseSchema),
    defaultValues: emptyStaffValues(),
    mode: "onSubmit",
    reValidateMode: "onChange",
    shouldFocusError: false, // the error summary takes focus
  });
  // The staff form is the request form plus `channel` and `receivedAt`; the shared sections touch only the request's fields.
  const requestForm = form as unknown as UseFormReturn<RequestFormValues, unknown, RequestInput>;
  const [files, setFiles] = useState<ChosenFiles>(NO_FILES);
  const [scans, setScans] = useState<File[]>([]);
  const [fileErrors, setFileErrors] = useState<Partial<Record<FileErrorPath, FormMessage>>>({});
  const [summary, setSummary] = useState<SummaryItem[]>([]);
  const [formMessage, setFormMessage] = useState<FormMessage | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [progress, setProgress] = useState<SubmitProgress | null>(null);
  const [registered, setRegistered] = useState<Registered | null>(null);
  const abortRef = useRef<(() => void) | null>(null);
  const applicantType = useWatch({ control: form.control, name: "applicant.type" });

  useEffect(() => {
    if (!registered) return;
    window.scrollTo({ top: 0 });
    document.getElementById("register-done-title")?.focus();
  }, [registered]);

  useEffect(() => () => abortRef.current?.(), []);

  const errorFor = (path: string) => {
    if (isFilePath(path)) return messageText(fileErrors[path]);
    const e = readPath(form.formState.errors, path) as { message?: string } | undefined;
    return messageText(e?.message ? { text: choiceMessage(path, e.message) } : null);
  };

  const setFileError = (path: FileErrorPath, message: FormMessage | null) =>
    setFileErrors((prev) => {
      const next = { ...prev };
      if (message) next[path] = message;
      else delete next[path];
      return next;
    });

  function showSummary(errors: { path: string; message: FormMessage }[]) {
    const sorted = [...errors].sort((a, b) => rank(a.path) - rank(b.path));
    setSummary(sorted.map((e) => ({ id: isArrivalPath(e.path) || isTextFieldPath(e.path) || isFilePath(e.path) ? e.path : sectionIdFor(e.path), path: e.path, message: e.message })));
  }

  async function send(values: StaffCaseInput) {
    const payload: StaffCaseInput = { ...values, applicant: { ...values.applicant } };
    if (payload.applicant.type === "natural_person") delete payload.applicant.contactName; // not asked of a person
    const body = buildRequestBody(payload, { ...files, letterScans: scans });
    const { done, abort } = submitRequest(body, { idempotencyKey: crypto.randomUUID(), onProgress: setProgress, url: REGISTER_URL });
    abortRef.current = abort;
    const outcome = await done;
    abortRef.current = null;
    setProgress(null);
    if (outcome.kind === "created") {
      setRegistered({
        receipt: outcome.receipt,
        details: {
          agencyName,
          applicantName: values.applicant.name,
          information: informationSummary(values),
          channel: values.channel,
          issuedOn: todayInShanghai(),
        },
      });
      return;
    }
    const found: { path: string; message: FormMessage }[] = [];
    const nextFileErrors: Partial<Record<FileErrorPath, FormMessage>> = {};
    if (outcome.kind === "rejected") {
      for (const [path, text] of Object.entries(outcome.fields)) {
        if (isArrivalPath(path) || isTextFieldPath(path)) form.setError(path, { type: "server", message: text });
        else if (isFilePath(path)) nextFileErrors[path] = { text };
        found.push({ path, message: { text } });
      }
    }
    setFileErrors(nextFileErrors);
    setFormMessage(outcomeMessage(outcome));
    showSummary(found);
  }

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (progress) return;
    setFileErrors({});
    setFormMessage(null);
    setSummary([]);
    setAttempt((n) => n + 1);
    await form.handleSubmit(
      (values) => send(values),
      (errors) => showSummary(flattenFormErrors(errors).map((x) => ({ path: x.path, message: { text: choiceMessage(x.path, x.message) } }))),
    )(e);
  }

  function startOver() {
    form.reset(emptyStaffValues());
    setFiles(NO_FILES);
    setScans([]);
    setFileErrors({});
    setSummary([]);
    setFormMessage(null);
    setRegistered(null);
  }

  if (registered) {
    const tn = registered.receipt.trackingNumber;
    return (
      <div className="space-y-6">
        <div className="no-print rounded-md border-l-4 border-ok bg-ok-bg px-4 py-3">
          <h1 id="register-done-title" tabIndex={-1} className="text-2xl font-semibold text-ok">
            {t("done.title")}
          </h1>
          <p className="mt-1 text-ink">{t("done.lead")}</p>
        </div>
        <Receipt
          variant="acknowledgement"
          headingLevel={2}
          receipt={registered.receipt}
          acknowledgement={registered.details}
          actions={
            <>
              <Link href={`/staff/cases/${encodeURIComponent(tn)}`} className={buttonClass("secondary")}>
                {t("done.openCase", { trackingNumber: tn })}
              </Link>
              <Button type="button" variant="link" onClick={startOver}>
                {t("done.another")}
              </Button>
            </>
          }
        />
      </div>
    );
  }

  const labelFor = (path: string): string | null => {
    if (path === "channel") return t("channel.label");
    if (path === "receivedAt") return t("receivedAt.label");
    if (path === "files.letterScans") return t("scans.label");
    const key = requestFieldLabelKey(path, applicantType === "organization");
    return key && rf.has(key) ? rf(key) : null;
  };
  const summaryItems = summary.map((s) => {
    const text = messageText(s.message) ?? "";
    const label = labelFor(s.path);
    return { id: s.id, text: label ? rf("summaryItem", { label, message: text }) : text };
  });
  const submitting = progress !== null;
  const percent = progress?.phase === "uploading" ? progress.percent : progress ? 100 : null;

  return (
    <div className="space-y-6">
      <div className="space-y-3">
        <h1 className="text-2xl font-semibold text-brand-800 sm:text-3xl">{t("title")}</h1>
        <p>{t("lead")}</p>
        <p className="text-sm text-muted">{t("requiredNote")}</p>
      </div>

      <form id="register-form" onSubmit={onSubmit} noValidate className="space-y-6">
        {/* Delegated clicks of the summary's links (Enter on a link fires click too). */}
        <div onClick={followSummaryLink}>
          <ErrorSummary key={attempt} errors={summaryItems} message={messageText(formMessage)} />
        </div>

        <ArrivalSection form={form} errorFor={errorFor} today={today}>
          <LetterScansField
            scans={scans}
            onScansChange={setScans}
            error={errorFor("files.letterScans")}
            setError={(m) => setFileError("files.letterScans", m)}
            disabled={submitting}
          />
        </ArrivalSection>
        <ApplicantSection form={requestForm} errorFor={errorFor} />
        <InformationSection form={requestForm} errorFor={errorFor} />
        <DeliverySection form={requestForm} errorFor={errorFor} />
        <FormSection id="section-files" title={rf("sections.files")}>
          <AttachmentsSection
            files={files}
            onFilesChange={setFiles}
            errorFor={(p: FilePath) => errorFor(p)}
            setError={setFileError}
            idDocumentRequired={false}
            idDocumentHint={t("idDocumentHint")}
            disabled={submitting}
          />
        </FormSection>

        <div className="space-y-4">
          {submitting ? (
            <div className="space-y-2" aria-live="polite">
              <p className="font-medium">{progress.phase === "processing" ? t("submit.processing") : t("submit.uploading")}</p>
              <ProgressBar
                value={percent}
                label={rf("submit.progressLabel")}
                valueText={percent === null ? undefined : rf("submit.progressValue", { percent: Math.round(percent) })}
              />
            </div>
          ) : null}
          <div className="flex flex-wrap items-center gap-4">
            <Button type="submit" disabled={submitting}>
              {submitting ? t("submit.submitting") : t("submit.button")}
            </Button>
            {submitting && progress.phase === "uploading" ? (
              <Button type="button" variant="secondary" onClick={() => abortRef.current?.()}>
                {rf("submit.cancel")}
              </Button>
            ) : null}
          </div>
        </div>
      </form>
    </div>
  );
}
