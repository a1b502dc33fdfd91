package com.capp.autogen.spring.slow;

import com.capp.autogen.api.Migration;
import com.capp.autogen.api.Op;
import com.capp.autogen.api.Revision;

import static com.capp.autogen.api.Ddl.*;

/** A migration that takes 3 s, so a second instance starting meanwhile must wait for the lock. */
@Revision(id = "0001", revises = {}, message = "slow ledger", created = "2026-12-02 01:00:00")
public class V0001_SlowCreateLedger extends Migration {

    @Override
    public void upgrade(Op op) {
        op.createTable("ledger", column("id", "bigint").notNull(), primaryKey(null, "id"));
        op.execute("SELECT pg_sleep(3)");
    }

    @Override
    public void downgrade(Op op) {
        op.dropTable("ledger");
    }
}
