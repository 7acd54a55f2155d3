package org.shoetopia.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.shoetopia.api.Actor;
import org.shoetopia.domain.AuthenticationException;
import org.shoetopia.persistence.Database;
import org.shoetopia.support.Fixtures;
import org.shoetopia.support.Race;
import org.shoetopia.support.ServiceTest;
import org.shoetopia.support.TestDatabases;
import org.shoetopia.support.TestDb;

/**
 * A sign-in checks the password outside any transaction (hashing is slow); a password change may
 * commit while it does. Whichever lands first, a session opened with the old password does not
 * outlive the change that was meant to end every session of the account.
 */
class SignInRaceTest {
    private static final int ROUNDS = 120;

    @ParameterizedTest
    @EnumSource(TestDb.class)
    void noSessionOpenedWithTheOldPasswordOutlivesItsChange(TestDb kind) {
        Database database = TestDatabases.get(kind);
        TestDatabases.clean(database);
        Services local = Services.over(database, ServiceTest.TEST_HASHER, Clock.systemUTC());
        Actor account = new Fixtures(local).customer();
        String email = local.accounts().refresh(account).email();
        SessionStore sessions =
                new SessionStore(database, Clock.systemUTC(), Duration.ofHours(4), Duration.ofHours(16));

        String password = Fixtures.PASSWORD;
        int outlived = 0;
        for (int round = 0; round < ROUNDS; round++) {
            String old = password;
            String next = Fixtures.PASSWORD + " " + round;
            long spread = round % 12;
            var outcome = Race.run(2, racer -> {
                if (racer == 0) {
                    try {
                        return Optional.of(
                                local.accounts().logIn(email, old, sessions).token());
                    } catch (AuthenticationException refused) {
                        return Optional.<String>empty();
                    }
                }
                LockSupport.parkNanos(TimeUnit.MICROSECONDS.toNanos(150L * spread));
                local.accounts().changePassword(account, old, next);
                return Optional.<String>empty();
            });
            assertThat(outcome.failures()).isEmpty();
            password = next;
            Optional<String> token = outcome.successes().get(0);
            if (token.isPresent() && sessions.actorOf(token.get()).isPresent()) {
                outlived++;
            }
        }
        assertThat(outlived)
                .as("sessions opened with a password that was changed, still live, of " + ROUNDS)
                .isZero();
    }
}
