package org.shoetopia.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.shoetopia.api.Actor;
import org.shoetopia.api.Receipt;
import org.shoetopia.domain.ForbiddenException;
import org.shoetopia.domain.Payment;
import org.shoetopia.domain.ReceiptDetails;
import org.shoetopia.domain.ValidationException;
import org.shoetopia.support.Backend;
import org.shoetopia.support.ServiceTest;

/** A shop's receipts print its name, address, phone and return policy; a reprint says it is a copy. */
@ParameterizedClass
@EnumSource(Backend.class)
class ReceiptDetailsTest extends ServiceTest {

    ReceiptDetailsTest(Backend backend) {
        super(backend);
    }

    @Test
    void theOwnerSetsWhatReceiptsPrintAndATillsReceiptAndItsReprintCarryIt() {
        Actor owner = given.owner();
        Actor cashier = given.customer();
        given.hire(owner, cashier);
        var shoe = given.listing(owner, "60.00", 5);
        assertThat(app.shops().receiptDetails(cashier)).isEqualTo(ReceiptDetails.NONE);

        ReceiptDetails saved = app.shops()
                .setReceiptDetails(
                        owner,
                        new ReceiptDetails(
                                "  12 Mercer Street \n\n New York,   NY 10013 ", "+1 212 555 0147", "30 days"));

        assertThat(saved)
                .isEqualTo(new ReceiptDetails("12 Mercer Street\nNew York, NY 10013", "+1 212 555 0147", "30 days"));
        app.carts().add(cashier, shoe.listingId(), 1);
        Receipt sold = app.checkout().checkout(cashier, Payment.cash(null), null);
        String shopName = app.shops().dashboard(owner).storeName();
        assertThat(sold.header())
                .isEqualTo(new Receipt.Header(
                        shopName,
                        "12 Mercer Street\nNew York, NY 10013",
                        "+1 212 555 0147",
                        "30 days",
                        "Till " + cashier.accountId()));
        assertThat(sold.copy()).isFalse();
        Receipt reprint = app.orders().receipt(cashier, sold.orderId());
        assertThat(reprint.copy()).isTrue();
        assertThat(reprint.header()).isEqualTo(sold.header());

        // The shop moves: its new receipts print the new address, a reprint of this one the old.
        app.shops().setReceiptDetails(owner, new ReceiptDetails("1 Canal Street", "+1 212 555 0199", "14 days"));
        assertThat(app.orders().receipt(cashier, sold.orderId()).header()).isEqualTo(sold.header());
        app.carts().add(cashier, shoe.listingId(), 1);
        assertThat(app.checkout()
                        .checkout(cashier, Payment.cash(null), null)
                        .header()
                        .address())
                .isEqualTo("1 Canal Street");
    }

    @Test
    void onlyTheOwnerChangesThemAndBadInputWritesNothing() {
        Actor owner = given.owner();
        Actor cashier = given.customer();
        given.hire(owner, cashier);

        assertRejectedWritingNothing(
                ForbiddenException.class,
                "",
                () -> app.shops().setReceiptDetails(cashier, new ReceiptDetails("Elsewhere", null, null)));
        assertRejectedWritingNothing(
                ValidationException.class,
                "too long",
                () -> app.shops().setReceiptDetails(owner, new ReceiptDetails(null, "1".repeat(41), null)));
        assertRejectedWritingNothing(
                ValidationException.class,
                "cannot print",
                () -> app.shops().setReceiptDetails(owner, new ReceiptDetails("Main\u0007Street", null, null)));
    }

    @Test
    void aCustomersCartOfSeveralShopsPrintsNoOneShopsHeader() {
        Actor first = given.owner();
        Actor second = given.owner();
        Actor customer = given.customer();
        app.carts().add(customer, given.listing(first, "10.00", 5).listingId(), 1);
        app.carts().add(customer, given.listing(second, "10.00", 5).listingId(), 1);

        assertThat(app.checkout().checkout(customer, Payment.cash(null), null).header())
                .isNull();
    }
}
