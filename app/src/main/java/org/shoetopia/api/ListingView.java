package org.shoetopia.api;

import org.shoetopia.domain.Color;
import org.shoetopia.domain.Condition;
import org.shoetopia.domain.Ean13;
import org.shoetopia.domain.Gender;
import org.shoetopia.domain.Money;
import org.shoetopia.domain.ShoeSize;
import org.shoetopia.domain.SizeChart;
import org.shoetopia.domain.TaxCategory;
import org.shoetopia.domain.Width;

/**
 * A listing as screens show it: the shoe, the shop and, while the shop runs a flash sale, the sale
 * price and the units left at that price.
 */
public record ListingView(
        long listingId,
        long shopId,
        String shopName,
        boolean shopVerified,
        int promotionTier,
        String brand,
        Color color,
        String style,
        ShoeSize size,
        Width width,
        Condition condition,
        Gender gender,
        Money price,
        int stock,
        boolean active,
        Integer salePercentOff,
        Integer saleUnitsLeft,
        long detailsVersion,
        TaxCategory taxCategory,
        String manufacturerCode) {

    public boolean onFlashSale() {
        return salePercentOff != null && saleUnitsLeft != null && saleUnitsLeft > 0;
    }

    /** The price of a unit while sale units remain. */
    public Money salePrice() {
        return onFlashSale() ? price.discounted(salePercentOff) : price;
    }

    /** "nike air max 90, black, men's US 10.5 D · UK 9.5 · EU 44.5, new". */
    public String description() {
        return brand + " " + style + ", " + color.code() + ", " + SizeChart.label(gender, size, width) + ", "
                + condition.code();
    }

    /** The code on its label: the manufacturer's, or the in-store EAN-13 made from the listing number. */
    public String barcode() {
        return manufacturerCode != null ? manufacturerCode : Ean13.inStore(listingId);
    }
}
