package com.capp.migrations;

import com.capp.autogen.api.Migration;
import com.capp.autogen.api.Op;
import com.capp.autogen.api.Revision;

import static com.capp.autogen.api.Ddl.*;

/**
 * add mpesa and mmo callback tables
 *
 * <p>Revision ID: 0002<br>
 * Revises: 0001<br>
 * Create Date: 2025-10-27 12:00:00
 */
@Revision(
        id = "0002",
        revises = {"0001"},
        message = "add mpesa and mmo callback tables",
        created = "2025-10-27 12:00:00")
public class V0002_AddMpesaAndMmoCallbackTables extends Migration {

    @Override
    public void upgrade(Op op) {
        op.createTable("mpesa_transactions",
                column("id", "uuid").notNull(),
                column("payment_id", "uuid"),
                column("checkout_request_id", "varchar(255)"),
                column("merchant_request_id", "varchar(255)"),
                column("conversation_id", "varchar(255)"),
                column("originator_conversation_id", "varchar(255)"),
                column("mpesa_receipt_number", "varchar(255)"),
                column("transaction_type", "varchar(50)").notNull().comment("stk_push, b2c, c2b, reversal, query"),
                column("phone_number", "varchar(20)").notNull(),
                column("amount", "numeric(15,2)").notNull(),
                column("account_reference", "varchar(100)"),
                column("transaction_desc", "text"),
                column("status", "varchar(50)").serverDefault("'pending'").notNull()
                        .comment("pending, processing, completed, failed, cancelled, timeout"),
                column("result_code", "integer"),
                column("result_description", "text"),
                column("error_message", "text"),
                column("transaction_date", "timestamp"),
                column("mpesa_balance", "numeric(15,2)"),
                column("request_payload", "text").comment("JSON request sent to M-Pesa"),
                column("response_payload", "text").comment("JSON response from M-Pesa"),
                column("retry_count", "integer").serverDefault("0").notNull(),
                column("last_retry_at", "timestamp"),
                column("initiated_at", "timestamp").serverDefault("now()").notNull(),
                column("callback_received_at", "timestamp"),
                column("completed_at", "timestamp"),
                column("created_at", "timestamp").serverDefault("now()").notNull(),
                column("updated_at", "timestamp").serverDefault("now()").notNull(),
                primaryKey("mpesa_transactions_pkey", "id"),
                unique("uq_mpesa_checkout_request_id", "checkout_request_id"),
                unique("uq_mpesa_receipt_number", "mpesa_receipt_number"),
                check("check_mpesa_positive_amount", "amount > 0"),
                foreignKey("fk_mpesa_tx_payment", "payment_id").references("payments", "id"),
                comment("M-Pesa transaction tracking with complete lifecycle management"));
        op.createIndex("idx_mpesa_tx_conversation", "mpesa_transactions", "conversation_id");
        op.createIndex("idx_mpesa_tx_merchant_request", "mpesa_transactions", "merchant_request_id");
        op.createIndex("idx_mpesa_tx_originator_conversation", "mpesa_transactions", "originator_conversation_id");
        op.createIndex("idx_mpesa_tx_payment", "mpesa_transactions", "payment_id");
        op.createIndex("idx_mpesa_tx_phone", "mpesa_transactions", "phone_number", "created_at");
        op.createIndex("idx_mpesa_tx_status_created", "mpesa_transactions", "status", "created_at");
        op.createIndex("idx_mpesa_tx_type", "mpesa_transactions", "transaction_type", "status");

        op.createTable("mpesa_callbacks",
                column("id", "uuid").notNull(),
                column("mpesa_transaction_id", "uuid"),
                column("checkout_request_id", "varchar(255)"),
                column("merchant_request_id", "varchar(255)"),
                column("callback_type", "varchar(50)").notNull()
                        .comment("stk_callback, c2b_confirmation, c2b_validation, timeout, b2c_result"),
                column("callback_data", "text").notNull().comment("JSON payload from M-Pesa"),
                column("callback_metadata", "text").comment("Additional metadata"),
                column("signature", "varchar(500)"),
                column("signature_verified", "boolean").serverDefault("false").notNull(),
                column("processed", "boolean").serverDefault("false").notNull(),
                column("processing_error", "text"),
                column("processing_attempts", "integer").serverDefault("0").notNull(),
                column("received_at", "timestamp").serverDefault("now()").notNull(),
                column("processed_at", "timestamp"),
                column("created_at", "timestamp").serverDefault("now()").notNull(),
                primaryKey("mpesa_callbacks_pkey", "id"),
                foreignKey("fk_mpesa_callback_transaction", "mpesa_transaction_id")
                        .references("mpesa_transactions", "id"),
                comment("M-Pesa webhook callback audit trail and processing tracking"));
        op.createIndex("idx_mpesa_callback_checkout", "mpesa_callbacks", "checkout_request_id");
        op.createIndex("idx_mpesa_callback_processed", "mpesa_callbacks", "processed", "received_at");
        op.createIndex("idx_mpesa_callback_transaction", "mpesa_callbacks", "mpesa_transaction_id");
        op.createIndex("idx_mpesa_callback_type", "mpesa_callbacks", "callback_type", "received_at");

        op.createTable("mmo_callbacks",
                column("id", "uuid").notNull(),
                column("payment_id", "uuid"),
                column("provider", "varchar(50)").notNull().comment("mtn_momo, airtel_money, orange_money, etc."),
                column("provider_transaction_id", "varchar(255)").notNull(),
                column("external_reference_id", "varchar(255)"),
                column("callback_type", "varchar(50)").notNull().comment("collection, disbursement, status, timeout"),
                column("callback_data", "text").notNull().comment("JSON payload"),
                column("callback_metadata", "text"),
                column("signature", "varchar(500)"),
                column("signature_verified", "boolean").serverDefault("false").notNull(),
                column("ip_address", "varchar(45)").comment("IPv6 compatible"),
                column("processed", "boolean").serverDefault("false").notNull(),
                column("processing_error", "text"),
                column("processing_attempts", "integer").serverDefault("0").notNull(),
                column("received_at", "timestamp").serverDefault("now()").notNull(),
                column("processed_at", "timestamp"),
                column("created_at", "timestamp").serverDefault("now()").notNull(),
                primaryKey("mmo_callbacks_pkey", "id"),
                foreignKey("fk_mmo_callback_payment", "payment_id").references("payments", "id"),
                comment("Universal mobile money operator callback storage for all providers"));
        op.createIndex("idx_mmo_callback_external_ref", "mmo_callbacks", "external_reference_id");
        op.createIndex("idx_mmo_callback_payment", "mmo_callbacks", "payment_id");
        op.createIndex("idx_mmo_callback_processed", "mmo_callbacks", "processed", "received_at");
        op.createIndex("idx_mmo_callback_provider_tx", "mmo_callbacks", "provider", "provider_transaction_id");
        op.createIndex("idx_mmo_callback_provider_type", "mmo_callbacks", "provider", "callback_type");
    }

    @Override
    public void downgrade(Op op) {
        op.dropTable("mmo_callbacks");
        op.dropTable("mpesa_callbacks");
        op.dropTable("mpesa_transactions");
    }
}
