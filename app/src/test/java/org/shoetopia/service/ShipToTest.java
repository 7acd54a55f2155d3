package org.shoetopia.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.shoetopia.api.Actor;
import org.shoetopia.api.ListingView;
import org.shoetopia.api.Receipt;
import org.shoetopia.domain.ConflictException;
import org.shoetopia.domain.OrderStatus;
import org.shoetopia.domain.Payment;
import org.shoetopia.domain.ValidationException;
import org.shoetopia.persistence.Invariants;
import org.shoetopia.receipt.ReceiptLayout;
import org.shoetopia.support.Backend;
import org.shoetopia.support.ServiceTest;

/** At the till the shop chooses: the customer takes the shoes (done at checkout), or the shop ships them. */
@ParameterizedClass
@EnumSource(Backend.class)
class ShipToTest extends ServiceTest {

    ShipToTest(Backend backend) {
        super(backend);
    }

    private Actor owner;
    private ListingView shoe;

    @BeforeEach
    void aShop() {
        owner = given.owner();
        shoe = given.listing(owner, "80.00", 5);
    }

    @Test
    void aShippedSaleGoesProcessingToDeliveredAndItsReceiptSaysWhere() {
        app.carts().add(owner, shoe.listingId(), 1);
        var cart = app.carts().shipTo(owner, "Ada Lovelace\n  12 Hill Road  \n\nLondon N1");
        assertThat(cart.shipTo()).isEqualTo("Ada Lovelace\n12 Hill Road\nLondon N1");

        Receipt receipt = app.checkout().checkout(owner, cart.seen(), Payment.cash(null), null);

        assertThat(receipt.shipTo()).isEqualTo("Ada Lovelace\n12 Hill Road\nLondon N1");
        assertThat(receipt.lines().get(0).status()).isEqualTo(OrderStatus.PROCESSING);
        assertThat(String.join("\n", ReceiptLayout.lines(receipt, java.time.ZoneOffset.UTC)))
                .contains("Ship to\n  Ada Lovelace\n  12 Hill Road\n  London N1");
        assertThat(app.orders().advanceStatus(owner, receipt.orderId())).isEqualTo(OrderStatus.SHIPPED);
        assertThat(app.orders().receipt(owner, receipt.orderId()).shipTo()).isEqualTo(receipt.shipTo());
        assertThat(Invariants.check(database.dataSource())).allMatch(Invariants.Check::holds);
    }

    @Test
    void aSaleTheCustomerTakesIsCollectedAndHasNothingToShip() {
        app.carts().add(owner, shoe.listingId(), 1);
        app.carts().shipTo(owner, "12 Hill Road");
        var cart = app.carts().shipTo(owner, "  ");
        assertThat(cart.shipTo()).isNull();

        Receipt receipt = app.checkout().checkout(owner, Payment.cash(null), null);

        assertThat(receipt.lines().get(0).status()).isEqualTo(OrderStatus.COLLECTED);
        assertRejectedWritingNothing(
                ConflictException.class, "nothing to ship", () -> app.orders().advanceStatus(owner, receipt.orderId()));
    }

    @Test
    void choosingWhereItShipsChangesTheSaleTheTillShowed() {
        app.carts().add(owner, shoe.listingId(), 1);
        var seen = app.carts().view(owner).seen();
        app.carts().shipTo(owner, "12 Hill Road");

        assertRejectedWritingNothing(
                ConflictException.class,
                "changed on another terminal",
                () -> app.checkout().checkout(owner, seen, Payment.cash(null), null));
    }

    @Test
    void badAddressesAndCustomersOwnCartsWriteNothing() {
        app.carts().add(owner, shoe.listingId(), 1);
        assertRejectedWritingNothing(
                ValidationException.class, "at most 300", () -> app.carts().shipTo(owner, "x".repeat(301)));
        assertRejectedWritingNothing(
                ValidationException.class, "cannot print", () -> app.carts().shipTo(owner, "12 Hill\u0007 Road"));
        Actor customer = given.customer();
        app.carts().add(customer, shoe.listingId(), 1);
        assertRejectedWritingNothing(
                ValidationException.class,
                "Only a shop's till",
                () -> app.carts().shipTo(customer, "12 Hill Road"));
    }
}
