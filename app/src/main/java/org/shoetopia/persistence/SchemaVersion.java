package org.shoetopia.persistence;

import java.util.Arrays;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationVersion;

/**
 * A database's schema version as Flyway's history records it ({@code applied}, "0" for an empty
 * database) beside the newest migration this version of Shoetopia carries ({@code known}).
 */
public record SchemaVersion(String applied, String known) {
    static SchemaVersion of(MigrationInfoService info) {
        MigrationVersion known = Arrays.stream(info.all())
                .filter(migration -> migration.getState().isResolved())
                .map(MigrationInfo::getVersion)
                .max(MigrationVersion::compareTo)
                .orElse(MigrationVersion.EMPTY);
        MigrationVersion applied = Arrays.stream(info.applied())
                .filter(migration -> migration.getState().isApplied()
                        && !migration.getState().isFailed())
                .map(MigrationInfo::getVersion)
                .filter(version -> version != null)
                .max(MigrationVersion::compareTo)
                .orElse(MigrationVersion.EMPTY);
        return new SchemaVersion(text(applied), text(known));
    }

    private static String text(MigrationVersion version) {
        return version == MigrationVersion.EMPTY ? "0" : version.getVersion();
    }

    /** Whether a newer Shoetopia migrated this database past what this version knows. */
    public boolean isNewerThanKnown() {
        return MigrationVersion.fromVersion(applied).compareTo(MigrationVersion.fromVersion(known)) > 0;
    }

    /** Whether this version of Shoetopia has migrations the database has not had yet. */
    public boolean isBehindKnown() {
        return MigrationVersion.fromVersion(applied).compareTo(MigrationVersion.fromVersion(known)) < 0;
    }
}
