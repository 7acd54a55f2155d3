package org.shoetopia.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shoetopia.api.Receipt;
import org.shoetopia.domain.Color;
import org.shoetopia.domain.Discount;
import org.shoetopia.domain.DiscountKind;
import org.shoetopia.domain.Fulfilment;
import org.shoetopia.domain.Gender;
import org.shoetopia.domain.GiftCard;
import org.shoetopia.domain.Money;
import org.shoetopia.domain.OrderLine;
import org.shoetopia.domain.OrderStatus;
import org.shoetopia.domain.OrderTender;
import org.shoetopia.domain.PaymentMethod;
import org.shoetopia.domain.ReceiptDetails;
import org.shoetopia.domain.Shift;
import org.shoetopia.domain.ShoeSize;
import org.shoetopia.domain.Shop;
import org.shoetopia.domain.SizeChart;
import org.shoetopia.domain.TaxRate;
import org.shoetopia.domain.Width;
import org.shoetopia.persistence.Tx;

/** Receipt lines as checkout writes them and a reprint reads them back: one way for both. */
final class ReceiptLines {
    private ReceiptLines() {}

    /** The receipt line of an order line, as checkout wrote it and a reprint reads it back. */
    static Receipt.Line line(OrderLine line, String shopName, String description, OrderStatus status) {
        return new Receipt.Line(
                line.getId(),
                line.getListingId(),
                line.getShopId(),
                shopName,
                description,
                line.getQuantity(),
                line.getUnitPrice(),
                line.getSaleUnits(),
                line.getSaleUnitPrice(),
                line.getLineTotal(),
                line.getDiscount(),
                line.getTax(),
                line.getGross(),
                line.getRefundedQuantity(),
                line.getRefunded(),
                status);
    }

    /** One rate's tax on one line of a shop, as checkout priced it or a reprint reads it back. */
    record TaxPart(long shopId, String shopName, TaxRate rate, boolean included, Money taxable, Money tax) {}

    /**
     * The receipt's tax lines: each shop's rate once, its lines' taxable amounts and taxes added up,
     * in the order the lines first name them (named after the shop when the order has several); a
     * rate with nothing taxed is left out.
     */
    static List<Receipt.TaxLine> taxLines(List<TaxPart> parts) {
        boolean severalShops = parts.stream().map(TaxPart::shopId).distinct().count() > 1;
        Map<String, Receipt.TaxLine> lines = new LinkedHashMap<>();
        for (TaxPart part : parts) {
            String label =
                    (severalShops ? part.shopName() + " " : "") + part.rate().label();
            lines.merge(
                    part.shopId() + "/" + part.rate().category().code() + "/"
                            + part.rate().name(),
                    new Receipt.TaxLine(part.shopId(), label, part.included(), part.taxable(), part.tax()),
                    (one, other) -> new Receipt.TaxLine(
                            one.shopId(),
                            one.label(),
                            one.included(),
                            one.taxable().plus(other.taxable()),
                            one.tax().plus(other.tax())));
        }
        // A rate that taxed nothing (the pairs were under its threshold) says nothing on the receipt.
        return lines.values().stream()
                .filter(line -> line.taxable().cents() != 0 || line.tax().cents() != 0)
                .toList();
    }

    /** The tax registration numbers of the shops that have one, in the order given. */
    static List<Receipt.TaxNumber> taxNumbers(Map<String, String> numberByShopName) {
        List<Receipt.TaxNumber> numbers = new ArrayList<>();
        numberByShopName.forEach((shop, number) -> {
            if (number != null) {
                numbers.add(new Receipt.TaxNumber(shop, number));
            }
        });
        return numbers;
    }

    /** A discount's line on the receipt: "Price match: 15% off" and what it took off. */
    static Receipt.DiscountLine discountLine(Long listingId, Discount discount, Money listPrice, Money given) {
        String label = discount.reason() + ": "
                + (discount.kind() == DiscountKind.PRICE && listPrice != null
                        ? "price " + listPrice + " to " + discount.amount()
                        : discount.label());
        return new Receipt.DiscountLine(listingId, label, given, discount.kind() == DiscountKind.PRICE);
    }

    /** A tender's line on the receipt: "Visa **** 1234", "Gift card **** 7KQ2"; {@code giftCardLast4} for a gift card. */
    static Receipt.TenderLine tender(OrderTender tender, String giftCardLast4) {
        String label = switch (tender.getKind()) {
            case CARD -> tender.getCardBrand() + " **** " + tender.getCardLast4();
            case GIFT_CARD -> PaymentMethod.GIFT_CARD.label() + " **** " + giftCardLast4;
            default -> tender.getKind().label();
        };
        return new Receipt.TenderLine(tender.getKind(), label, tender.getAmount(), tender.getTendered());
    }

    /** The change given back: what the cash handed over came to beyond what it paid. */
    static Money change(List<Receipt.TenderLine> tenders) {
        return tenders.stream()
                .filter(tender -> tender.tendered() != null)
                .map(tender -> tender.tendered().minus(tender.amount()))
                .reduce(Money.ZERO, Money::plus);
    }

    /** A gift card sold, as a reprint shows it: only the last four characters of its code. */
    static Receipt.GiftCardLine soldGiftCard(GiftCard card) {
        return new Receipt.GiftCardLine("****-****-****-" + card.getCodeLast4(), card.getIssued());
    }

    /** The header of a receipt of one shop, with what its receipts print; none for an order of several shops. */
    static Receipt.Header header(Tx tx, java.util.Collection<Long> shopIds, Long shiftId) {
        if (shopIds.size() != 1) {
            return null;
        }
        Shop shop = tx.session().find(Shop.class, shopIds.iterator().next());
        ReceiptDetails details = shop.receiptDetails();
        String terminal =
                shiftId == null ? null : tx.session().find(Shift.class, shiftId).getTerminal();
        return new Receipt.Header(
                shop.getStoreName(), details.address(), details.phone(), details.returnPolicy(), terminal);
    }

    /**
     * The header a reprint shows: the shop's name and receipt details as they were when it sold
     * (kept with its part of the order), or as they are now for an order sold before they were kept.
     */
    static Receipt.Header headerAsSold(Tx tx, long orderId, java.util.Collection<Long> shopIds, Long shiftId) {
        if (shopIds.size() != 1) {
            return null;
        }
        Fulfilment part = tx.session()
                .find(
                        Fulfilment.class,
                        new Fulfilment.Key(orderId, shopIds.iterator().next()));
        if (part == null || part.getShopName() == null) {
            return header(tx, shopIds, shiftId);
        }
        ReceiptDetails details = part.getReceiptDetails();
        String terminal =
                shiftId == null ? null : tx.session().find(Shift.class, shiftId).getTerminal();
        return new Receipt.Header(
                part.getShopName(), details.address(), details.phone(), details.returnPolicy(), terminal);
    }

    /** How a receipt line names the shoe: "nike air max 90, black, size 10.5". */
    /** "nike air max 90, black, men's US 10.5 D · UK 9.5 · EU 44.5". */
    static String describe(String brand, String style, Color color, Gender gender, ShoeSize size, Width width) {
        return brand + " " + style + ", " + color.code() + ", " + SizeChart.label(gender, size, width);
    }
}
