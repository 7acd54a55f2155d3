package org.shoetopia.ui;

import java.util.regex.Pattern;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Money, totals and counts in a table are never cut: a column whose every value is an amount or a
 * count is kept at least as wide as its widest value and its title, so on a narrow display the
 * text columns (a shoe's description, a shop's name) give way instead.
 */
public final class AmountColumns {
    /**
     * "$1,299.99", "1.299,99 $", "−12.50", "$9.99 (3 left)", "1,000", "12": what a table must show
     * whole, grouped and with the decimal mark of any locale.
     */
    public static final Pattern AMOUNT =
            Pattern.compile(".*\\d[\\d,.\\u00A0\\u202F]*[.,]\\d\\d.*|\\s*[-−]?\\d[\\d,.\\u00A0\\u202F]*\\s*");

    /** A cell's padding and border either side of its text, with a little room to spare. */
    private static final double CELL_PADDING = 26;
    /** The rows measured: a page of any table, and a bound on the work for a long one. */
    private static final int ROWS_MEASURED = 500;

    private static final String INSTALLED = AmountColumns.class.getName();
    private static final String LEAST_WIDTH = AmountColumns.class.getName() + ".leastWidth";

    private AmountColumns() {}

    /** Keeps the table's amount columns wide enough as its rows change; once per table. */
    public static <R> void keepWhole(TableView<R> table) {
        if (table.getProperties().putIfAbsent(INSTALLED, Boolean.TRUE) != null) {
            return;
        }
        new Watch<>(table).fitSoon();
    }

    /** Watches one table's rows, wherever its items list is replaced by another. */
    private static final class Watch<R> {
        private final TableView<R> table;
        private final ListChangeListener<R> onRows = change -> fitSoon();
        private ObservableList<R> watched;
        private boolean pending;
        private int retries;

        Watch(TableView<R> table) {
            this.table = table;
            table.itemsProperty().addListener(observed -> fitSoon());
            table.getColumns().addListener((ListChangeListener<TableColumn<R, ?>>) change -> fitSoon());
            table.skinProperty().addListener(observed -> fitSoon());
            table.widthProperty().addListener(observed -> fitSoon());
            watchItems();
        }

        private void watchItems() {
            ObservableList<R> items = table.getItems();
            if (items != watched) {
                if (watched != null) {
                    watched.removeListener(onRows);
                }
                if (items != null) {
                    items.addListener(onRows);
                }
                watched = items;
            }
        }

        /** Fits again after the scene's next layout pass, when the table has made its cells. */
        private void afterNextLayout() {
            javafx.scene.Scene scene = table.getScene();
            if (scene == null) {
                return; // fitted again when it is shown: its skin and width change then
            }
            Runnable[] once = new Runnable[1];
            once[0] = () -> {
                scene.removePostLayoutPulseListener(once[0]);
                fitSoon();
            };
            scene.addPostLayoutPulseListener(once[0]);
            Platform.requestNextPulse();
        }

        /** One pass after a burst of changes, once the cells exist to say what font they use. */
        void fitSoon() {
            if (!pending) {
                pending = true;
                Platform.runLater(() -> {
                    pending = false;
                    watchItems();
                    if (fit(table)) {
                        retries = 0;
                    } else if (retries++ < 20) {
                        afterNextLayout(); // no cell drawn yet to say its font (a touch layout's is larger)
                    }
                });
            }
        }
    }

    /** Fits the columns; false when rows are there but no cell is yet, so the font is not known. */
    private static <R> boolean fit(TableView<R> table) {
        ObservableList<R> rows = table.getItems();
        if (rows == null) {
            return true;
        }
        Font cells = cellFont(table);
        boolean fontKnown = cells != null || rows.isEmpty();
        Font font = cells != null ? cells : Font.font(Font.getDefault().getFamily(), 14);
        int measured = Math.min(rows.size(), ROWS_MEASURED);
        for (TableColumn<R, ?> column : table.getColumns()) {
            double widest = 0;
            boolean anyValue = false;
            boolean amounts = true;
            for (int row = 0; row < measured && amounts; row++) {
                Object value = column.getCellData(row);
                String text = value == null ? "" : value.toString();
                if (text.isBlank()) {
                    continue;
                }
                anyValue = true;
                amounts = AMOUNT.matcher(text).matches();
                widest = Math.max(widest, width(text, font));
            }
            Object least = column.getProperties().computeIfAbsent(LEAST_WIDTH, key -> column.getMinWidth());
            // an amount column's title is never cut either, even with no rows ("Qty" read as "…"
            // over an empty cart); a text column gives way, down to nothing
            double title = width(column.getText(), headerFont(font)) + CELL_PADDING;
            double needed = !amounts ? 0 : anyValue ? Math.max(widest + CELL_PADDING, title) : title;
            double minWidth = Math.max((Double) least, needed);
            if (minWidth != column.getMinWidth()) {
                column.setMinWidth(minWidth);
            }
            if (column.getPrefWidth() < minWidth) {
                column.setPrefWidth(minWidth);
            }
        }
        return fontKnown;
    }

    /** The font the table's cells draw in (the theme's, or a touch layout's larger one); null before any is. */
    private static Font cellFont(TableView<?> table) {
        for (Node cell : table.lookupAll(".table-cell")) {
            if (cell instanceof Labeled labeled) {
                labeled.applyCss(); // a cell made this pulse has not had its style yet
                return labeled.getFont();
            }
        }
        return null;
    }

    /** Column titles draw bold, in the cells' size. */
    private static Font headerFont(Font cells) {
        return Font.font(cells.getFamily(), javafx.scene.text.FontWeight.BOLD, cells.getSize());
    }

    private static double width(String text, Font font) {
        Text measure = new Text(text);
        measure.setFont(font);
        return measure.getLayoutBounds().getWidth();
    }
}
