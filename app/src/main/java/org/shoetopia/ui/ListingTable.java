package org.shoetopia.ui;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.shoetopia.api.ListingView;

/** The listing columns shared by the catalogue, the shop's listings and the point of sale. */
public final class ListingTable {
    private ListingTable() {}

    public static void install(TableView<ListingView> table) {
        table.getColumns()
                .setAll(
                        column("#", 60, ListingView::listingId),
                        column("Shoe", 220, listing -> listing.brand() + " " + listing.style()),
                        column("Colour", 80, listing -> listing.color().code()),
                        column("Size", 55, listing -> listing.size().toString()),
                        column("For", 70, listing -> listing.gender().code()),
                        column("Condition", 80, listing -> listing.condition().code()),
                        column("Price", 80, listing -> Formats.money(listing.price())),
                        column(
                                "Sale",
                                80,
                                listing -> listing.onFlashSale()
                                        ? Formats.money(listing.salePrice()) + " (" + listing.saleUnitsLeft() + " left)"
                                        : ""),
                        column("Stock", 60, ListingView::stock),
                        column(
                                "Shop",
                                160,
                                listing -> listing.shopName()
                                        + (listing.shopVerified() ? " ✔" : "")
                                        // "★1" read as a one-star rating: a tier says it is one
                                        + (listing.promotionTier() > 0
                                                ? " · promoted " + listing.promotionTier()
                                                : "")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    }

    public static <R, V> TableColumn<R, V> column(String title, double width, Function<R, V> value) {
        TableColumn<R, V> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        // every table built of these columns keeps its amounts whole, whichever screen it is on
        column.tableViewProperty().addListener((observed, was, table) -> {
            if (table != null) {
                AmountColumns.keepWhole(table);
            }
        });
        return column;
    }
}
