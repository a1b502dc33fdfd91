package com.capp.autogen.spring.sample.migrations;

import com.capp.autogen.api.Migration;
import com.capp.autogen.api.Op;
import com.capp.autogen.api.Revision;
import com.capp.autogen.schema.Identity;

import static com.capp.autogen.api.Ddl.*;

/**
 * create customer and purchase order
 *
 * <p>Revision ID: 0001<br>
 * Revises: none (base revision)<br>
 * Create Date: 2026-12-02 01:00:41
 */
@Revision(
        id = "0001",
        revises = {},
        message = "create customer and purchase order",
        created = "2026-12-02 01:00:41")
public class V0001_CreateCustomerAndPurchaseOrder extends Migration {

    @Override
    public void upgrade(Op op) {
        op.createTable("customer",
                column("id", "bigint").notNull().identity(Identity.BY_DEFAULT),
                column("display_name", "varchar(100)").notNull(),
                primaryKey(null, "id"));
        op.createTable("purchase_order",
                column("total_amount", "numeric(12,2)").notNull(),
                column("customer_id", "bigint").notNull(),
                column("id", "bigint").notNull().identity(Identity.BY_DEFAULT),
                primaryKey(null, "id"),
                foreignKey(null, "customer_id").references("customer", "id"));
    }

    @Override
    public void downgrade(Op op) {
        // WARNING: destructive, review before applying: drops table purchase_order and all its rows
        op.dropTable("purchase_order");
        // WARNING: destructive, review before applying: drops table customer and all its rows
        op.dropTable("customer");
    }
}
