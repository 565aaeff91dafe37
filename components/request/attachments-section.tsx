"use client";

import type { ReactNode } from "react";
import { useLocale, useTranslations } from "next-intl";
import { FileInput } from "@/components/ui/file-input";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/config";
import { checkFile, FILE_ACCEPT, fileKey, type FileProblem } from "./file-checks";
import { fileSizeParts } from "./format";
import type { FormMessage } from "./use-message-text";

export type ChosenFiles = { idDocument: File | null; authorization: File | null; attachments: File[] };
export type FilePath = "files.idDocument" | "files.authorization" | "files.attachments";
/** The server takes at most this many "other" files per request. */
export const MAX_ATTACHMENTS = 10;
export const NO_FILES: ChosenFiles = { idDocument: null, authorization: null, attachments: [] };

type Props = {
  files: ChosenFiles;
  onFilesChange: (update: (prev: ChosenFiles) => ChosenFiles) => void;
  errorFor: (path: FilePath) => string | undefined;
  setError: (path: FilePath, message: FormMessage | null) => void;
  idDocumentRequired: boolean;
  /** Replaces the identity document's hint (staff registration, where the document is optional for everyone). */
  idDocumentHint?: ReactNode;
  disabled?: boolean;
};

const problemMessage = (problem: FileProblem, name: string): FormMessage => ({ key: `requestForm.errors.${problem}`, values: { name } });

/** 身份证明, 委托书 and other supporting files; each checked by size and content as it is chosen. */
export function AttachmentsSection({ files, onFilesChange, errorFor, setError, idDocumentRequired, idDocumentHint, disabled }: Props) {
  const t = useTranslations("requestForm");
  const req = useTranslations("common")("required");
  const raw = useLocale();
  const locale = isLocale(raw) ? raw : DEFAULT_LOCALE;

  const describe = (f: File) => {
    const { size, unit } = fileSizeParts(f.size, locale);
    return { key: fileKey(f), name: f.name, sizeText: t(`files.${unit}`, { size }) };
  };

  async function chooseOne(path: "files.idDocument" | "files.authorization", chosen: File[]) {
    const file = chosen[0];
    if (!file) return;
    const problem = await checkFile(file);
    if (problem) {
      setError(path, problemMessage(problem, file.name));
      return;
    }
    setError(path, null);
    onFilesChange((prev) => ({ ...prev, [path === "files.idDocument" ? "idDocument" : "authorization"]: file }));
  }

  async function chooseMany(chosen: File[]) {
    const known = new Set(files.attachments.map(fileKey));
    const fresh = chosen.filter((f) => !known.has(fileKey(f)));
    const checked = await Promise.all(fresh.map(async (file) => ({ file, problem: await checkFile(file) })));
    const rejected = checked.filter((c) => c.problem !== null);
    const valid = checked.filter((c) => c.problem === null).map((c) => c.file);
    const room = Math.max(0, MAX_ATTACHMENTS - files.attachments.length);
    const first = rejected[0];
    if (valid.length > room) setError("files.attachments", { key: "requestForm.errors.tooManyAttachments", values: { max: MAX_ATTACHMENTS } });
    else if (!first) setError("files.attachments", null);
    else if (rejected.length === 1) setError("files.attachments", problemMessage(first.problem!, first.file.name));
    else setError("files.attachments", { key: "requestForm.errors.filesRejected", values: { names: rejected.map((r) => r.file.name).join(t("files.nameSeparator")) } });
    const accepted = valid.slice(0, room);
    if (accepted.length) onFilesChange((prev) => ({ ...prev, attachments: [...prev.attachments, ...accepted] }));
  }

  const common = {
    requiredLabel: req,
    accept: FILE_ACCEPT,
    removeLabel: (name: string) => t("files.removeLabel", { name }),
    removeText: t("files.remove"),
    disabled,
  };

  return (
    <>
      <p className="text-muted">{t("files.rules")}</p>
      <FileInput
        {...common}
        id="files.idDocument"
        label={t("files.idDocument")}
        hint={idDocumentHint ?? (idDocumentRequired ? t("files.idDocumentHintPerson") : t("files.idDocumentHintOrg"))}
        required={idDocumentRequired}
        error={errorFor("files.idDocument")}
        chooseLabel={files.idDocument ? t("files.replace") : t("files.choose")}
        files={files.idDocument ? [describe(files.idDocument)] : []}
        onChoose={(chosen) => void chooseOne("files.idDocument", chosen)}
        onRemove={() => onFilesChange((prev) => ({ ...prev, idDocument: null }))}
      />
      <FileInput
        {...common}
        id="files.authorization"
        label={t("files.authorization")}
        hint={t("files.authorizationHint")}
        error={errorFor("files.authorization")}
        chooseLabel={files.authorization ? t("files.replace") : t("files.choose")}
        files={files.authorization ? [describe(files.authorization)] : []}
        onChoose={(chosen) => void chooseOne("files.authorization", chosen)}
        onRemove={() => onFilesChange((prev) => ({ ...prev, authorization: null }))}
      />
      <FileInput
        {...common}
        id="files.attachments"
        label={t("files.attachments")}
        hint={t("files.attachmentsHint", { max: MAX_ATTACHMENTS })}
        error={errorFor("files.attachments")}
        multiple
        chooseLabel={t("files.add")}
        files={files.attachments.map(describe)}
        onChoose={(chosen) => void chooseMany(chosen)}
        onRemove={(key) => onFilesChange((prev) => ({ ...prev, attachments: prev.attachments.filter((f) => fileKey(f) !== key) }))}
      />
    </>
  );
}
