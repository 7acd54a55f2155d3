package org.shoetopia.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shoetopia.api.Actor;
import org.shoetopia.api.CartService.CustomerMatch;
import org.shoetopia.api.CartService.NewCustomer;
import org.shoetopia.domain.PaymentMethod;
import org.shoetopia.service.Services;
import org.shoetopia.support.Fixtures;
import org.shoetopia.support.ServiceTest;
import org.shoetopia.support.TestDatabases;
import org.shoetopia.support.TestDb;
import org.shoetopia.ui.DialogService.FormField;
import org.shoetopia.ui.checkout.PointOfSaleViewModel;

/** The till finds the customer as the cashier types, and notes a new one on the spot. */
class TillCustomerLookupTest {
    private final BackgroundRunner runner = new SameThreadRunner();
    private final UiTest.RecordingDialogs dialogs = new UiTest.RecordingDialogs();
    private Services app;
    private Fixtures given;
    private Actor owner;
    private PointOfSaleViewModel till;

    @BeforeEach
    void aTill() {
        var database = TestDatabases.get(TestDb.H2);
        TestDatabases.clean(database);
        app = Services.over(database, ServiceTest.TEST_HASHER, Clock.systemUTC());
        given = new Fixtures(app);
        owner = given.owner();
        SessionModel session = new SessionModel();
        session.signIn(app.accounts().refresh(owner));
        till = new PointOfSaleViewModel(
                app.carts(),
                app.checkout(),
                app.returns(),
                app.storedValue(),
                app.flashSales(),
                app.listings(),
                runner,
                session,
                dialogs);
        till.load();
    }

    @Test
    void typingListsTheShopsCustomersAndEnterNamesTheOnlyMatch() {
        app.carts().addCustomer(owner, new NewCustomer("Jane Doe", "555 010 2030", null));
        app.carts().addCustomer(owner, new NewCustomer("Jane Roe", null, "roe@example.com"));
        app.carts().setCustomer(owner, null);
        till.load();

        till.customerLookupProperty().set("jane");
        assertThat(till.customerMatches()).extracting(CustomerMatch::name).containsExactly("Jane Doe", "Jane Roe");
        till.nameCustomer();
        assertThat(till.errors().of("customerLookup").get()).isEqualTo("2 customers match: pick one");
        assertThat(till.customerProperty().get()).isEqualTo("Walk-in customer");

        till.customerLookupProperty().set("555-010");
        assertThat(till.customerMatches()).extracting(CustomerMatch::name).containsExactly("Jane Doe");
        assertThat(till.errors().of("customerLookup").get())
                .as("cleared as the cause changed")
                .isEmpty();
        till.nameCustomer();
        assertThat(till.customerProperty().get()).isEqualTo("Customer: Jane Doe");
        assertThat(till.customerLookupProperty().get()).as("the lookup is done").isEmpty();
        assertThat(till.customerMatches()).isEmpty();

        till.customerLookupProperty().set("roe");
        till.chooseCustomer(till.customerMatches().get(0));
        assertThat(till.customerProperty().get()).isEqualTo("Customer: Jane Roe");

        till.customerLookupProperty().set("nobody");
        till.nameCustomer();
        assertThat(till.errors().of("customerLookup").get()).contains("New customer adds them");
        assertThat(till.customerProperty().get()).as("still the one named").isEqualTo("Customer: Jane Roe");
    }

    @Test
    void anAccountsEmailNamesThemAndTheirStoreCreditApplies() {
        Actor customer = given.customer();
        app.storedValue().issueStoreCredit(owner, given.emailOf(customer), Fixtures.money("12.00"), "goodwill");
        String name = app.accounts().view(customer).name();
        assertThat(app.carts().findCustomers(owner, name))
                .as("the shop that gave them credit finds them")
                .singleElement()
                .extracting(CustomerMatch::hasAccount)
                .isEqualTo(true);
        till.customerLookupProperty().set(given.emailOf(customer));
        till.nameCustomer();
        assertThat(till.customerProperty().get())
                .isEqualTo("Customer: " + app.accounts().view(customer).name());
        assertThat(till.customerNamedProperty().get()).isTrue();
        till.paymentMethodProperty().set(PaymentMethod.STORE_CREDIT);
        assertThat(till.storeCreditInfoProperty().get()).contains("has $12.00 of store credit");
    }

    @Test
    void aNewCustomerStartsFromWhatWasTypedAndIsAskedAgainUntilRight() {
        till.customerLookupProperty().set("+1 555 777 8888");
        dialogs.forms.add(List.of("", "+1 555 777 8888", "not an email"));
        dialogs.forms.add(List.of("Sam Smith", "+1 555 777 8888", ""));
        till.newCustomer();

        List<String> forms = dialogs.shown.stream()
                .filter(shown -> shown.startsWith("New customer:"))
                .toList();
        assertThat(forms).hasSize(2);
        assertThat(forms.get(1))
                .as("every reason at once, the typing kept")
                .contains("The customer's name must not be blank")
                .contains("valid email");
        assertThat(dialogs.lastFormFields)
                .extracting(FormField::initial)
                .containsExactly("", "+1 555 777 8888", "not an email");
        assertThat(till.customerProperty().get()).isEqualTo("Customer: Sam Smith");
        assertThat(till.customerNamedProperty().get())
                .as("no account: no fit or credit")
                .isFalse();
        assertThat(app.carts().findCustomers(owner, "5557778888"))
                .extracting(CustomerMatch::name)
                .containsExactly("Sam Smith");
    }

    @Test
    void theWalkInIsCorrectedAndASecondRecordOfThemMergedOnlyWhenTheCashierSaysSo() {
        app.carts().addCustomer(owner, new NewCustomer("Sam Smith", "555 777 8888", null));
        app.carts().setCustomer(owner, null);
        app.carts().addCustomer(owner, new NewCustomer("Sam Smyth", null, null));
        till.load();
        assertThat(till.walkInNamedProperty().get()).isTrue();

        dialogs.forms.add(List.of("Sam Smith", "555-777-8888", ""));
        dialogs.confirmAnswers.add(false);
        till.editCustomer();
        assertThat(dialogs.lastFormFields)
                .as("the form starts from the record")
                .extracting(FormField::initial)
                .containsExactly("Sam Smyth", "", "");
        assertThat(dialogs.shown)
                .anyMatch(shown -> shown.startsWith("Merge customers:")
                        && shown.contains("Sam Smith already has this phone number"));
        assertThat(till.customerProperty().get()).as("not merged: unchanged").isEqualTo("Customer: Sam Smyth");
        assertThat(app.carts().findCustomers(owner, "sam")).hasSize(2);

        dialogs.forms.add(List.of("Sam Smith", "555-777-8888", ""));
        dialogs.confirmAnswers.add(true);
        till.editCustomer();
        assertThat(till.customerProperty().get()).isEqualTo("Customer: Sam Smith");
        assertThat(app.carts().findCustomers(owner, "sam"))
                .as("one record of him now")
                .singleElement()
                .extracting(CustomerMatch::phone)
                .isEqualTo("555-777-8888");
    }
}
