/** Maximum lengths in characters (Unicode code points, as PostgreSQL's varchar(n) counts them). */
export const TEXT_LIMITS = {
  name: 100,
  legalRepresentative: 100,
  contactName: 100,
  address: 200,
  email: 254,
  phone: 40,
  title: 200,
  documentNumber: 100,
  purpose: 1000,
  description: 5000,
} as const;

/** Minimum length of the information description after trimming. */
export const DESCRIPTION_MIN_LENGTH = 10;

/** Earliest accepted received date: the 2008 Regulation (国务院令第492号) took effect on this day. */
export const EARLIEST_RECEIVED_DATE = "2008-05-01";
