package org.shoetopia.service;

import org.shoetopia.domain.Color;
import org.shoetopia.domain.Condition;
import org.shoetopia.domain.Gender;
import org.shoetopia.domain.Money;
import org.shoetopia.domain.ShoeSize;
import org.shoetopia.domain.VerificationStatus;

/**
 * A listing as screens show it: the shoe, the shop and, while the shop runs a flash sale, the sale
 * price and the units left at that price.
 */
public record ListingView(long listingId, long shopId, String shopName, boolean shopVerified, int promotionTier,
        String brand, Color color, String style, ShoeSize size, Condition condition, Gender gender, Money price,
        int stock, boolean active, Integer salePercentOff, Integer saleUnitsLeft, long detailsVersion) {

    /** The columns {@link #fromRow} reads, over Listing l, Shoe s, Shop sh and the running FlashSale f. */
    static final String COLUMNS = """
            l.id, sh.id, sh.storeName, sh.verificationStatus, l.shopPromotionTier, s.brand, s.color, s.style,
            l.sizeHalves, l.condition, l.gender, l.priceCents, l.stock, l.active, f.percentOff, """ + SaleUnits.leftOf("f") + """
            , l.detailsVersion""";
    static final String FROM = """
            from Listing l join Shoe s on s.id = l.shoeId join Shop sh on sh.id = l.shopId
            left join FlashSale f on f.activeShopId = l.shopId""";

    static ListingView fromRow(Object[] row) {
        return new ListingView((Long) row[0], (Long) row[1], (String) row[2],
                row[3] == VerificationStatus.VERIFIED, (Integer) row[4], (String) row[5], (Color) row[6],
                (String) row[7], new ShoeSize((Integer) row[8]), (Condition) row[9], (Gender) row[10],
                Money.ofCents((Long) row[11]), (Integer) row[12], (Boolean) row[13], (Integer) row[14],
                row[14] == null ? null : ((Number) row[15]).intValue(), (Long) row[16]);
    }

    public boolean onFlashSale() {
        return salePercentOff != null && saleUnitsLeft != null && saleUnitsLeft > 0;
    }

    /** The price of a unit while sale units remain. */
    public Money salePrice() {
        return onFlashSale() ? price.discounted(salePercentOff) : price;
    }

    /** "nike air max 90, black, 10.5, men, new". */
    public String description() {
        return brand + " " + style + ", " + color.code() + ", size " + size + ", "
                + gender.code() + ", " + condition.code();
    }
}
