package org.shoetopia.api;

import org.shoetopia.domain.Color;
import org.shoetopia.domain.Condition;
import org.shoetopia.domain.Gender;
import org.shoetopia.domain.Money;
import org.shoetopia.domain.ShoeSize;
import org.shoetopia.domain.TaxCategory;

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
        Condition condition,
        Gender gender,
        Money price,
        int stock,
        boolean active,
        Integer salePercentOff,
        Integer saleUnitsLeft,
        long detailsVersion,
        TaxCategory taxCategory) {

    public boolean onFlashSale() {
        return salePercentOff != null && saleUnitsLeft != null && saleUnitsLeft > 0;
    }

    /** The price of a unit while sale units remain. */
    public Money salePrice() {
        return onFlashSale() ? price.discounted(salePercentOff) : price;
    }

    /** "nike air max 90, black, 10.5, men, new". */
    public String description() {
        return brand + " " + style + ", " + color.code() + ", size " + size + ", " + gender.code() + ", "
                + condition.code();
    }
}
