CREATE TYPE "public"."balance_refunded" AS ENUM('yes', 'no', 'not_applicable');--> statement-breakpoint
CREATE TYPE "public"."channel" AS ENUM('app', 'website', 'online_chat', 'email', 'gosuslugi', 'phone', 'store', 'representative', 'other');--> statement-breakpoint
CREATE TYPE "public"."document_kind" AS ENUM('passport', 'sim_card', 'contract', 'power_of_attorney', 'selfie_or_video', 'none');--> statement-breakpoint
CREATE TYPE "public"."guide_locale" AS ENUM('zh', 'en');--> statement-breakpoint
CREATE TYPE "public"."location" AS ENUM('in_russia', 'abroad');--> statement-breakpoint
CREATE TYPE "public"."moderation_action" AS ENUM('approve_report', 'reject_report', 'protect_page', 'unprotect_page', 'create_page', 'change_role');--> statement-breakpoint
CREATE TYPE "public"."outcome" AS ENUM('success', 'failure', 'pending');--> statement-breakpoint
CREATE TYPE "public"."registered_to" AS ENUM('self', 'other', 'unknown');--> statement-breakpoint
CREATE TYPE "public"."report_language" AS ENUM('zh', 'en', 'ru');--> statement-breakpoint
CREATE TYPE "public"."report_status" AS ENUM('published', 'pending', 'rejected');--> statement-breakpoint
CREATE TYPE "public"."role" AS ENUM('member', 'moderator', 'admin');--> statement-breakpoint
CREATE TABLE "guide_pages" (
	"id" serial PRIMARY KEY NOT NULL,
	"slug" varchar(100) NOT NULL,
	"locale" "guide_locale" NOT NULL,
	"title" text NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"current_revision_id" integer,
	"protected" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "guide_pages_slug_format" CHECK ("guide_pages"."slug" ~ '^[a-z0-9][a-z0-9-]*$')
);
--> statement-breakpoint
CREATE TABLE "guide_revisions" (
	"id" serial PRIMARY KEY NOT NULL,
	"page_id" integer NOT NULL,
	"number" integer NOT NULL,
	"title" text NOT NULL,
	"body_md" text NOT NULL,
	"summary" varchar(300) DEFAULT '' NOT NULL,
	"author_id" uuid,
	"base_revision_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "guide_revisions_number_positive" CHECK ("guide_revisions"."number" > 0),
	CONSTRAINT "guide_revisions_body_size" CHECK (length("guide_revisions"."body_md") <= 100000)
);
--> statement-breakpoint
CREATE TABLE "moderation_log" (
	"id" serial PRIMARY KEY NOT NULL,
	"actor_id" uuid,
	"action" "moderation_action" NOT NULL,
	"target_type" varchar(20) NOT NULL,
	"target_id" varchar(100) NOT NULL,
	"reason" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "operators" (
	"id" serial PRIMARY KEY NOT NULL,
	"slug" varchar(40) NOT NULL,
	"name_ru" text NOT NULL,
	"name_en" text NOT NULL,
	"name_zh" text NOT NULL,
	"country" char(2) DEFAULT 'RU' NOT NULL,
	"website" text NOT NULL,
	"channels" "channel"[] DEFAULT '{}' NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "operators_slug_format" CHECK ("operators"."slug" ~ '^[a-z0-9][a-z0-9-]*$'),
	CONSTRAINT "operators_country_format" CHECK ("operators"."country" ~ '^[A-Z]{2}$')
);
--> statement-breakpoint
CREATE TABLE "rate_limit_events" (
	"id" serial PRIMARY KEY NOT NULL,
	"bucket" varchar(40) NOT NULL,
	"subject" varchar(200) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "report_counts" (
	"operator_id" integer NOT NULL,
	"status" "report_status" NOT NULL,
	"channel" "channel" NOT NULL,
	"outcome" "outcome" NOT NULL,
	"location" "location" NOT NULL,
	"attempted_month" char(7) NOT NULL,
	"n" bigint NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "report_counts_operator_id_status_channel_outcome_location_attempted_month_pk" PRIMARY KEY("operator_id","status","channel","outcome","location","attempted_month")
);
--> statement-breakpoint
CREATE TABLE "report_days" (
	"operator_id" integer NOT NULL,
	"status" "report_status" NOT NULL,
	"days" smallint NOT NULL,
	"n" bigint NOT NULL,
	CONSTRAINT "report_days_operator_id_status_days_pk" PRIMARY KEY("operator_id","status","days")
);
--> statement-breakpoint
CREATE TABLE "report_documents" (
	"operator_id" integer NOT NULL,
	"status" "report_status" NOT NULL,
	"document" "document_kind" NOT NULL,
	"n" bigint NOT NULL,
	CONSTRAINT "report_documents_operator_id_status_document_pk" PRIMARY KEY("operator_id","status","document")
);
--> statement-breakpoint
CREATE TABLE "report_flags" (
	"id" serial PRIMARY KEY NOT NULL,
	"report_id" uuid NOT NULL,
	"reader_key" varchar(80) NOT NULL,
	"reason" varchar(500) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"seq" bigint GENERATED ALWAYS AS IDENTITY (sequence name "reports_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"operator_id" integer NOT NULL,
	"channel" "channel" NOT NULL,
	"outcome" "outcome" NOT NULL,
	"attempted_month" char(7) NOT NULL,
	"days_to_complete" smallint,
	"location" "location" NOT NULL,
	"registered_to" "registered_to",
	"documents" "document_kind"[] DEFAULT '{}' NOT NULL,
	"balance_refunded" "balance_refunded",
	"story" text DEFAULT '' NOT NULL,
	"language" "report_language" NOT NULL,
	"display_name" varchar(60),
	"user_id" uuid,
	"status" "report_status" DEFAULT 'published' NOT NULL,
	"moderation_reason" text,
	"idempotency_key" varchar(100) NOT NULL,
	"source_hash" varchar(64),
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reports_attempted_month_format" CHECK ("reports"."attempted_month" ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
	CONSTRAINT "reports_days_range" CHECK ("reports"."days_to_complete" IS NULL OR "reports"."days_to_complete" BETWEEN 0 AND 365),
	CONSTRAINT "reports_story_length" CHECK (char_length("reports"."story") <= 5000)
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" varchar(254) NOT NULL,
	"name" varchar(60) NOT NULL,
	"password_hash" text NOT NULL,
	"role" "role" DEFAULT 'member' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_email_lowercase" CHECK ("users"."email" = lower("users"."email"))
);
--> statement-breakpoint
ALTER TABLE "guide_pages" ADD CONSTRAINT "guide_pages_current_revision_id_guide_revisions_id_fk" FOREIGN KEY ("current_revision_id") REFERENCES "public"."guide_revisions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guide_revisions" ADD CONSTRAINT "guide_revisions_page_id_guide_pages_id_fk" FOREIGN KEY ("page_id") REFERENCES "public"."guide_pages"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guide_revisions" ADD CONSTRAINT "guide_revisions_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guide_revisions" ADD CONSTRAINT "guide_revisions_base_revision_id_guide_revisions_id_fk" FOREIGN KEY ("base_revision_id") REFERENCES "public"."guide_revisions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "moderation_log" ADD CONSTRAINT "moderation_log_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_counts" ADD CONSTRAINT "report_counts_operator_id_operators_id_fk" FOREIGN KEY ("operator_id") REFERENCES "public"."operators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_days" ADD CONSTRAINT "report_days_operator_id_operators_id_fk" FOREIGN KEY ("operator_id") REFERENCES "public"."operators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_documents" ADD CONSTRAINT "report_documents_operator_id_operators_id_fk" FOREIGN KEY ("operator_id") REFERENCES "public"."operators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_flags" ADD CONSTRAINT "report_flags_report_id_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_operator_id_operators_id_fk" FOREIGN KEY ("operator_id") REFERENCES "public"."operators"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "guide_pages_slug_locale_key" ON "guide_pages" USING btree ("slug","locale");--> statement-breakpoint
CREATE UNIQUE INDEX "guide_revisions_page_number_key" ON "guide_revisions" USING btree ("page_id","number");--> statement-breakpoint
CREATE INDEX "moderation_log_created_idx" ON "moderation_log" USING btree ("created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "operators_slug_key" ON "operators" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "rate_limit_events_lookup_idx" ON "rate_limit_events" USING btree ("bucket","subject","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "report_flags_report_reader_key" ON "report_flags" USING btree ("report_id","reader_key");--> statement-breakpoint
CREATE UNIQUE INDEX "reports_idempotency_key_key" ON "reports" USING btree ("idempotency_key");--> statement-breakpoint
CREATE UNIQUE INDEX "reports_seq_key" ON "reports" USING btree ("seq");--> statement-breakpoint
CREATE INDEX "reports_status_seq_idx" ON "reports" USING btree ("status","seq");--> statement-breakpoint
CREATE INDEX "reports_operator_status_seq_idx" ON "reports" USING btree ("operator_id","status","seq");--> statement-breakpoint
CREATE INDEX "reports_source_created_idx" ON "reports" USING btree ("source_hash","created_at");--> statement-breakpoint
CREATE INDEX "reports_demo_idx" ON "reports" USING btree ("is_demo") WHERE "reports"."is_demo";--> statement-breakpoint
CREATE UNIQUE INDEX "users_email_key" ON "users" USING btree ("email");