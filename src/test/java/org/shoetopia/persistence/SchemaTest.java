package org.shoetopia.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.shoetopia.support.TestDatabases;
import org.shoetopia.support.TestDb;

class SchemaTest {

    @ParameterizedTest
    @EnumSource(TestDb.class)
    void migrationsApplyAndTheMappingValidates(TestDb kind) throws Exception {
        Database database = TestDatabases.get(kind);
        try (Connection connection = database.dataSource().getConnection();
                var rows = connection.createStatement().executeQuery("select count(*) from promotion_tiers")) {
            rows.next();
            assertThat(rows.getInt(1)).isEqualTo(3);
        }
    }
}
