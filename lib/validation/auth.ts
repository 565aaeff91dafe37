import { z } from "zod";

const email = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, { message: "validation.required" })
  .max(254, { message: "validation.tooLong" })
  .pipe(z.email({ message: "validation.email.invalid" }));

const newPassword = z
  .string()
  .min(10, { message: "validation.password.tooShort" })
  .max(200, { message: "validation.tooLong" })
  .refine((p) => /[A-Za-z]/.test(p) && /\d/.test(p), { message: "validation.password.weak" });

export const signInSchema = z.object({
  email,
  password: z.string().min(1, { message: "validation.required" }).max(200, { message: "validation.tooLong" }),
  callbackUrl: z.string().max(2000).optional(),
});

export const registerSchema = z
  .object({
    name: z.string().trim().min(1, { message: "validation.required" }).max(100, { message: "validation.tooLong" }),
    email,
    password: newPassword,
    confirmPassword: z.string(),
  })
  .refine((v) => v.password === v.confirmPassword, { message: "validation.password.mismatch", path: ["confirmPassword"] });

export const forgotPasswordSchema = z.object({ email });

export const resetPasswordSchema = z
  .object({
    token: z.string().min(20).max(200),
    password: newPassword,
    confirmPassword: z.string(),
  })
  .refine((v) => v.password === v.confirmPassword, { message: "validation.password.mismatch", path: ["confirmPassword"] });

export const localeSchema = z.object({ locale: z.enum(["zh-CN", "en"]) });

export type SignInInput = z.infer<typeof signInSchema>;
export type RegisterInput = z.infer<typeof registerSchema>;
export type ForgotPasswordInput = z.infer<typeof forgotPasswordSchema>;
export type ResetPasswordInput = z.infer<typeof resetPasswordSchema>;
