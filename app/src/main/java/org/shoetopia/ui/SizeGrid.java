package org.shoetopia.ui;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.shoetopia.api.ListingView;
import org.shoetopia.domain.Gender;
import org.shoetopia.domain.ShoeSize;
import org.shoetopia.domain.SizeChart;
import org.shoetopia.domain.Width;

/**
 * A style's SKUs laid out as its size × width grid: one row a size (with its UK and EU sizes), one
 * column a width the style comes in. The styles screen and the till show the same grid.
 */
public record SizeGrid(List<Width> widths, List<Row> rows) {
    /** A size of the grid: its conversions and the SKU of each width it is listed in. */
    public record Row(ShoeSize size, String uk, String eu, String conversions, Map<Width, ListingView> cells) {}

    public static SizeGrid of(List<ListingView> cells) {
        Map<ShoeSize, Map<Width, ListingView>> bySize = new TreeMap<>();
        List<Width> present = new ArrayList<>();
        for (ListingView cell : cells) {
            // Copies of a cell listed before cells were one SKU: the oldest on sale shows, as the service picks it.
            bySize.computeIfAbsent(cell.size(), size -> new EnumMap<>(Width.class))
                    .merge(cell.width(), cell, (shown, copy) -> !shown.active() && copy.active() ? copy : shown);
            if (!present.contains(cell.width())) {
                present.add(cell.width());
            }
        }
        present.sort(null);
        List<Row> rows = new ArrayList<>();
        bySize.forEach((size, row) -> {
            Gender scale = row.values().iterator().next().gender();
            var conversion = SizeChart.convert(scale, size);
            rows.add(new Row(
                    size,
                    conversion.map(SizeChart.Conversion::uk).orElse(""),
                    conversion.map(SizeChart.Conversion::eu).orElse(""),
                    conversion.map(c -> "US " + size + " · " + c.others()).orElse("Off the size chart"),
                    row));
        });
        return new SizeGrid(List.copyOf(present), List.copyOf(rows));
    }
}
