"use client";

import { useLocale, useTranslations } from "next-intl";
import { checkFile, FILE_ACCEPT, fileKey } from "@/components/request/file-checks";
import { fileSizeParts } from "@/components/request/format";
import type { FormMessage } from "@/components/request/use-message-text";
import { FileInput } from "@/components/ui/file-input";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/config";

/** The server keeps at most this many scans per registration. */
export const MAX_LETTER_SCANS = 10;

type Props = {
  scans: readonly File[];
  onScansChange: (update: (prev: File[]) => File[]) => void;
  error?: string;
  setError: (message: FormMessage | null) => void;
  disabled?: boolean;
};

/** Scans of the letter, fax or form (several, optional), each checked by size and content as it is chosen. */
export function LetterScansField({ scans, onScansChange, error, setError, disabled }: Props) {
  const t = useTranslations("register.scans");
  const files = useTranslations("requestForm.files");
  const raw = useLocale();
  const locale = isLocale(raw) ? raw : DEFAULT_LOCALE;

  async function choose(chosen: File[]) {
    const known = new Set(scans.map(fileKey));
    const fresh = chosen.filter((f) => !known.has(fileKey(f)));
    const checked = await Promise.all(fresh.map(async (file) => ({ file, problem: await checkFile(file) })));
    const rejected = checked.filter((c) => c.problem !== null);
    const valid = checked.filter((c) => c.problem === null).map((c) => c.file);
    const room = Math.max(0, MAX_LETTER_SCANS - scans.length);
    const first = rejected[0];
    if (valid.length > room) setError({ key: "register.scans.tooMany", values: { max: MAX_LETTER_SCANS } });
    else if (!first) setError(null);
    else if (rejected.length === 1) setError({ key: `requestForm.errors.${first.problem}`, values: { name: first.file.name } });
    else setError({ key: "requestForm.errors.filesRejected", values: { names: rejected.map((r) => r.file.name).join(files("nameSeparator")) } });
    const accepted = valid.slice(0, room);
    if (accepted.length) onScansChange((prev) => [...prev, ...accepted]);
  }

  return (
    <FileInput
      id="files.letterScans"
      label={t("label")}
      hint={t("hint", { max: MAX_LETTER_SCANS })}
      error={error}
      multiple
      accept={FILE_ACCEPT}
      chooseLabel={files("add")}
      removeLabel={(name) => files("removeLabel", { name })}
      removeText={files("remove")}
      disabled={disabled}
      files={scans.map((f) => {
        const { size, unit } = fileSizeParts(f.size, locale);
        return { key: fileKey(f), name: f.name, sizeText: files(unit, { size }) };
      })}
      onChoose={(chosen) => void choose(chosen)}
      onRemove={(key) => onScansChange((prev) => prev.filter((f) => fileKey(f) !== key))}
    />
  );
}
