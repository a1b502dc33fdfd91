package com.capp.migrations;

import com.capp.autogen.api.Migration;
import com.capp.autogen.api.Op;
import com.capp.autogen.api.Revision;

import static com.capp.autogen.api.Ddl.*;

/**
 * add profiles and tickets
 *
 * <p>Revision ID: 0002<br>
 * Revises: 0001<br>
 * Create Date: 2026-01-01 00:00:00
 */
@Revision(
        id = "0002",
        revises = {"0001"},
        message = "add profiles and tickets",
        created = "2026-01-01 00:00:00")
public class V0002_AddProfilesAndTickets extends Migration {

    @Override
    public void upgrade(Op op) {
        op.createSequence(sequence("ticket_numbers").as("integer").start(100L).increment(5L).maxValue(2147483647L).cache(20L).cycle());
        op.createTable("profiles",
                column("id", "uuid").notNull(),
                column("user_id", "uuid").notNull(),
                column("bio", "text").comment("shown on the profile page"),
                primaryKey("profiles_pkey", "id"),
                foreignKey("profiles_user_id_fkey", "user_id").references("users", "id"));
        op.addColumn("users", column("status", "varchar(20)").notNull().serverDefault("'active'"));
        op.outsideTransaction(() -> {
            // CONCURRENTLY: built without blocking writes (a plain CREATE INDEX holds a SHARE lock for the whole build)
            op.createIndex("users", index("ix_users_email_desc").descExpression("lower(email)").column("status").where("status <> 'gone'").concurrently());
        });
        // NOT VALID: existing rows are not scanned while the table is locked
        op.createCheckConstraintNotValid("ck_users_status", "users", "status IN ('active', 'gone')");
        op.outsideTransaction(() -> {
            // Own transaction: VALIDATE scans under SHARE UPDATE EXCLUSIVE, so reads and writes go on
            op.validateConstraint("ck_users_status", "users");
        });
    }

    @Override
    public void downgrade(Op op) {
        op.dropConstraint("ck_users_status", "users");
        op.outsideTransaction(() -> {
            // CONCURRENTLY: waits for running queries instead of taking ACCESS EXCLUSIVE on the table
            op.dropIndex("ix_users_email_desc", "users", true);
        });
        // WARNING: destructive, review before applying: drops column users.status and its data
        op.dropColumn("users", "status");
        // WARNING: destructive, review before applying: drops table profiles and all its rows
        op.dropTable("profiles");
        // WARNING: destructive, review before applying: drops sequence ticket_numbers; its current value is lost
        op.dropSequence("ticket_numbers");
    }
}
