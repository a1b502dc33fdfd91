package com.capp.autogen.spring;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a failed start-up migration or validation into Boot's two-part report: what went wrong, what to do. */
class CappAutogenFailureAnalyzer extends AbstractFailureAnalyzer<CappAutogenStartupException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, CappAutogenStartupException cause) {
        return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
    }
}
