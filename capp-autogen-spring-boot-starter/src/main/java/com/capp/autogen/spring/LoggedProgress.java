package com.capp.autogen.spring;

import com.capp.autogen.embed.ProgressListener;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/** capp-autogen's progress lines (Alembic's "Running upgrade ...") and warnings in the application's log. */
final class LoggedProgress implements ProgressListener {

    private static final Log LOG = LogFactory.getLog("com.capp.autogen");

    @Override
    public void info(String line) {
        LOG.info(line);
    }

    @Override
    public void warning(String line) {
        LOG.warn(line);
    }
}
