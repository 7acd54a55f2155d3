package org.shoetopia.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How a checkout is paid: one or more tenders that together pay the total. At most one tender pays
 * "the rest", cash is one tender (what was handed over in all), and so is store credit.
 */
public record Payment(List<Tender> tenders) {
    public static final int MAX_TENDERS = 8;

    public Payment {
        if (tenders == null || tenders.isEmpty()) {
            throw new ValidationException("payment", "Choose how the customer pays");
        }
        if (tenders.size() > MAX_TENDERS) {
            throw new ValidationException("payment", "A sale takes at most " + MAX_TENDERS + " tenders");
        }
        tenders = List.copyOf(tenders);
        if (tenders.stream().filter(Tender::paysTheRest).count() > 1) {
            throw new ValidationException(
                    "tenderAmount", "Only one tender can pay the rest; give the others an amount");
        }
        for (PaymentMethod once : List.of(PaymentMethod.CASH, PaymentMethod.STORE_CREDIT)) {
            if (tenders.stream().filter(tender -> tender.method() == once).count() > 1) {
                throw new ValidationException(
                        "payment", once.label() + " is one tender: enter what the customer pays with it in all");
            }
        }
        Set<String> codes = new HashSet<>();
        for (Tender tender : tenders) {
            if (tender.giftCardCode() != null && !codes.add(tender.giftCardCode())) {
                throw new ValidationException("giftCardCode", "The same gift card is in this payment twice");
            }
        }
    }

    public static Payment of(Tender... tenders) {
        return new Payment(List.of(tenders));
    }

    /** Cash: what was handed over, or null for the exact amount. */
    public static Payment cash(Money tendered) {
        return of(Tender.cash(tendered));
    }

    /** A card for the whole total. */
    public static Payment card(String brand, String last4) {
        return of(Tender.card(null, brand, last4));
    }

    /** A tender as a sale settles it: what it pays toward the total and, for cash, what was handed over. */
    public record Settled(Tender tender, Money amount, Money tendered) {}

    /** The tenders as they pay {@code total}, and the change given back from the cash. */
    public record Settlement(List<Settled> tenders, Money change) {
        public Money paid() {
            return tenders.stream().map(Settled::amount).reduce(Money.ZERO, Money::plus);
        }
    }

    /**
     * Settles {@code total}: the tender that pays the rest gets what the others leave; gift cards and
     * store credit pay at most {@code storedValueMayPay} (not gift cards sold in the same sale); only
     * cash may be more than is due, and the change comes from it. Refused with a clear message when
     * the tenders pay less than the total, or more where no cash can give the difference back.
     */
    public Settlement settle(Money total, Money storedValueMayPay) {
        Money fixed = tenders.stream()
                .filter(tender -> !tender.paysTheRest())
                .map(Tender::amount)
                .reduce(Money.ZERO, Money::plus);
        Money rest = total.minus(fixed);
        Money change = Money.ZERO;
        Money cashHanded = tenders.stream()
                .filter(tender -> tender.method() == PaymentMethod.CASH && !tender.paysTheRest())
                .map(Tender::amount)
                .reduce(Money.ZERO, Money::plus);
        Money notCash = fixed.minus(cashHanded);
        if (notCash.compareTo(total) > 0) {
            throw new ValidationException(
                    "tenderAmount",
                    "The card, gift card and store credit amounts (" + notCash + ") are more than the total (" + total
                            + "); only cash gives change");
        }
        if (rest.cents() < 0) {
            if (tenders.stream().anyMatch(Tender::paysTheRest)) {
                throw new ValidationException(
                        "tenderAmount", "The other tenders already pay more than the total (" + total + ")");
            }
            change = rest.negate();
        } else if (rest.isPositive() && tenders.stream().noneMatch(Tender::paysTheRest)) {
            throw new ValidationException(
                    tenders.size() == 1 && tenders.get(0).method() == PaymentMethod.CASH
                            ? "cashTendered"
                            : "tenderAmount",
                    tenders.size() == 1 && tenders.get(0).method() == PaymentMethod.CASH
                            ? "Cash tendered (" + fixed + ") is less than the total (" + total + ")"
                            : "The tenders (" + fixed + ") are less than the total (" + total + "): " + rest
                                    + " still due");
        }
        List<Settled> settled = new ArrayList<>();
        Money storedValue = Money.ZERO;
        for (Tender tender : tenders) {
            Money pays = tender.paysTheRest() ? (rest.cents() > 0 ? rest : Money.ZERO) : tender.amount();
            if (pays.cents() == 0 && (tenders.size() > 1 || tender.isStoredValue())) {
                continue; // left to pay the rest when the others paid it all, or a card with nothing to pay
            }
            settled.add(
                    tender.method() == PaymentMethod.CASH
                            ? new Settled(tender, pays.minus(change), pays)
                            : new Settled(tender, pays, null));
            if (tender.isStoredValue()) {
                storedValue = storedValue.plus(pays);
            }
        }
        if (storedValue.compareTo(storedValueMayPay) > 0) {
            throw new ValidationException(
                    "tenderAmount",
                    "Gift cards and store credit can pay at most " + storedValueMayPay
                            + " of this sale: they do not buy gift cards");
        }
        return new Settlement(settled, change);
    }
}
