import bcrypt from "bcryptjs";

const COST = 10;

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, COST);
}

export function verifyPassword(password: string, hash: string): Promise<boolean> {
  return bcrypt.compare(password, hash);
}

// Compared against when the e-mail is unknown, so timing does not reveal which accounts exist.
const DUMMY_HASH = "$2b$10$OvYjLvq.MCmo87sYJhjAKe4wBXdhy3qrOTQkq1CsCKcnUxY3b/HqS";
export async function burnPasswordCheck(password: string): Promise<void> {
  await bcrypt.compare(password, DUMMY_HASH);
}
