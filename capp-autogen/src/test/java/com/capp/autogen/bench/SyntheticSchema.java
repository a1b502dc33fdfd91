package com.capp.autogen.bench;

/**
 * A schema shaped like CAPP's, of any size: each table has 12 columns with defaults, a primary key,
 * a unique constraint, a check, two indexes (one partial expression index) and a foreign key to the
 * previous table.
 */
final class SyntheticSchema {

    private SyntheticSchema() {
    }

    static String sql(int tables) {
        StringBuilder sql = new StringBuilder();
        for (int i = 0; i < tables; i++) {
            String t = "t" + i;
            sql.append("CREATE TABLE ").append(t).append(" (id uuid PRIMARY KEY, code varchar(50) NOT NULL UNIQUE, ")
                    .append("status varchar(50) DEFAULT 'pending' NOT NULL, amount numeric(15,2) DEFAULT '0' NOT NULL ")
                    .append("CHECK (amount >= 0), retries integer DEFAULT 0 NOT NULL, note text, active boolean DEFAULT true, ")
                    .append("email varchar(255), created_at timestamp DEFAULT now() NOT NULL, updated_at timestamp, ")
                    .append("score double precision, parent_id uuid")
                    .append(i > 0 ? " REFERENCES t" + (i - 1) + "(id)" : "").append(");\n")
                    .append("CREATE INDEX ix_").append(t).append("_status ON ").append(t).append(" (status, created_at DESC);\n")
                    .append("CREATE INDEX ix_").append(t).append("_email ON ").append(t)
                    .append(" (lower(email)) WHERE active;\n")
                    .append("COMMENT ON TABLE ").append(t).append(" IS 'synthetic table ").append(i).append("';\n");
        }
        return sql.toString();
    }
}
