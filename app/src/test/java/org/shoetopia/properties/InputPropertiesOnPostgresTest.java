package org.shoetopia.properties;

import org.shoetopia.support.TestDb;

/** The same input properties on the real PostgreSQL, which refuses some text H2 accepts. */
class InputPropertiesOnPostgresTest extends InputPropertiesTest {
    @Override
    protected TestDb testDb() {
        return TestDb.POSTGRESQL;
    }
}
