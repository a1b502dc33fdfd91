package com.capp.autogen.embed;

import com.capp.autogen.config.ConfigException;
import com.capp.autogen.embed.CappAutogenException.Kind;
import com.capp.autogen.model.ModelException;
import com.capp.autogen.revision.RevisionException;
import com.capp.autogen.runtime.RuntimeFailure;

import java.util.function.Supplier;

/** Runs a use case and turns the stages' own exceptions into the API's one, so none leaks out. */
final class Failures {

    private Failures() {
    }

    static <T> T translated(Supplier<T> work) {
        try {
            return work.get();
        } catch (CappAutogenException e) {
            throw e;
        } catch (ConfigException e) {
            throw new CappAutogenException(Kind.CONFIGURATION, e.getMessage(), e.hint(), e);
        } catch (ModelException e) {
            throw new CappAutogenException(Kind.CONFIGURATION, e.getMessage(), e.hint(), e);
        } catch (RevisionException e) {
            throw new CappAutogenException(Kind.FAILURE, e.getMessage(), e.hint(), e);
        } catch (RuntimeFailure e) {
            throw new CappAutogenException(Kind.FAILURE, e.getMessage(), e.hint(), e);
        }
    }
}
