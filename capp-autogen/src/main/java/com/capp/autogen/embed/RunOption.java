package com.capp.autogen.embed;

/** What an {@link CappAutogen#upgrade(String, RunOption...)} or downgrade may do that it does not by default. */
public enum RunOption {
    /** Run even though applied migrations changed since they ran (their checksums differ). */
    IGNORE_CHECKSUMS,
    /** Upgrade even when lint finds errors in the pending migrations (also {@code lint.allow.unsafe=true}). */
    ALLOW_UNSAFE
}
