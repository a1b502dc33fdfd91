package com.capp.autogen.revision;

/**
 * A problem with revisions or the graph they form, with a hint saying what to do (may be empty).
 * Messages name the revisions involved.
 */
public class RevisionException extends RuntimeException {

    private final String hint;

    public RevisionException(String message, String hint) {
        super(message);
        this.hint = hint == null ? "" : hint;
    }

    public String hint() {
        return hint;
    }

    static RevisionException unknown(String spec) {
        return new RevisionException("Can't locate revision identified by '" + spec + "'",
                "Check the revision id (`capp-autogen history` lists them) and that its migration file is in "
                        + "the migrations folder; if the database names a revision you do not have, "
                        + "`capp-autogen stamp REV` sets it to one you do.");
    }
}
