package org.shoetopia.api;

/**
 * Every use case a screen can call: the in-process services of a terminal on its own database, or
 * the same interfaces answered by a Shoetopia server. Screens depend on this and nothing below it.
 */
public record ShoetopiaApi(
        AccountService accounts,
        ShopService shops,
        ListingService listings,
        SearchService search,
        CartService carts,
        CheckoutService checkout,
        OrderService orders,
        FlashSaleService flashSales,
        RatingService ratings,
        VerificationService verification,
        StoredValueService storedValue,
        ShiftService shifts,
        ReturnService returns,
        StockReportService stockReports) {}
