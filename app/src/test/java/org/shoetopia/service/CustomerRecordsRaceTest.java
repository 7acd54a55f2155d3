package org.shoetopia.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.shoetopia.api.Actor;
import org.shoetopia.api.CartService.NewCustomer;
import org.shoetopia.domain.ConflictException;
import org.shoetopia.domain.CustomerRecord;
import org.shoetopia.persistence.Invariants;
import org.shoetopia.support.Backend;
import org.shoetopia.support.Race;
import org.shoetopia.support.ServiceTest;
import org.shoetopia.support.TableCounts;

/**
 * One shop's tills naming the same customer at the same instant, on real threads: each sale names
 * them, and the shop keeps one record of them, whichever till's insert won.
 */
@ParameterizedClass
@EnumSource(
        value = Backend.class,
        names = {"POSTGRESQL", "SERVER"})
class CustomerRecordsRaceTest extends ServiceTest {
    private static final int TILLS = 8;
    private static final int ROUNDS = 6;

    private final List<Actor> tills = new ArrayList<>();

    CustomerRecordsRaceTest(Backend backend) {
        super(backend);
    }

    @BeforeEach
    void aShopWithEightTills() {
        Actor owner = given.owner();
        tills.add(owner);
        while (tills.size() < TILLS) {
            Actor cashier = given.account("cashier");
            given.hire(owner, cashier);
            tills.add(cashier);
        }
    }

    @Test
    void tillsNamingTheSameAccountAtOnceAllNameItAndTheShopKeepsOneRecord() {
        for (int round = 0; round < ROUNDS; round++) {
            String email = given.emailOf(given.customer());
            var outcome = Race.run(TILLS, till -> app.carts().setCustomer(tills.get(till), email));
            assertThat(outcome.failureMessages()).isEmpty();
            assertThat(outcome.successes().stream()
                            .map(view -> view.customerRecordId())
                            .distinct())
                    .as("every till names the one record")
                    .hasSize(1);
        }
        assertThat(TableCounts.scalar(database, "select count(*) from customer_records"))
                .isEqualTo(ROUNDS);
        assertThat(Invariants.check(database.dataSource())).allMatch(Invariants.Check::holds);
    }

    @Test
    void tillsNotingTheSamePhoneAtOnceMakeOneRecordAndTheOthersAreToldItExists() {
        for (int round = 0; round < ROUNDS; round++) {
            String phone = "555 010 " + (2000 + round);
            var outcome = Race.run(
                    TILLS,
                    till -> app.carts().addCustomer(tills.get(till), new NewCustomer("Walk-in " + till, phone, null)));
            assertThat(outcome.successes()).hasSize(1);
            assertThat(outcome.failures())
                    .hasSize(TILLS - 1)
                    .allSatisfy(e -> assertThat(e)
                            .isInstanceOf(ConflictException.class)
                            .hasMessageContaining("this phone number"));
        }
        assertThat(TableCounts.scalar(database, "select count(*) from customer_records"))
                .isEqualTo(ROUNDS);
        assertThat(Invariants.check(database.dataSource())).allMatch(Invariants.Check::holds);
    }

    @Test
    void tillsCorrectingTheirWalkInsToOnePhoneAtOnceLeaveItToOneRecordAndTellTheOthers() {
        for (int round = 0; round < ROUNDS; round++) {
            String phone = "555 020 " + (3000 + round);
            for (int till = 0; till < TILLS; till++) {
                app.carts().addCustomer(tills.get(till), new NewCustomer("Walk-in " + round + "-" + till, null, null));
            }
            var outcome = Race.run(
                    TILLS,
                    till -> app.carts()
                            .correctCustomer(tills.get(till), new NewCustomer("Pat Lee", phone, null), true));
            assertThat(outcome.successes()).isNotEmpty();
            assertThat(outcome.failures())
                    .allSatisfy(e -> assertThat(e)
                            .isInstanceOf(ConflictException.class)
                            .hasMessageContaining("this phone number"));
            assertThat(TableCounts.scalar(
                            database,
                            "select count(*) from customer_records where phone_digits = ? and merged_into_id is null",
                            CustomerRecord.digitsOf(phone)))
                    .as("one customer has the phone")
                    .isEqualTo(1);
            for (int till = 0; till < TILLS; till++) {
                app.carts().setCustomer(tills.get(till), null);
            }
        }
        assertThat(Invariants.check(database.dataSource())).allMatch(Invariants.Check::holds);
    }
}
