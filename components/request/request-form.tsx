"use client";

import { useEffect, useRef, useState, type FormEvent, type MouseEvent } from "react";
import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";
import { useForm, useWatch } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { ErrorSummary } from "@/components/ui/error-summary";
import { ProgressBar } from "@/components/ui/progress-bar";
import { ERROR_CODES, type ErrorCode } from "@/lib/errors";
import type { RequestFormValues, RequestInput } from "@/lib/validation/request";
import { ApplicantSection } from "./applicant-section";
import { AttachmentsSection, NO_FILES, type ChosenFiles, type FilePath } from "./attachments-section";
import { flattenFormErrors, requestFieldLabelKey } from "./field-labels";
import { emptyValues, FIELD_ORDER, isExtraFieldPath, isTextFieldPath, readPath, sectionIdFor, type ExtraFieldPath } from "./fields";
import { FormSection } from "./form-parts";
import { DeliverySection, InformationSection } from "./information-section";
import type { ReceiptData } from "./receipt";
import { loadRequestValidation, requestResolver } from "./request-resolver";
import { buildRequestBody, submitRequest, type SubmitOutcome, type SubmitProgress } from "./submit-request";
import { useMessageText, type FormMessage } from "./use-message-text";
import { useRequestDraft } from "./use-request-draft";

type SummaryItem = { id: string; message: FormMessage };

// Shown only after a successful submission: loaded while the request is on its way (send()), not with the page.
const loadReceipt = () => import("./receipt");
const Receipt = dynamic(() => loadReceipt().then((m) => m.Receipt));

type Props = { signedIn: boolean; prefill?: { name?: string; email?: string } };

const CHOICE_PATHS = new Set(["applicant.type", "applicant.organizationType", "form", "delivery"]);

/** A radio group left empty reads "choose one of the options", whether the schema saw "" or nothing. */
function choiceMessage(path: string, message: string): string {
  return CHOICE_PATHS.has(path) && message === "validation.required" ? "validation.invalidOption" : message;
}

function bySummaryOrder(a: { path: string }, b: { path: string }): number {
  const rank = (p: string) => (FIELD_ORDER.includes(p) ? FIELD_ORDER.indexOf(p) : FIELD_ORDER.length);
  return rank(a.path) - rank(b.path);
}

/** The message above the summary; none when the fields say it all. */
function outcomeMessage(outcome: Exclude<SubmitOutcome, { kind: "created" }>): FormMessage | null {
  if (outcome.kind === "network") return { key: "requestForm.submit.network" };
  if (outcome.kind === "aborted") return { key: "requestForm.submit.aborted" };
  if (outcome.status === 429) return { key: "requestForm.submit.rateLimited" };
  if (outcome.status === 503) return { key: "requestForm.submit.unavailable" };
  if (outcome.status === 413) return { key: "requestForm.submit.tooLarge" };
  if (Object.keys(outcome.fields).length) return null;
  if (outcome.code === "validation") return { key: "requestForm.submit.invalid" };
  const known = Object.prototype.hasOwnProperty.call(ERROR_CODES, outcome.code) ? ERROR_CODES[outcome.code as ErrorCode].messageKey : null;
  return { key: known ?? "requestForm.submit.failed" };
}

/** The online request (Art. 29): react-hook-form with the server's own schema, files and the declaration checked on top. */
export function RequestForm({ signedIn, prefill }: Props) {
  const t = useTranslations("requestForm");
  const req = useTranslations("common")("required");
  const messageText = useMessageText();
  const form = useForm<RequestFormValues, unknown, RequestInput>({
    resolver: requestResolver,
    defaultValues: emptyValues(prefill),
    mode: "onSubmit",
    // Re-check as the applicant types or picks, never on blur: an error vanishing on blur moves the layout
    // between mousedown and mouseup, and the click on the next radio (or the submit button) is lost.
    reValidateMode: "onChange",
    shouldFocusError: false, // the error summary takes focus, as on every form of the site
  });
  const draft = useRequestDraft(form, prefill);
  const [files, setFiles] = useState<ChosenFiles>(NO_FILES);
  const [declared, setDeclared] = useState(false);
  const [extraErrors, setExtraErrors] = useState<Partial<Record<ExtraFieldPath, FormMessage>>>({});
  const [summary, setSummary] = useState<SummaryItem[]>([]);
  const [formMessage, setFormMessage] = useState<FormMessage | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [progress, setProgress] = useState<SubmitProgress | null>(null);
  const [receipt, setReceipt] = useState<ReceiptData | null>(null);
  const abortRef = useRef<(() => void) | null>(null);
  const idempotencyKey = useRef<string | null>(null);
  const applicantType = useWatch({ control: form.control, name: "applicant.type" });
  const idDocumentRequired = applicantType !== "organization";

  useEffect(() => {
    if (!receipt) return;
    window.scrollTo({ top: 0 });
    document.getElementById("receipt-title")?.focus();
  }, [receipt]);

  useEffect(() => () => abortRef.current?.(), []);

  const errorFor = (path: string) => {
    if (isExtraFieldPath(path)) return messageText(extraErrors[path]);
    const e = readPath(form.formState.errors, path) as { message?: string } | undefined;
    return messageText(e?.message ? { text: choiceMessage(path, e.message) } : null);
  };

  const setExtraError = (path: ExtraFieldPath, message: FormMessage | null) =>
    setExtraErrors((prev) => {
      const next = { ...prev };
      if (message) next[path] = message;
      else delete next[path];
      return next;
    });

  /** Checks the schema does not cover; the summary lists schema errors first, in the order of the form. */
  function checkExtras(): Partial<Record<ExtraFieldPath, FormMessage>> {
    const found: Partial<Record<ExtraFieldPath, FormMessage>> = {};
    // A file refused when chosen says more ("x.docx is not a PDF…") than "upload a proof of identity".
    if (idDocumentRequired && !files.idDocument) found["files.idDocument"] = extraErrors["files.idDocument"] ?? { key: "requestForm.errors.idDocumentRequired" };
    if (!declared) found.declaration = { key: "requestForm.errors.declarationRequired" };
    return found;
  }

  function showSummary(schemaErrors: { path: string; message: string }[], extras: Partial<Record<ExtraFieldPath, FormMessage>>, other: SummaryItem[] = []) {
    const items = [
      ...schemaErrors.map((e) => ({ path: e.path, message: { text: choiceMessage(e.path, e.message) } as FormMessage })),
      ...Object.entries(extras).map(([path, message]) => ({ path, message: message! })),
    ].sort(bySummaryOrder);
    setSummary([...items.map((i) => ({ id: isTextFieldPath(i.path) || isExtraFieldPath(i.path) ? i.path : sectionIdFor(i.path), message: i.message })), ...other]);
  }

  async function send(values: RequestInput) {
    const payload: RequestInput = { ...values, applicant: { ...values.applicant } };
    if (payload.applicant.type === "natural_person") delete payload.applicant.contactName; // not asked of a person
    idempotencyKey.current ??= crypto.randomUUID();
    void loadReceipt().catch(() => {}); // ready when the answer comes; a failure shows up when it renders
    const { done, abort } = submitRequest(buildRequestBody(payload, files), { idempotencyKey: idempotencyKey.current, onProgress: setProgress });
    abortRef.current = abort;
    const outcome = await done;
    abortRef.current = null;
    setProgress(null);
    // Only an answer we never received may be the same submission again; anything else starts afresh.
    if (outcome.kind !== "network") idempotencyKey.current = null;
    if (outcome.kind === "created") {
      draft.discard();
      setReceipt(outcome.receipt);
      return;
    }
    const schemaErrors: { path: string; message: string }[] = [];
    const extras: Partial<Record<ExtraFieldPath, FormMessage>> = {};
    const other: SummaryItem[] = [];
    if (outcome.kind === "rejected") {
      for (const [path, text] of Object.entries(outcome.fields)) {
        if (isTextFieldPath(path)) {
          form.setError(path, { type: "server", message: text });
          schemaErrors.push({ path, message: text });
        } else if (isExtraFieldPath(path)) extras[path] = { text };
        else other.push({ id: sectionIdFor(path), message: { text } });
      }
    }
    setExtraErrors(extras);
    setFormMessage(outcomeMessage(outcome));
    showSummary(schemaErrors, extras, other);
  }

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (progress) return;
    const extras = checkExtras();
    setExtraErrors(extras);
    setFormMessage(null);
    setSummary([]);
    setAttempt((n) => n + 1);
    try {
      await form.handleSubmit(
        async (values) => {
          if (Object.keys(extras).length) showSummary([], extras);
          else await send(values);
        },
        (errors) => showSummary(flattenFormErrors(errors), extras),
      )(e);
    } catch {
      // Only loading the validator can fail here (send() reports its own outcomes): the connection is gone.
      setFormMessage({ key: "requestForm.submit.network" });
    }
  }

  /** The applicant has started on the form: fetch the validator now, so the first check does not wait for it. */
  function warmUpValidation() {
    void loadRequestValidation().catch(() => {}); // retried by the check itself
  }

  /** Summary links move focus to the field itself (a plain #fragment only scrolls), with its label in view. */
  function followSummaryLink(e: MouseEvent<HTMLDivElement>) {
    const link = (e.target as HTMLElement).closest("a");
    const hash = link?.getAttribute("href");
    if (!hash?.startsWith("#")) return;
    const target = document.getElementById(decodeURIComponent(hash.slice(1)));
    if (!target) return;
    e.preventDefault();
    (target.closest("fieldset") ?? target.parentElement ?? target).scrollIntoView({ block: "center" });
    target.focus({ preventScroll: true });
  }

  function startOver() {
    draft.discard();
    form.reset(emptyValues(prefill));
    setFiles(NO_FILES);
    setDeclared(false);
    setExtraErrors({});
    setSummary([]);
    setFormMessage(null);
  }

  if (receipt) {
    return (
      <Receipt
        receipt={receipt}
        signedIn={signedIn}
        actions={
          <Button type="button" variant="link" onClick={() => { startOver(); setReceipt(null); }}>
            {t("newRequest")}
          </Button>
        }
      />
    );
  }

  const summaryItems = summary.map((s) => {
    const text = messageText(s.message) ?? "";
    const key = requestFieldLabelKey(s.id, applicantType === "organization");
    return { id: s.id, text: key && t.has(key) ? t("summaryItem", { label: t(key), message: text }) : text };
  });
  const submitting = progress !== null;
  const percent = progress?.phase === "uploading" ? progress.percent : progress ? 100 : null;

  return (
    <div className="space-y-6">
      <div className="space-y-3">
        <h1 className="text-2xl font-semibold text-brand-800 sm:text-3xl">{t("title")}</h1>
        <p>{t("lead")}</p>
        <p className="text-muted">{signedIn ? t("signedInNote") : t("anonymousNote")}</p>
        <p className="text-sm text-muted">{t("requiredNote")}</p>
      </div>

      {draft.restored ? (
        <Alert tone="info" className="flex flex-wrap items-center justify-between gap-3">
          <span>{t("draft.restored")}</span>
          <Button type="button" variant="secondary" onClick={startOver}>
            {t("draft.discard")}
          </Button>
        </Alert>
      ) : null}

      <form id="request-form" onSubmit={onSubmit} onFocus={warmUpValidation} onPointerDown={warmUpValidation} noValidate className="space-y-6">
        {/* Delegated clicks of the summary's links (Enter on a link fires click too). */}
        <div onClick={followSummaryLink}>
          <ErrorSummary key={attempt} errors={summaryItems} message={messageText(formMessage)} />
        </div>

        <ApplicantSection form={form} errorFor={errorFor} />
        <InformationSection form={form} errorFor={errorFor} />
        <DeliverySection form={form} errorFor={errorFor} />
        <FormSection id="section-files" title={t("sections.files")}>
          <AttachmentsSection
            files={files}
            onFilesChange={setFiles}
            errorFor={(p: FilePath) => errorFor(p)}
            setError={setExtraError}
            idDocumentRequired={idDocumentRequired}
            disabled={submitting}
          />
        </FormSection>
        <FormSection id="section-declaration" title={t("sections.declaration")}>
          <Checkbox
            id="declaration"
            label={t("declaration")}
            checked={declared}
            onChange={(e) => {
              setDeclared(e.target.checked);
              if (e.target.checked) setExtraError("declaration", null);
            }}
            error={errorFor("declaration")}
            required
            requiredLabel={req}
          />
        </FormSection>

        <div className="space-y-4">
          {submitting ? (
            <div className="space-y-2" aria-live="polite">
              <p className="font-medium">{progress.phase === "processing" ? t("submit.processing") : t("submit.uploading")}</p>
              <ProgressBar value={percent} label={t("submit.progressLabel")} valueText={percent === null ? undefined : t("submit.progressValue", { percent: Math.round(percent) })} />
            </div>
          ) : null}
          <div className="flex flex-wrap items-center gap-4">
            <Button type="submit" disabled={submitting}>
              {submitting ? t("submit.submitting") : t("submit.button")}
            </Button>
            {submitting && progress.phase === "uploading" ? (
              <Button type="button" variant="secondary" onClick={() => abortRef.current?.()}>
                {t("submit.cancel")}
              </Button>
            ) : null}
          </div>
          <p className="text-sm text-muted">
            {t("draft.note")}
          </p>
        </div>
      </form>
    </div>
  );
}
