package org.shoetopia.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.shoetopia.api.CartService;
import org.shoetopia.api.Receipt;
import org.shoetopia.domain.CartDiscount;
import org.shoetopia.domain.Discount;
import org.shoetopia.domain.DiscountKind;
import org.shoetopia.domain.DiscountSettings;
import org.shoetopia.domain.ForbiddenException;
import org.shoetopia.domain.Money;
import org.shoetopia.domain.Pricing;
import org.shoetopia.domain.Shop;
import org.shoetopia.domain.ShopDiscountReason;
import org.shoetopia.persistence.Tx;

/** The discounts of a till's cart as the pricing rule and the cashiers' limit see them: one way for the cart and checkout. */
final class TillDiscounts {
    private TillDiscounts() {}

    /** A shop's discount settings: its limit and its reasons (the defaults until the owner sets some). */
    static DiscountSettings settingsOf(Tx tx, long shopId) {
        Shop shop = tx.session().find(Shop.class, shopId);
        List<String> reasons = tx
                .session()
                .createSelectionQuery(
                        "from ShopDiscountReason where shopId = :shop order by position", ShopDiscountReason.class)
                .setParameter("shop", shopId)
                .getResultList()
                .stream()
                .map(ShopDiscountReason::getReason)
                .toList();
        return new DiscountSettings(
                shop.getCashierDiscountLimit(), reasons.isEmpty() ? DiscountSettings.DEFAULT_REASONS : reasons);
    }

    /** The pricing rule's view of a cart's discounts; price overrides are line prices, not here. */
    static Pricing.Discounts forPricing(List<CartDiscount> discounts) {
        Map<Long, Discount> byListing = new HashMap<>();
        Discount cart = null;
        for (CartDiscount row : discounts) {
            Discount discount = row.discount();
            if (row.getTarget() == CartDiscount.WHOLE_CART) {
                cart = discount;
            } else if (discount.kind() != DiscountKind.PRICE) {
                byListing.put(row.getTarget(), discount);
            }
        }
        return new Pricing.Discounts(byListing, cart);
    }

    /**
     * A line's unit price: a manager's price override if it has one and it is still below the
     * listing's price (which may have been lowered since), else the listing's price.
     */
    static Money unitPrice(Money listPrice, CartDiscount lineDiscount) {
        if (lineDiscount == null || lineDiscount.discount().kind() != DiscountKind.PRICE) {
            return listPrice;
        }
        Money override = lineDiscount.discount().amount();
        return override.compareTo(listPrice) < 0 ? override : listPrice;
    }

    /**
     * The receipt's lines of the cart's discounts as priced: each line's own (or its price override,
     * as its list price to the new one), then the whole cart's with what it took off all lines.
     */
    static List<Receipt.DiscountLine> lines(
            List<CartDiscount> discounts, Pricing.PricedCart priced, Map<Long, Money> listPriceByListing) {
        List<Receipt.DiscountLine> lines = new ArrayList<>();
        Money cartShare = Money.ZERO;
        for (Pricing.PricedLine line : priced.lines()) {
            cartShare = cartShare.plus(line.cartDiscount());
            for (CartDiscount row : discounts) {
                if (row.getTarget() == line.line().listingId()) {
                    Money listPrice = listPriceByListing.get(line.line().listingId());
                    Money given = row.discount().kind() == DiscountKind.PRICE
                            ? listPrice
                                    .times(line.line().quantity())
                                    .minus(line.line()
                                            .unitPrice()
                                            .times(line.line().quantity()))
                            : line.lineDiscount();
                    lines.add(ReceiptLines.discountLine(line.line().listingId(), row.discount(), listPrice, given));
                }
            }
        }
        for (CartDiscount row : discounts) {
            if (row.getTarget() == CartDiscount.WHOLE_CART) {
                lines.add(ReceiptLines.discountLine(null, row.discount(), null, cartShare));
            }
        }
        return lines;
    }

    /**
     * Refuses, for a cashier who may not go beyond the shop's limit, a cart whose discounts given
     * without a manager's approval take more than the limit off any line or off the whole sale, or
     * set a price. Approved discounts are the manager's: they are left out of the sum.
     */
    static void requireWithinCashierLimit(
            List<Pricing.Line> lines, Map<Long, Pricing.Sale> saleByShop, List<CartDiscount> discounts, int limit) {
        List<CartDiscount> unapproved =
                discounts.stream().filter(row -> row.getApprovalId() == null).toList();
        for (CartDiscount row : unapproved) {
            if (row.discount().kind() == DiscountKind.PRICE) {
                throw new ForbiddenException("A price override is a manager's: " + CartService.NEEDS_A_MANAGER);
            }
        }
        if (unapproved.isEmpty()) {
            return;
        }
        // Priced at the list prices, without the manager's overrides or approved discounts.
        Pricing.PricedCart priced = Pricing.price(lines, saleByShop, forPricing(unapproved), Map.of());
        long chargedAll = 0;
        long discountAll = 0;
        for (Pricing.PricedLine line : priced.lines()) {
            chargedAll += line.charged().cents();
            discountAll += line.discount().cents();
            if (beyond(line.discount(), line.charged(), limit)) {
                throw new ForbiddenException(
                        tooMuch(limit, "line of listing " + line.line().listingId()));
            }
        }
        if (beyond(Money.ofCents(discountAll), Money.ofCents(chargedAll), limit)) {
            throw new ForbiddenException(tooMuch(limit, "sale"));
        }
    }

    private static boolean beyond(Money discount, Money charged, int limitHundredths) {
        return discount.cents() * 10_000L > charged.cents() * (long) limitHundredths;
    }

    private static String tooMuch(int limitHundredths, String what) {
        return "That takes more than your limit of "
                + java.math.BigDecimal.valueOf(limitHundredths, 2)
                        .stripTrailingZeros()
                        .toPlainString()
                + "% off the " + what + ": " + CartService.NEEDS_A_MANAGER;
    }
}
