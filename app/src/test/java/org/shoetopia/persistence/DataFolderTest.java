package org.shoetopia.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataFolderTest {

    @Test
    void shoetopiaHomeWinsOverEverything() {
        assertThat(DataFolder.forCurrentUser(Map.of("SHOETOPIA_HOME", "/srv/till", "HOME", "/home/ada"))
                        .path())
                .isEqualTo(Path.of("/srv/till"));
    }

    @Test
    void onLinuxTheDataFolderFollowsXdgDataHomeThenHome() {
        if (!System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("linux")) {
            return;
        }
        assertThat(DataFolder.forCurrentUser(Map.of("XDG_DATA_HOME", "/data/ada", "HOME", "/home/ada"))
                        .path())
                .isEqualTo(Path.of("/data/ada/shoetopia"));
        assertThat(DataFolder.forCurrentUser(Map.of("HOME", "/home/ada")).path())
                .isEqualTo(Path.of("/home/ada/.local/share/shoetopia"));
    }

    @Test
    void nothingConfiguredMeansTheEmbeddedDatabaseInTheDataFolder() {
        DatabaseConfig config = DatabaseConfig.load(new DataFolder(Path.of("/nonexistent/shoetopia")), Map.of());

        assertThat(config.kind()).isEqualTo(DatabaseKind.H2);
        assertThat(config.url()).isEqualTo("jdbc:h2:file:/nonexistent/shoetopia/shoetopia");
        assertThat(config.toString()).doesNotContain("password");
    }
}
