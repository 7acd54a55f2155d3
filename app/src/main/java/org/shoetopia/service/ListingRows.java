package org.shoetopia.service;

import jakarta.persistence.Tuple;
import org.shoetopia.api.ListingView;
import org.shoetopia.domain.Color;
import org.shoetopia.domain.Condition;
import org.shoetopia.domain.Gender;
import org.shoetopia.domain.Money;
import org.shoetopia.domain.ShoeSize;
import org.shoetopia.domain.TaxCategory;
import org.shoetopia.domain.VerificationStatus;
import org.shoetopia.domain.Width;

/** How a {@link ListingView} is read: the columns of one query over listing, shoe, shop and running sale. */
final class ListingRows {
    private ListingRows() {}

    /** The columns {@link #listing} reads by name, over Listing l, Shoe s, Shop sh and the running FlashSale f. */
    static final String COLUMNS = """
            l.id as listingId, sh.id as shopId, sh.storeName as shopName, sh.verificationStatus as verification,
            l.shopPromotionTier as promotionTier, s.shownBrand as brand, s.color as color, s.shownStyle as style,
            l.sizeHalves as sizeHalves, l.width as width, l.condition as shoeCondition, l.gender as gender, l.priceCents as priceCents,
            l.stock as stock, l.active as active, f.percentOff as salePercentOff,
            """ + SaleUnits.leftOf("f") + """
             as saleUnitsLeft, l.detailsVersion as detailsVersion, l.taxCategory as taxCategory,
             l.manufacturerCode as manufacturerCode""";

    static final String FROM = """
            from Listing l join Shoe s on s.id = l.shoeId join Shop sh on sh.id = l.shopId
            left join FlashSale f on f.activeShopId = l.shopId""";

    /** A listing from a {@link Tuple} query selecting {@link #COLUMNS}, each read by its name and type. */
    static ListingView listing(Tuple row) {
        Integer salePercentOff = row.get("salePercentOff", Integer.class);
        return new ListingView(
                row.get("listingId", Long.class),
                row.get("shopId", Long.class),
                row.get("shopName", String.class),
                row.get("verification", VerificationStatus.class) == VerificationStatus.VERIFIED,
                row.get("promotionTier", Integer.class),
                row.get("brand", String.class),
                row.get("color", Color.class),
                row.get("style", String.class),
                new ShoeSize(row.get("sizeHalves", Integer.class)),
                row.get("width", Width.class),
                row.get("shoeCondition", Condition.class),
                row.get("gender", Gender.class),
                Money.ofCents(row.get("priceCents", Long.class)),
                row.get("stock", Integer.class),
                row.get("active", Boolean.class),
                salePercentOff,
                salePercentOff == null
                        ? null
                        : row.get("saleUnitsLeft", Number.class).intValue(),
                row.get("detailsVersion", Long.class),
                row.get("taxCategory", TaxCategory.class),
                row.get("manufacturerCode", String.class));
    }
}
