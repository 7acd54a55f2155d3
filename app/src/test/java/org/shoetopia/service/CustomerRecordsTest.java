package org.shoetopia.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.shoetopia.api.Actor;
import org.shoetopia.api.CartService.CartView;
import org.shoetopia.api.CartService.CustomerMatch;
import org.shoetopia.api.CartService.NewCustomer;
import org.shoetopia.api.Receipt;
import org.shoetopia.domain.ConflictException;
import org.shoetopia.domain.NotFoundException;
import org.shoetopia.domain.Payment;
import org.shoetopia.domain.ValidationException;
import org.shoetopia.persistence.Invariants;
import org.shoetopia.support.Backend;
import org.shoetopia.support.ServiceTest;
import org.shoetopia.support.TableCounts;

/**
 * A shop's customers at its till: found by name, email or phone as the cashier types, a walk-in
 * noted on the spot without an account, and each shop seeing only its own.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class CustomerRecordsTest extends ServiceTest {

    CustomerRecordsTest(Backend backend) {
        super(backend);
    }

    @Test
    void aWalkInNotedAtTheTillIsNamedOnTheSaleAndFoundNextTimeByNamePhoneOrEmail() {
        Actor owner = given.owner();
        var listing = given.listing(owner, "80.00", 5);

        CartView named = app.carts()
                .addCustomer(owner, new NewCustomer("  Jane   Doe ", "+1 (555) 010-2030", " Jane.Doe@Example.com"));
        assertThat(named.customerName()).isEqualTo("Jane Doe");
        assertThat(named.customerId()).as("no account").isNull();
        assertThat(named.customerRecordId()).isNotNull();

        app.carts().add(owner, listing.listingId(), 1);
        Receipt sale = app.checkout().checkout(owner, Payment.cash(null), null);
        assertThat(sale.buyerName()).isEqualTo("Jane Doe");
        assertThat(app.orders().receipt(owner, sale.orderId()).buyerName())
                .as("and its copy printed later")
                .isEqualTo("Jane Doe");
        assertThat(TableCounts.scalar(database, "select customer_record_id from orders where id = " + sale.orderId()))
                .isEqualTo(named.customerRecordId());
        assertThat(app.carts().view(owner).customerName())
                .as("the next sale starts with nobody")
                .isNull();

        for (String typed : List.of("jane", "DOE", "e d", "555 0102", "5550102030", "jane.doe@ex")) {
            assertThat(app.carts().findCustomers(owner, typed))
                    .as(typed)
                    .singleElement()
                    .isEqualTo(new CustomerMatch(
                            named.customerRecordId(), "Jane Doe", "jane.doe@example.com", "+1 (555) 010-2030", false));
        }
        assertThat(app.carts().findCustomers(owner, "j"))
                .as("one letter lists nobody")
                .isEmpty();
        assertThat(app.carts().findCustomers(owner, "%%"))
                .as("wildcards are letters")
                .isEmpty();
        assertThat(app.carts().findCustomers(owner, "smith")).isEmpty();

        CartView again = app.carts().chooseCustomer(owner, named.customerRecordId());
        assertThat(again.customerName()).isEqualTo("Jane Doe");
        assertThat(Invariants.check(database.dataSource())).allMatch(Invariants.Check::holds);
    }

    @Test
    void aCustomerNamedByTheirAccountEmailBecomesTheShopsAndIsFoundWithTheirAccount() {
        Actor owner = given.owner();
        Actor customer = given.customer();
        String name = app.accounts().view(customer).name();

        app.carts().setCustomer(owner, given.emailOf(customer));
        app.carts().setCustomer(owner, given.emailOf(customer)); // named twice: still one record
        assertThat(TableCounts.scalar(database, "select count(*) from customer_records"))
                .isEqualTo(1);

        List<CustomerMatch> found = app.carts().findCustomers(owner, name);
        assertThat(found).singleElement().satisfies(match -> {
            assertThat(match.hasAccount()).isTrue();
            assertThat(match.email()).isEqualTo(given.emailOf(customer));
        });
        app.carts().setCustomer(owner, null);
        CartView chosen = app.carts().chooseCustomer(owner, found.get(0).recordId());
        assertThat(chosen.customerId())
                .as("their account: fit and store credit apply")
                .isEqualTo(customer.accountId());

        // A walk-in typed with an account's email is that account, not a second record.
        app.carts().setCustomer(owner, null);
        CartView typed = app.carts().addCustomer(owner, new NewCustomer("Someone", null, given.emailOf(customer)));
        assertThat(typed.customerId()).isEqualTo(customer.accountId());
        assertThat(typed.customerName()).isEqualTo(name);
        assertThat(TableCounts.scalar(database, "select count(*) from customer_records"))
                .isEqualTo(1);
    }

    @Test
    void aShopSeesOnlyItsOwnCustomers() {
        Actor shopA = given.owner();
        Actor shopB = given.owner();
        Actor customer = given.customer();
        app.carts().setCustomer(shopA, given.emailOf(customer));
        long walkIn = app.carts()
                .addCustomer(shopA, new NewCustomer("Private Person", "555 123 456", null))
                .customerRecordId();

        assertThat(app.carts().findCustomers(shopB, "Private")).isEmpty();
        assertThat(app.carts().findCustomers(shopB, "555123")).isEmpty();
        assertThat(app.carts()
                        .findCustomers(shopB, app.accounts().view(customer).name()))
                .as("an account is another shop's customer only once its till names them")
                .isEmpty();
        assertRejectedWritingNothing(
                NotFoundException.class, "no such customer", () -> app.carts().chooseCustomer(shopB, walkIn));
        assertThat(app.carts().view(shopB).customerName()).isNull();

        Actor shopper = given.customer();
        assertRejectedWritingNothing(
                ValidationException.class, "till", () -> app.carts().findCustomers(shopper, "Private"));
        assertRejectedWritingNothing(
                ValidationException.class, "till", () -> app.carts().chooseCustomer(shopper, walkIn));
    }

    @Test
    void aWalkInWithBadDetailsIsRefusedWithEveryReasonAndWritesNothing() {
        Actor owner = given.owner();
        ValidationException error = assertRejectedWritingNothing(
                ValidationException.class,
                "name",
                () -> app.carts().addCustomer(owner, new NewCustomer("  ", "call me", "not-an-email")));
        assertThat(error.all())
                .extracting(ValidationException.Invalid::field)
                .containsExactly("name", "phone", "email");
        assertRejectedWritingNothing(
                ValidationException.class,
                "6 digits",
                () -> app.carts().addCustomer(owner, new NewCustomer("Al", "12-34", null)));
        assertRejectedWritingNothing(
                ValidationException.class,
                "at most 100",
                () -> app.carts().addCustomer(owner, new NewCustomer("x".repeat(101), null, null)));
    }

    @Test
    void aSecondWalkInWithTheSamePhoneOrEmailIsRefusedNamingTheFirst() {
        Actor owner = given.owner();
        app.carts().addCustomer(owner, new NewCustomer("Jane Doe", "555-010-2030", "jane@example.org"));
        app.carts().setCustomer(owner, null);
        assertRejectedWritingNothing(
                ConflictException.class,
                "Jane Doe already has this phone number",
                () -> app.carts().addCustomer(owner, new NewCustomer("J. Doe", "(555) 010 2030", null)));
        assertRejectedWritingNothing(
                ConflictException.class,
                "Jane Doe already has this email",
                () -> app.carts().addCustomer(owner, new NewCustomer("J. Doe", null, "JANE@example.org")));
        // Another shop keeps a record of its own of the same person.
        Actor other = given.owner();
        assertThat(app.carts()
                        .addCustomer(other, new NewCustomer("Jane Doe", "555-010-2030", null))
                        .customerName())
                .isEqualTo("Jane Doe");
    }

    @Test
    void aWalkInIsCorrectedAtTheTillAndFoundAsTheyAreNow() {
        Actor owner = given.owner();
        var listing = given.listing(owner, "80.00", 5);
        CartView noted = app.carts().addCustomer(owner, new NewCustomer("Jane Dow", null, null));
        app.carts().add(owner, listing.listingId(), 1);
        Receipt sale = app.checkout().checkout(owner, Payment.cash(null), null);
        app.carts().chooseCustomer(owner, noted.customerRecordId());
        assertThat(app.carts().walkInOfSale(owner))
                .contains(new CustomerMatch(noted.customerRecordId(), "Jane Dow", null, null, false));

        CartView corrected =
                app.carts().correctCustomer(owner, new NewCustomer(" Jane  Doe", "555 010 2030", null), false);

        assertThat(corrected.customerName()).isEqualTo("Jane Doe");
        assertThat(corrected.customerRecordId()).isEqualTo(noted.customerRecordId());
        assertThat(app.carts().findCustomers(owner, "5550102030"))
                .extracting(CustomerMatch::name)
                .containsExactly("Jane Doe");
        assertThat(app.carts().findCustomers(owner, "dow")).isEmpty();
        assertThat(app.orders().receipt(owner, sale.orderId()).buyerName())
                .as("her earlier sale's copy names her as she is now")
                .isEqualTo("Jane Doe");
        assertThat(TableCounts.scalar(
                        database, "select count(*) from audit_trail where kind = 'customer.record_changed'"))
                .isEqualTo(1);
    }

    @Test
    void aCorrectionGivingAnotherWalkInsPhoneIsRefusedUnlessTheTwoBecomeOneRecord() {
        Actor owner = given.owner();
        var listing = given.listing(owner, "40.00", 5);
        CartView first = app.carts().addCustomer(owner, new NewCustomer("J. Doe", "555-010-2030", null));
        app.carts().add(owner, listing.listingId(), 1);
        Receipt firstSale = app.checkout().checkout(owner, Payment.cash(null), null);
        CartView second = app.carts().addCustomer(owner, new NewCustomer("Jane Doe", null, "jane@example.org"));
        NewCustomer both = new NewCustomer("Jane Doe", "(555) 010 2030", "jane@example.org");

        assertRejectedWritingNothing(
                ConflictException.class,
                "J. Doe already has this phone number",
                () -> app.carts().correctCustomer(owner, both, false));
        CartView merged = app.carts().correctCustomer(owner, both, true);

        assertThat(merged.customerRecordId()).isEqualTo(second.customerRecordId());
        assertThat(app.carts().findCustomers(owner, "doe"))
                .as("one customer now")
                .singleElement()
                .isEqualTo(new CustomerMatch(
                        second.customerRecordId(), "Jane Doe", "jane@example.org", "(555) 010 2030", false));
        app.carts().setCustomer(owner, null);
        assertThat(app.carts().chooseCustomer(owner, first.customerRecordId()).customerRecordId())
                .as("the record folded in leads to the one kept")
                .isEqualTo(second.customerRecordId());
        assertThat(app.orders().receipt(owner, firstSale.orderId()).buyerName())
                .as("a sale keeps the record it was made with")
                .isEqualTo("J. Doe");
        assertThat(TableCounts.scalar(
                        database, "select count(*) from audit_trail where kind = 'customer.record_merged'"))
                .isEqualTo(1);
        assertThat(Invariants.check(database.dataSource())).allMatch(Invariants.Check::holds);
    }

    @Test
    void aWalkInCorrectedToAMembersEmailIsThatMember() {
        Actor owner = given.owner();
        Actor member = given.customer();
        CartView noted = app.carts().addCustomer(owner, new NewCustomer("Sam", "555 123 4567", null));

        CartView named = app.carts().correctCustomer(owner, new NewCustomer("Sam", null, given.emailOf(member)), false);

        assertThat(named.customerId())
                .as("their account: fit and store credit apply")
                .isEqualTo(member.accountId());
        assertThat(named.customerRecordId()).isNotEqualTo(noted.customerRecordId());
        assertThat(app.carts().findCustomers(owner, "5551234567"))
                .as("the walk-in's record folded into the member's")
                .isEmpty();
        assertThat(app.carts().walkInOfSale(owner)).isEmpty();
    }

    @Test
    void onlyTheSalesWalkInIsCorrectedAndABadCorrectionWritesNothing() {
        Actor owner = given.owner();
        assertRejectedWritingNothing(
                ValidationException.class,
                "Name a walk-in customer first",
                () -> app.carts().correctCustomer(owner, new NewCustomer("Jane", null, null), false));
        app.carts().addCustomer(owner, new NewCustomer("Jane", null, null));
        assertRejectedWritingNothing(
                ValidationException.class,
                "must not be blank",
                () -> app.carts().correctCustomer(owner, new NewCustomer(" ", "12", "not an email"), false));
        assertThat(app.carts().walkInOfSale(owner))
                .hasValueSatisfying(match -> assertThat(match.name()).isEqualTo("Jane"));
    }

    @Test
    void aHeldSaleAndAVoidedOneKeepAndDropTheWalkIn() {
        Actor owner = given.owner();
        var listing = given.listing(owner, "50.00", 5);
        app.carts().addCustomer(owner, new NewCustomer("Held Customer", null, null));
        app.carts().add(owner, listing.listingId(), 1);
        app.carts().hold(owner, null);
        assertThat(app.carts().heldSales(owner))
                .singleElement()
                .extracting(held -> held.customerName())
                .isEqualTo("Held Customer");

        app.carts().addCustomer(owner, new NewCustomer("Voided Customer", null, null));
        CartView voided = app.carts().voidSale(owner);
        assertThat(voided.customerName()).as("a voided sale names nobody").isNull();
        assertThat(voided.customerRecordId()).isNull();
    }
}
