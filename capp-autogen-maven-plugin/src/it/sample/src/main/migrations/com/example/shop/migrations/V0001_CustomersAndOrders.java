package com.example.shop.migrations;

import com.capp.autogen.api.Migration;
import com.capp.autogen.api.Op;
import com.capp.autogen.api.Revision;
import com.capp.autogen.schema.Identity;

import static com.capp.autogen.api.Ddl.*;

/**
 * customers and orders
 *
 * <p>Revision ID: 0001<br>
 * Revises: none (base revision)<br>
 * Create Date: 2026-12-02 01:01:05
 */
@Revision(
        id = "0001",
        revises = {},
        message = "customers and orders",
        created = "2026-12-02 01:01:05")
public class V0001_CustomersAndOrders extends Migration {

    @Override
    public void upgrade(Op op) {
        op.createTable("customers",
                column("id", "bigint").notNull().identity(Identity.BY_DEFAULT),
                column("name", "varchar(100)").notNull(),
                primaryKey(null, "id"));
        op.createTable("orders",
                column("total", "numeric(12,2)").notNull(),
                column("customer_id", "bigint").notNull(),
                column("id", "bigint").notNull().identity(Identity.BY_DEFAULT),
                primaryKey(null, "id"),
                foreignKey(null, "customer_id").references("customers", "id"),
                index("ix_orders_customer_id", "customer_id"));
    }

    @Override
    public void downgrade(Op op) {
        // WARNING: destructive, review before applying: drops table orders and all its rows
        op.dropTable("orders");
        // WARNING: destructive, review before applying: drops table customers and all its rows
        op.dropTable("customers");
    }
}
