package org.shoetopia.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shoetopia.domain.ValidationException;
import org.shoetopia.persistence.DataFolder;

class ServerConfigTest {
    @TempDir
    Path folder;

    private ServerConfig load(Map<String, String> environment) {
        return ServerConfig.load(new DataFolder(folder), environment);
    }

    @Test
    void aDatabaseOnAnotherMachineIsReachedOnlyOverTls() {
        for (String plaintext : new String[] {
            "jdbc:postgresql://db.shop.lan/shoetopia",
            "jdbc:postgresql://db.shop.lan:5432/shoetopia?sslmode=prefer",
            "jdbc:postgresql://10.0.0.5/shoetopia?ApplicationName=x&sslmode=disable",
            "jdbc:postgresql://localhost,db2.shop.lan/shoetopia",
            "jdbc:postgresql://[2001:db8::1]:5432/shoetopia",
            "jdbc:postgresql://db.shop.lan/shoetopia?ssl=true&sslmode=disable",
            "jdbc:postgresql://db.shop.lan/shoetopia?sslmode=require",
            "jdbc:postgresql://db.shop.lan/shoetopia?sslmode=verify-full&sslfactory=org.postgresql.ssl.NonValidatingFactory",
            "jdbc:postgresql://127.example.com/shoetopia"
        }) {
            assertThatThrownBy(() -> load(Map.of("SHOETOPIA_DB_URL", plaintext)))
                    .as(plaintext)
                    .isInstanceOfSatisfying(
                            ValidationException.class,
                            e -> assertThat(e.field()).isEqualTo("db.url"))
                    .hasMessageContaining("without TLS that checks its certificate")
                    .hasMessageContaining("sslmode=verify-full");
        }
        for (String fine : new String[] {
            "jdbc:postgresql://db.shop.lan/shoetopia?sslmode=verify-full&sslrootcert=/etc/shoetopia/ca.crt",
            "jdbc:postgresql://db.shop.lan/shoetopia?ssl=true",
            "jdbc:postgresql://db.shop.lan/shoetopia?sslmode=verify-ca",
            "jdbc:postgresql://localhost:5432/shoetopia",
            "jdbc:postgresql://127.0.0.1/shoetopia",
            "jdbc:postgresql://[::1]:5432/shoetopia",
            "jdbc:postgresql:shoetopia"
        }) {
            assertThatCode(() -> load(Map.of("SHOETOPIA_DB_URL", fine)))
                    .as(fine)
                    .doesNotThrowAnyException();
        }
        assertThatCode(() -> load(Map.of(
                        "SHOETOPIA_DB_URL", "jdbc:postgresql://db.shop.lan/shoetopia",
                        "SHOETOPIA_DB_PLAINTEXT_ALLOWED", "true")))
                .as("said explicitly")
                .doesNotThrowAnyException();
    }
}
