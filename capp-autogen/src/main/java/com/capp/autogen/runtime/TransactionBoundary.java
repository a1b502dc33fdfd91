package com.capp.autogen.runtime;

/**
 * Where {@link RecordingOp} asks to leave the migration's transaction and come back, around an
 * {@code op.outsideTransaction} block: the live runner commits and switches to autocommit, an
 * offline script writes {@code COMMIT;} and {@code BEGIN;}.
 */
public interface TransactionBoundary {

    /** Nothing to leave: the statements already autocommit. */
    TransactionBoundary NONE = new TransactionBoundary() {
        @Override
        public void leave() {
        }

        @Override
        public void reenter() {
        }
    };

    /** Commits what ran so far; the block's statements then commit one by one. */
    void leave();

    /** Opens the transaction the rest of the migration runs in. */
    void reenter();
}
