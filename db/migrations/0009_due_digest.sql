CREATE TABLE "due_digest_sends" (
	"user_id" uuid NOT NULL,
	"day" date NOT NULL,
	"overdue_count" integer NOT NULL,
	"due_soon_count" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "due_digest_sends_user_id_day_pk" PRIMARY KEY("user_id","day")
);
--> statement-breakpoint
ALTER TABLE "due_digest_sends" ADD CONSTRAINT "due_digest_sends_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;