import { creditCodeCheckChar, maskCreditCode, maskResidentId, residentIdCheckChar } from "../../lib/domain/identity";
import { blindIndex } from "../../lib/server/crypto/personal-data";
import { dataKeys } from "../../lib/server/crypto/keys";
import { ORGANIZATION_SHARE, ORGANIZATION_TYPES, SHARES } from "./mix";
import type { Random } from "./random";
import { vocabulary } from "./vocabulary";

const B64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
const BCRYPT = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
const REGIONS = ["440103", "440104", "440105", "440106", "440111", "440112", "440113", "440114", "440115", "440117", "440118", "110101", "310104", "430102", "450103"];

/**
 * A stored ciphertext in the product's format (`<keyId>.<iv>.<tag>.<ct>`, base64url) with random contents:
 * the bench never decrypts, and real AES for a million rows would only slow the load down.
 */
function placeholderCiphertext(rng: Random, plainLength: number): string {
  return `${dataKeys().current.id}.${rng.chars(B64URL, 16)}.${rng.chars(B64URL, 22)}.${rng.chars(B64URL, Math.ceil((plainLength * 4) / 3))}`;
}

/** A password hash nobody can sign in with (bcrypt-shaped, random). */
export function placeholderPasswordHash(rng: Random): string {
  return `$2b$10$${rng.chars(BCRYPT, 53)}`;
}

function residentId(rng: Random): string {
  const first17 = `${rng.pick(REGIONS)}${rng.int(1950, 2005)}${String(rng.int(1, 12)).padStart(2, "0")}${String(rng.int(1, 28)).padStart(2, "0")}${rng.chars("0123456789", 3)}`;
  return first17 + residentIdCheckChar(first17)!;
}

function creditCode(rng: Random): string {
  const first17 = `${rng.pick(["91", "12", "52", "31", "51"])}4401${rng.chars("0123456789", 2)}${rng.chars("0123456789ABCDEFGHJKLMNPQRTUWXY", 9)}`;
  return first17 + creditCodeCheckChar(first17)!;
}

export type Citizen = { id: string; name: string; email: string; phone: string };

export type ApplicantRow = {
  type: "natural_person" | "organization";
  fields: (string | null)[];
  name: string;
  email: string | null;
};

export const APPLICANT_COLUMNS = [
  "id", "type", "organization_type", "name", "id_type", "id_number_enc", "id_number_index", "id_number_masked", "credit_code_enc",
  "credit_code_index", "credit_code_masked", "legal_representative", "contact_name", "phone", "email", "address", "postal_code", "user_id", "created_at",
] as const;

/** The applicant as stated on one request: a citizen account's holder, a visitor, or an organisation. */
export function makeApplicant(rng: Random, id: string, createdAt: string, citizen: Citizen | null): ApplicantRow {
  if (!citizen && rng.chance(ORGANIZATION_SHARE)) {
    const kind = ORGANIZATION_TYPES.draw(rng);
    const code = creditCode(rng);
    const name = vocabulary.organizationName(rng, kind);
    const email = rng.chance(0.8) ? `office${rng.int(1, 9999)}@${rng.chars("abcdefghijklmnopqrstuvwxyz", 6)}.com.cn` : null;
    return {
      type: "organization",
      name,
      email,
      fields: [
        id, "organization", kind, name, null, null, null, null, placeholderCiphertext(rng, 18), blindIndex(code), maskCreditCode(code),
        vocabulary.personName(rng), vocabulary.personName(rng), vocabulary.landline(rng), email, vocabulary.address(rng), vocabulary.postalCode(rng), null, createdAt,
      ],
    };
  }
  const name = citizen?.name ?? vocabulary.personName(rng);
  const email = citizen?.email ?? (rng.chance(SHARES.email) ? `${rng.chars("abcdefghijklmnopqrstuvwxyz", rng.int(4, 9))}${rng.int(1, 999)}@${vocabulary.emailDomain(rng)}` : null);
  const idType = rng.chance(0.96) ? "resident_id" : rng.chance(0.7) ? "passport" : "other";
  const number = idType === "resident_id" ? residentId(rng) : `${idType === "passport" ? "E" : "H"}${rng.chars("0123456789", 8)}`;
  const masked = idType === "resident_id" ? maskResidentId(number) : `${number.slice(0, 2)}${"*".repeat(number.length - 4)}${number.slice(-2)}`;
  return {
    type: "natural_person",
    name,
    email,
    fields: [
      id, "natural_person", null, name, idType, placeholderCiphertext(rng, number.length), blindIndex(number), masked, null, null, null,
      null, null, citizen?.phone ?? vocabulary.mobile(rng), email, rng.chance(0.8) ? vocabulary.address(rng) : null, rng.chance(0.6) ? vocabulary.postalCode(rng) : null,
      citizen?.id ?? null, createdAt,
    ],
  };
}
