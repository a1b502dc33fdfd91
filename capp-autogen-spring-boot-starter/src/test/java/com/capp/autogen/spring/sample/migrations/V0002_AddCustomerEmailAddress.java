package com.capp.autogen.spring.sample.migrations;

import com.capp.autogen.api.Migration;
import com.capp.autogen.api.Op;
import com.capp.autogen.api.Revision;

import static com.capp.autogen.api.Ddl.*;

/**
 * add customer email address
 *
 * <p>Revision ID: 0002<br>
 * Revises: 0001<br>
 * Create Date: 2026-12-02 01:00:56
 */
@Revision(
        id = "0002",
        revises = {"0001"},
        message = "add customer email address",
        created = "2026-12-02 01:00:56")
public class V0002_AddCustomerEmailAddress extends Migration {

    @Override
    public void upgrade(Op op) {
        op.addColumn("customer", column("email_address", "varchar(200)"));
    }

    @Override
    public void downgrade(Op op) {
        // WARNING: destructive, review before applying: drops column customer.email_address and its data
        op.dropColumn("customer", "email_address");
    }
}
