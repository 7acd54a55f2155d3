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
import org.shoetopia.persistence.Database;
import org.shoetopia.support.Fixtures;
import org.shoetopia.support.Race;
import org.shoetopia.support.ServiceTest;
import org.shoetopia.support.SteppingClock;
import org.shoetopia.support.TestDatabases;
import org.shoetopia.support.TestDb;

/**
 * A session's "last used" is written while a call uses it; a sign-out (or a password change, or a
 * removal from staff) may commit at that same moment. Whichever order they land in, an ended
 * session stays ended.
 */
class SessionStoreRaceTest {
    private static final int ROUNDS = 150;

    @ParameterizedTest
    @EnumSource(TestDb.class)
    void aSessionEndedWhileACallUsesItStaysEnded(TestDb kind) {
        Database database = TestDatabases.get(kind);
        TestDatabases.clean(database);
        Services local = Services.over(database, ServiceTest.TEST_HASHER, Clock.systemUTC());
        Actor account = new Fixtures(local).customer();
        SteppingClock clock = new SteppingClock();
        SessionStore sessions = new SessionStore(database, clock, Duration.ofHours(4), Duration.ofHours(16));

        int revived = 0;
        for (int round = 0; round < ROUNDS; round++) {
            String token = sessions.open(account.accountId());
            clock.step(Duration.ofMinutes(2)); // so the next use writes "last used"
            int spread = round % 10;
            Race.run(2, racer -> {
                if (racer == 0) {
                    return sessions.actorOf(token);
                }
                LockSupport.parkNanos(TimeUnit.MICROSECONDS.toNanos(100L * spread));
                sessions.end(token);
                return Optional.empty();
            });
            if (sessions.actorOf(token).isPresent()) {
                revived++;
            }
        }
        assertThat(revived).as("ended sessions that acted again, of " + ROUNDS).isZero();
    }
}
