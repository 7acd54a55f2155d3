package org.shoetopia.persistence;

/** The two databases Shoetopia runs on; each has its own migration folder and native statements. */
public enum DatabaseKind {
    H2("h2"),
    POSTGRESQL("postgresql");

    private final String migrationFolder;

    DatabaseKind(String migrationFolder) {
        this.migrationFolder = migrationFolder;
    }

    public String migrationFolder() {
        return migrationFolder;
    }

    public static DatabaseKind ofUrl(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:h2:")) {
            return H2;
        }
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        throw new IllegalArgumentException("Unsupported database URL (use jdbc:postgresql:… or jdbc:h2:…): " + jdbcUrl);
    }

    public NativeStatements nativeStatements() {
        return this == H2 ? new H2Statements() : new PostgresStatements();
    }
}
