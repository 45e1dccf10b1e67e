CREATE TYPE "public"."closure_check" AS ENUM('call', 'gosuslugi', 'operator_letter', 'other');--> statement-breakpoint
CREATE TYPE "public"."follow_up_kind" AS ENUM('confirmed_closed', 'still_active', 'charges_continued', 'balance_refunded');--> statement-breakpoint
ALTER TYPE "public"."moderation_action" ADD VALUE 'approve_follow_up';--> statement-breakpoint
ALTER TYPE "public"."moderation_action" ADD VALUE 'reject_follow_up';--> statement-breakpoint
CREATE TABLE "follow_ups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"seq" bigint GENERATED ALWAYS AS IDENTITY (sequence name "follow_ups_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"report_id" uuid NOT NULL,
	"kind" "follow_up_kind" NOT NULL,
	"method" "closure_check",
	"refund_amount" integer,
	"note" text DEFAULT '' NOT NULL,
	"status" "report_status" DEFAULT 'published' NOT NULL,
	"moderation_reason" text,
	"user_id" uuid,
	"source_hash" varchar(64),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "follow_ups_method_only_for_closure" CHECK (("follow_ups"."kind" = 'confirmed_closed') = ("follow_ups"."method" IS NOT NULL)),
	CONSTRAINT "follow_ups_amount_only_for_refund" CHECK ("follow_ups"."refund_amount" IS NULL OR ("follow_ups"."kind" = 'balance_refunded' AND "follow_ups"."refund_amount" BETWEEN 0 AND 1000000)),
	CONSTRAINT "follow_ups_note_length" CHECK (char_length("follow_ups"."note") <= 1000)
);
--> statement-breakpoint
CREATE TABLE "report_follow_up_counts" (
	"operator_id" integer NOT NULL,
	"status" "report_status" NOT NULL,
	"attempted_month" char(7) NOT NULL,
	"followable" boolean NOT NULL,
	"followed_up" boolean NOT NULL,
	"closure" varchar(9) NOT NULL,
	"refund" varchar(8) NOT NULL,
	"n" bigint NOT NULL,
	CONSTRAINT "report_follow_up_counts_pk" PRIMARY KEY("operator_id","status","attempted_month","followable","followed_up","closure","refund")
);
--> statement-breakpoint
CREATE TABLE "report_registered_counts" (
	"operator_id" integer NOT NULL,
	"status" "report_status" NOT NULL,
	"registered_to" "registered_to" NOT NULL,
	"outcome" "outcome" NOT NULL,
	"n" bigint NOT NULL,
	CONSTRAINT "report_registered_counts_pk" PRIMARY KEY("operator_id","status","registered_to","outcome")
);
--> statement-breakpoint
ALTER TABLE "reports" ADD COLUMN "follow_up_token_hash" char(64);--> statement-breakpoint
ALTER TABLE "reports" ADD COLUMN "followed_up" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "reports" ADD COLUMN "closure_verdict" varchar(9);--> statement-breakpoint
ALTER TABLE "reports" ADD COLUMN "refund_confirmed" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "follow_ups" ADD CONSTRAINT "follow_ups_report_id_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_ups" ADD CONSTRAINT "follow_ups_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_follow_up_counts" ADD CONSTRAINT "report_follow_up_counts_operator_id_operators_id_fk" FOREIGN KEY ("operator_id") REFERENCES "public"."operators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_registered_counts" ADD CONSTRAINT "report_registered_counts_operator_id_operators_id_fk" FOREIGN KEY ("operator_id") REFERENCES "public"."operators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "follow_ups_report_kind_key" ON "follow_ups" USING btree ("report_id","kind");--> statement-breakpoint
CREATE UNIQUE INDEX "follow_ups_seq_key" ON "follow_ups" USING btree ("seq");--> statement-breakpoint
CREATE INDEX "follow_ups_status_seq_idx" ON "follow_ups" USING btree ("status","seq");--> statement-breakpoint
CREATE UNIQUE INDEX "reports_follow_up_token_hash_key" ON "reports" USING btree ("follow_up_token_hash");--> statement-breakpoint
CREATE INDEX "reports_user_seq_idx" ON "reports" USING btree ("user_id","seq");--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_closure_verdict_values" CHECK ("reports"."closure_verdict" IN ('confirmed', 'refuted'));--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_follow_up_token_hash_format" CHECK ("reports"."follow_up_token_hash" ~ '^[0-9a-f]{64}$');