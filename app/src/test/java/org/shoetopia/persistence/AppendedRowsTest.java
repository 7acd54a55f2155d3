package org.shoetopia.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.shoetopia.domain.AppendOnlyRow;
import org.shoetopia.domain.BalanceEntry;
import org.shoetopia.domain.Fulfilment;
import org.shoetopia.domain.InventoryEntry;
import org.shoetopia.domain.Order;
import org.shoetopia.domain.OrderLine;
import org.shoetopia.domain.OrderLineTax;
import org.shoetopia.support.TestDatabases;
import org.shoetopia.support.TestDb;

/**
 * The rows a checkout writes in JDBC batches name every column of their table, one value each: a
 * column added by a migration (with or without a default) fails here until the entity's insert
 * writes it, as Hibernate's would.
 */
class AppendedRowsTest {
    private static final List<Class<? extends AppendOnlyRow>> ROWS = List.of(
            Order.class,
            OrderLine.class,
            OrderLineTax.class,
            InventoryEntry.class,
            BalanceEntry.class,
            Fulfilment.class);

    @ParameterizedTest
    @EnumSource(TestDb.class)
    void everyAppendedRowWritesEveryColumnOfItsTableOnce(TestDb kind) throws Exception {
        Database database = TestDatabases.get(kind);
        for (Class<? extends AppendOnlyRow> type : ROWS) {
            AppendOnlyRow.Insert row = blank(type).insert();
            String insert = row.statement().replaceAll("\\s+", " ");
            String table = insert.substring("insert into ".length(), insert.indexOf(" ("));
            List<String> columns = Arrays.stream(insert.substring(insert.indexOf('(') + 1, insert.indexOf(')'))
                            .split(","))
                    .map(String::strip)
                    .toList();

            assertThat(columns)
                    .as(table)
                    .doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(columnsOf(database, table));
            assertThat(insert.chars().filter(c -> c == '?').count())
                    .as(table + " placeholders")
                    .isEqualTo(columns.size());
            assertThat(row.values()).as(table + " values").hasSameSizeAs(columns);
        }
    }

    private static AppendOnlyRow blank(Class<? extends AppendOnlyRow> type) throws Exception {
        Constructor<? extends AppendOnlyRow> constructor = type.getDeclaredConstructor();
        constructor.setAccessible(true);
        return constructor.newInstance();
    }

    private static List<String> columnsOf(Database database, String table) throws Exception {
        List<String> columns = new ArrayList<>();
        try (Connection connection = database.dataSource().getConnection()) {
            for (String name : List.of(table, table.toUpperCase(Locale.ROOT))) {
                try (var rows = connection.getMetaData().getColumns(null, null, name, null)) {
                    while (rows.next()) {
                        columns.add(rows.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        assertThat(columns).as("the columns of " + table).isNotEmpty();
        return columns;
    }
}
