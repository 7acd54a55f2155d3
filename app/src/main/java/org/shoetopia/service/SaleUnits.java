package org.shoetopia.service;

/** The one way queries read a flash sale's units left: the sum of its slot rows. */
final class SaleUnits {
    private SaleUnits() {}

    /** HQL for the units left of the FlashSale aliased {@code sale} (0 when it has none). */
    static String leftOf(String sale) {
        return "(select coalesce(sum(u.unitsLeft), 0) from FlashSaleSlot u where u.saleId = " + sale + ".id)";
    }
}
