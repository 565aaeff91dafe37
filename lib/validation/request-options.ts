// The choices of a request, without the schema: client components import these without pulling in zod.

export const APPLICANT_TYPES = ["natural_person", "organization"] as const;
export const ORGANIZATION_TYPES = ["commercial", "research", "public_interest", "legal_service", "other"] as const;
export const ID_TYPES = ["resident_id", "passport", "other"] as const;
export const INFORMATION_FORMS = ["paper", "email", "disc", "other"] as const;
export const DELIVERY_METHODS = ["post", "email", "pickup", "onsite", "online"] as const;
export const REQUEST_CHANNELS = ["in_person", "fax", "email", "online", "letter", "other"] as const;

export type ApplicantType = (typeof APPLICANT_TYPES)[number];
export type OrganizationType = (typeof ORGANIZATION_TYPES)[number];
export type IdType = (typeof ID_TYPES)[number];
export type InformationForm = (typeof INFORMATION_FORMS)[number];
export type DeliveryMethod = (typeof DELIVERY_METHODS)[number];
export type RequestChannel = (typeof REQUEST_CHANNELS)[number];
