package org.shoetopia.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.shoetopia.api.ShoetopiaApi;
import org.shoetopia.domain.ConflictException;
import org.shoetopia.domain.UnavailableException;
import org.shoetopia.service.Services;
import org.shoetopia.support.ServiceTest;
import org.shoetopia.support.TestDatabases;
import org.shoetopia.support.TestDb;

/** The API behind the sign-in window while the database opens: a call waits for it, or gets why it failed. */
class OpeningApiTest {
    @Test
    void aSignInBeforeTheDatabaseIsOpenWaitsForItAndThenSignsIn() throws Exception {
        var database = TestDatabases.get(TestDb.H2);
        TestDatabases.clean(database);
        Services services = Services.over(database, ServiceTest.TEST_HASHER, Clock.systemUTC());
        services.accounts().signUp("Ada Lee", "ada@example.com", "s3cret-pass");
        CompletableFuture<ShoetopiaApi> opening = new CompletableFuture<>();
        ShoetopiaApi api = OpeningApi.over(opening);

        var signIn = CompletableFuture.supplyAsync(() -> api.accounts().logIn("ada@example.com", "s3cret-pass"));
        Thread.sleep(200);
        assertThat(signIn).as("waiting for the database").isNotDone();
        opening.complete(services.api());

        assertThat(signIn.get(30, TimeUnit.SECONDS).name()).isEqualTo("Ada Lee");
        // the service's own errors come through as a direct call's
        assertThatThrownBy(() -> api.accounts().signUp("Ada Lee", "ada@example.com", "s3cret-pass"))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void aCallAfterTheOpeningFailedSaysWhyAsUnavailable() {
        CompletableFuture<ShoetopiaApi> opening = new CompletableFuture<>();
        opening.completeExceptionally(new IllegalStateException("Database may be already in use"));
        ShoetopiaApi api = OpeningApi.over(opening);

        assertThatThrownBy(() -> api.accounts().logIn("ada@example.com", "s3cret-pass"))
                .isInstanceOf(UnavailableException.class)
                .hasMessageContaining("could not open its database")
                .hasMessageContaining("already in use");
        assertThat(api.accounts().toString()).contains("AccountService");
    }
}
