package com.capp.migrations;

import com.capp.autogen.api.Migration;
import com.capp.autogen.api.Op;
import com.capp.autogen.api.Revision;

import static com.capp.autogen.api.Ddl.*;

/**
 * initial schema
 *
 * <p>Revision ID: 0001<br>
 * Revises: none (base revision)<br>
 * Create Date: 2025-10-27 10:00:00
 */
@Revision(
        id = "0001",
        revises = {},
        message = "initial schema",
        created = "2025-10-27 10:00:00")
public class V0001_InitialSchema extends Migration {

    @Override
    public void upgrade(Op op) {
        op.createTable("users",
                column("id", "uuid").notNull(),
                column("email", "varchar(255)").notNull(),
                column("phone_number", "varchar(20)"),
                column("hashed_password", "varchar(255)").notNull(),
                column("role", "varchar(50)").serverDefault("'user'").notNull(),
                column("is_active", "boolean").serverDefault("true").notNull(),
                column("status", "varchar(50)").serverDefault("'active'").notNull(),
                column("failed_login_attempts", "integer").serverDefault("0").notNull(),
                column("last_login", "timestamp"),
                column("full_name", "varchar(200)").notNull(),
                column("first_name", "varchar(100)"),
                column("last_name", "varchar(100)"),
                column("country", "varchar(3)"),
                column("kyc_status", "varchar(50)").serverDefault("'pending'").notNull(),
                column("kyc_verified_at", "timestamp"),
                column("created_at", "timestamp").serverDefault("now()").notNull(),
                column("updated_at", "timestamp").serverDefault("now()").notNull(),
                primaryKey("users_pkey", "id"),
                unique("users_email_key", "email"),
                unique("users_phone_number_key", "phone_number"));
        op.createIndex("idx_users_country_kyc", "users", "country", "kyc_status");
        op.createIndex("idx_users_created_at", "users", "created_at");
        op.createIndex("idx_users_role_status", "users", "role", "status");
        op.createIndex("ix_users_country", "users", "country");
        op.createIndex("ix_users_email", "users", "email");
        op.createIndex("ix_users_phone_number", "users", "phone_number");

        op.createTable("payment_routes",
                column("id", "uuid").notNull(),
                column("from_country", "varchar(3)").notNull(),
                column("to_country", "varchar(3)").notNull(),
                column("from_currency", "varchar(3)").notNull(),
                column("to_currency", "varchar(3)").notNull(),
                column("mmo_provider", "varchar(50)").notNull(),
                column("mmo_provider_code", "varchar(20)").notNull(),
                column("estimated_fees", "numeric(15,2)").notNull(),
                column("estimated_duration_minutes", "integer").notNull(),
                column("success_rate", "numeric(5,2)").notNull(),
                column("max_amount", "numeric(15,2)"),
                column("min_amount", "numeric(15,2)"),
                column("is_active", "boolean").serverDefault("true").notNull(),
                column("last_used_at", "timestamp"),
                column("created_at", "timestamp").serverDefault("now()").notNull(),
                column("updated_at", "timestamp").serverDefault("now()").notNull(),
                primaryKey("payment_routes_pkey", "id"),
                unique("uq_route_provider", "from_country", "to_country", "mmo_provider_code"));
        op.createIndex("idx_routes_active", "payment_routes", "is_active", "success_rate");
        op.createIndex("idx_routes_countries", "payment_routes", "from_country", "to_country");
        op.createIndex("ix_payment_routes_from_country", "payment_routes", "from_country");
        op.createIndex("ix_payment_routes_to_country", "payment_routes", "to_country");

        op.createTable("payments",
                column("id", "uuid").notNull(),
                column("reference_id", "varchar(255)").notNull(),
                column("amount", "numeric(15,2)").notNull(),
                column("from_currency", "varchar(3)").notNull(),
                column("to_currency", "varchar(3)").notNull(),
                column("exchange_rate", "numeric(15,6)"),
                column("converted_amount", "numeric(15,2)"),
                column("fees", "numeric(15,2)").serverDefault("'0'").notNull(),
                column("total_cost", "numeric(15,2)").notNull(),
                column("sender_id", "uuid").notNull(),
                column("recipient_id", "uuid").notNull(),
                column("sender_name", "varchar(200)").notNull(),
                column("sender_phone", "varchar(20)").notNull(),
                column("sender_country", "varchar(3)").notNull(),
                column("recipient_name", "varchar(200)").notNull(),
                column("recipient_phone", "varchar(20)").notNull(),
                column("recipient_country", "varchar(3)").notNull(),
                column("payment_type", "varchar(50)").notNull(),
                column("payment_method", "varchar(50)").notNull(),
                column("description", "text"),
                column("status", "varchar(50)").serverDefault("'pending'").notNull(),
                column("route_id", "uuid"),
                column("mmo_transaction_id", "varchar(255)"),
                column("blockchain_tx_hash", "varchar(255)"),
                column("created_at", "timestamp").serverDefault("now()").notNull(),
                column("updated_at", "timestamp").serverDefault("now()").notNull(),
                column("processed_at", "timestamp"),
                column("settled_at", "timestamp"),
                column("completed_at", "timestamp"),
                primaryKey("payments_pkey", "id"),
                unique("payments_reference_id_key", "reference_id"),
                check("check_positive_amount", "amount > 0"),
                check("check_positive_total", "total_cost > 0"),
                foreignKey("payments_sender_id_fkey", "sender_id").references("users", "id"),
                foreignKey("payments_recipient_id_fkey", "recipient_id").references("users", "id"),
                foreignKey("payments_route_id_fkey", "route_id").references("payment_routes", "id"));
        op.createIndex("idx_payments_currencies", "payments", "from_currency", "to_currency");
        op.createIndex("idx_payments_recipient_country", "payments", "recipient_country");
        op.createIndex("idx_payments_recipient_id", "payments", "recipient_id");
        op.createIndex("idx_payments_sender_country", "payments", "sender_country");
        op.createIndex("idx_payments_sender_id", "payments", "sender_id");
        op.createIndex("idx_payments_status_created", "payments", "status", "created_at");
        op.createIndex("ix_payments_blockchain_tx_hash", "payments", "blockchain_tx_hash");
        op.createIndex("ix_payments_from_currency", "payments", "from_currency");
        op.createIndex("ix_payments_reference_id", "payments", "reference_id");
        op.createIndex("ix_payments_status", "payments", "status");
        op.createIndex("ix_payments_to_currency", "payments", "to_currency");

        op.createTable("liquidity_pools",
                column("id", "uuid").notNull(),
                column("currency", "varchar(3)").notNull(),
                column("country", "varchar(3)").notNull(),
                column("total_liquidity", "numeric(15,2)").serverDefault("'0'").notNull(),
                column("available_liquidity", "numeric(15,2)").serverDefault("'0'").notNull(),
                column("reserved_liquidity", "numeric(15,2)").serverDefault("'0'").notNull(),
                column("min_balance", "numeric(15,2)").serverDefault("'0'").notNull(),
                column("max_balance", "numeric(15,2)"),
                column("rebalance_threshold", "numeric(5,2)").serverDefault("0.1").notNull(),
                column("is_active", "boolean").serverDefault("true").notNull(),
                column("last_rebalanced_at", "timestamp"),
                column("created_at", "timestamp").serverDefault("now()").notNull(),
                column("updated_at", "timestamp").serverDefault("now()").notNull(),
                primaryKey("liquidity_pools_pkey", "id"),
                unique("liquidity_pools_currency_key", "currency"),
                check("check_positive_available_liquidity", "available_liquidity >= 0"),
                check("check_positive_reserved_liquidity", "reserved_liquidity >= 0"),
                check("check_positive_total_liquidity", "total_liquidity >= 0"));
        op.createIndex("idx_pools_available", "liquidity_pools", "is_active", "available_liquidity");
        op.createIndex("idx_pools_currency_country", "liquidity_pools", "currency", "country");
        op.createIndex("ix_liquidity_pools_country", "liquidity_pools", "country");
        op.createIndex("ix_liquidity_pools_currency", "liquidity_pools", "currency");

        op.createTable("liquidity_reservations",
                column("id", "uuid").notNull(),
                column("pool_id", "uuid").notNull(),
                column("payment_id", "uuid").notNull(),
                column("amount", "numeric(15,2)").notNull(),
                column("currency", "varchar(3)").notNull(),
                column("status", "varchar(50)").serverDefault("'reserved'").notNull(),
                column("reserved_at", "timestamp").serverDefault("now()").notNull(),
                column("expires_at", "timestamp").notNull(),
                column("used_at", "timestamp"),
                column("released_at", "timestamp"),
                primaryKey("liquidity_reservations_pkey", "id"),
                check("check_positive_reservation_amount", "amount > 0"),
                foreignKey("liquidity_reservations_pool_id_fkey", "pool_id").references("liquidity_pools", "id"),
                foreignKey("liquidity_reservations_payment_id_fkey", "payment_id").references("payments", "id"));
        op.createIndex("idx_reservations_payment", "liquidity_reservations", "payment_id");
        op.createIndex("idx_reservations_status_expires", "liquidity_reservations", "status", "expires_at");
        op.createIndex("ix_liquidity_reservations_payment_id", "liquidity_reservations", "payment_id");
        op.createIndex("ix_liquidity_reservations_pool_id", "liquidity_reservations", "pool_id");

        op.createTable("agent_activities",
                column("id", "uuid").notNull(),
                column("payment_id", "uuid").notNull(),
                column("agent_type", "varchar(50)").notNull(),
                column("agent_id", "varchar(100)").notNull(),
                column("action", "varchar(100)").notNull(),
                column("status", "varchar(50)").serverDefault("'pending'").notNull(),
                column("details", "text"),
                column("error_message", "text"),
                column("processing_time_ms", "integer"),
                column("retry_count", "integer").serverDefault("0").notNull(),
                column("started_at", "timestamp").serverDefault("now()").notNull(),
                column("completed_at", "timestamp"),
                primaryKey("agent_activities_pkey", "id"),
                foreignKey("agent_activities_payment_id_fkey", "payment_id").references("payments", "id"));
        op.createIndex("idx_agent_activities_agent_type", "agent_activities", "agent_type", "started_at");
        op.createIndex("idx_agent_activities_payment_agent", "agent_activities", "payment_id", "agent_type");
        op.createIndex("idx_agent_activities_status", "agent_activities", "status", "started_at");
        op.createIndex("ix_agent_activities_agent_type", "agent_activities", "agent_type");
        op.createIndex("ix_agent_activities_payment_id", "agent_activities", "payment_id");

        op.createTable("exchange_rates",
                column("id", "uuid").notNull(),
                column("from_currency", "varchar(3)").notNull(),
                column("to_currency", "varchar(3)").notNull(),
                column("rate", "numeric(15,6)").notNull(),
                column("source", "varchar(50)").notNull(),
                column("is_locked", "boolean").serverDefault("false").notNull(),
                column("lock_expires_at", "timestamp"),
                column("effective_at", "timestamp").serverDefault("now()").notNull(),
                column("created_at", "timestamp").serverDefault("now()").notNull(),
                primaryKey("exchange_rates_pkey", "id"),
                unique("uq_rate_currency_time", "from_currency", "to_currency", "effective_at"),
                check("check_positive_rate", "rate > 0"));
        op.createIndex("idx_exchange_rates_currencies", "exchange_rates", "from_currency", "to_currency");
        op.createIndex("idx_exchange_rates_effective", "exchange_rates", "effective_at");
        op.createIndex("ix_exchange_rates_from_currency", "exchange_rates", "from_currency");
        op.createIndex("ix_exchange_rates_to_currency", "exchange_rates", "to_currency");

        op.createTable("compliance_records",
                column("id", "uuid").notNull(),
                column("user_id", "uuid").notNull(),
                column("payment_id", "uuid"),
                column("check_type", "varchar(50)").notNull(),
                column("status", "varchar(50)").notNull(),
                column("risk_score", "integer"),
                column("details", "text"),
                column("checked_at", "timestamp").serverDefault("now()").notNull(),
                column("expires_at", "timestamp"),
                primaryKey("compliance_records_pkey", "id"),
                foreignKey("compliance_records_user_id_fkey", "user_id").references("users", "id"),
                foreignKey("compliance_records_payment_id_fkey", "payment_id").references("payments", "id"));
        op.createIndex("idx_compliance_expires", "compliance_records", "expires_at");
        op.createIndex("idx_compliance_status", "compliance_records", "status", "checked_at");
        op.createIndex("idx_compliance_user_type", "compliance_records", "user_id", "check_type");
        op.createIndex("ix_compliance_records_payment_id", "compliance_records", "payment_id");
        op.createIndex("ix_compliance_records_user_id", "compliance_records", "user_id");
    }

    @Override
    public void downgrade(Op op) {
        // Referencing tables first; dropping a table drops its indexes and constraints.
        op.dropTable("compliance_records");
        op.dropTable("exchange_rates");
        op.dropTable("agent_activities");
        op.dropTable("liquidity_reservations");
        op.dropTable("liquidity_pools");
        op.dropTable("payments");
        op.dropTable("payment_routes");
        op.dropTable("users");
    }
}
