import type { ButtonHTMLAttributes } from "react";
import { cn } from "./cn";

type Variant = "primary" | "secondary" | "link";

const styles: Record<Variant, string> = {
  primary: "bg-brand-600 text-white hover:bg-brand-700 disabled:bg-brand-600/60",
  secondary: "border border-line bg-white text-brand-700 hover:bg-brand-50",
  link: "text-brand-700 underline underline-offset-4 hover:text-brand-800 px-0",
};

export function Button({ variant = "primary", className, ...props }: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: Variant }) {
  return (
    <button
      className={cn("inline-flex min-h-11 items-center justify-center rounded-md px-5 py-2 font-medium transition-colors disabled:cursor-not-allowed", styles[variant], className)}
      {...props}
    />
  );
}

export function buttonClass(variant: Variant = "primary", className?: string): string {
  return cn("inline-flex min-h-11 items-center justify-center rounded-md px-5 py-2 font-medium no-underline transition-colors", styles[variant], className);
}
