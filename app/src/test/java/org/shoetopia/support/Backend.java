package org.shoetopia.support;

/**
 * What a service test calls: the in-process services on H2 or PostgreSQL, or the same API through a
 * real Shoetopia server on loopback (over PostgreSQL), as a till in server mode calls it.
 */
public enum Backend {
    H2(TestDb.H2),
    POSTGRESQL(TestDb.POSTGRESQL),
    SERVER(TestDb.POSTGRESQL);

    private final TestDb database;

    Backend(TestDb database) {
        this.database = database;
    }

    public TestDb database() {
        return database;
    }

    public static Backend of(TestDb database) {
        return database == TestDb.H2 ? H2 : POSTGRESQL;
    }
}
