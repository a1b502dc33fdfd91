package com.capp.autogen.spring;

import com.capp.autogen.embed.CappAutogen;
import com.capp.autogen.embed.CappAutogenException;
import com.capp.autogen.embed.DriftReport;
import com.capp.autogen.embed.MigrationResult;
import com.capp.autogen.embed.RevisionEntry;
import com.capp.autogen.spring.CappAutogenProperties.Mode;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.InitializingBean;

import java.util.List;
import java.util.function.Supplier;

/**
 * What start-up does with the database, by {@code capp.autogen.mode}: upgrade it, validate it
 * or leave it. Runs when the bean is created, before JPA starts (see
 * {@link CappAutogenDatabaseInitializerDetector}); any failure stops start-up.
 */
public class StartupMigration implements InitializingBean {

    private static final Log LOG = LogFactory.getLog(StartupMigration.class);
    private static final int LISTED = 5;

    private final CappAutogen autogen;
    private final Mode mode;
    private final String target;
    private MigrationResult upgrade;

    public StartupMigration(CappAutogen autogen, Mode mode, String target) {
        this.autogen = autogen;
        this.mode = mode;
        this.target = target;
    }

    @Override
    public void afterPropertiesSet() {
        switch (mode) {
            case UPGRADE -> upgrade();
            case VALIDATE -> validate();
            case NONE -> LOG.info("capp.autogen.mode=none: the database is left as it is");
        }
    }

    /** What the start-up upgrade did; null unless the mode is upgrade. */
    public MigrationResult upgradeResult() {
        return upgrade;
    }

    private void upgrade() {
        upgrade = translated("upgrade the database to " + target, () -> autogen.upgrade(target));
        LOG.info("Database at " + revisions(upgrade.headsAfter()) + " (" + upgrade.ran().size() + " migration(s) run)");
    }

    private void validate() {
        translated("verify the applied migrations", () -> {
            autogen.verifyChecksums();
            return null;
        });
        List<RevisionEntry> pending = translated("read the database's revision", autogen::pending);
        if (!pending.isEmpty()) {
            List<String> current = translated("read the database's revision", autogen::current).stream().map(RevisionEntry::id).toList();
            throw new CappAutogenStartupException("capp.autogen.mode=validate: the database is not at head: it is at "
                    + revisions(current) + ", " + pending.size() + " migration(s) pending: " + listed(pending.stream().map(RevisionEntry::id).toList()),
                    "Migrate it first (an instance with capp.autogen.mode=upgrade, or `capp-autogen upgrade head`), or deploy the application version it is at.",
                    null);
        }
        if (translated("compare the entities with the database", autogen::check) instanceof DriftReport.Drift drift) {
            throw new CappAutogenStartupException("capp.autogen.mode=validate: the database differs from the entities in "
                    + drift.changes().size() + " change(s) no migration makes: " + listed(drift.summary()),
                    "Write the migration (`capp-autogen revision --autogenerate -m ...`) and deploy it, or fix the entities.",
                    null);
        }
        LOG.info("capp.autogen.mode=validate: the database is at head, its migrations unchanged, and matches the entities");
    }

    private static <T> T translated(String job, Supplier<T> call) {
        try {
            return call.get();
        } catch (CappAutogenException e) {
            throw CappAutogenStartupException.of("capp-autogen could not " + job, e, "Fix the cause above and restart the application.");
        } catch (RuntimeException e) {
            throw new CappAutogenStartupException("capp-autogen could not " + job + ": unexpected " + e,
                    "The stack trace above shows where; please report it with the capp-autogen version.", e);
        }
    }

    private static String revisions(List<String> ids) {
        return ids.isEmpty() ? "<base>" : String.join(", ", ids);
    }

    private static String listed(List<String> items) {
        String shown = String.join("; ", items.subList(0, Math.min(LISTED, items.size())));
        return items.size() > LISTED ? shown + "; and " + (items.size() - LISTED) + " more" : shown;
    }
}
