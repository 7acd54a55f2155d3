package org.shoetopia.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** The log an app started from the menu leaves: a file in the data folder, with each error's stack. */
class LogFileTest {
    @AfterEach
    void stop() {
        LogFile.stop();
    }

    @Test
    void anErrorIsWrittenWithItsStackToTheDataFoldersLogOnlyOthersCannotRead(@TempDir Path dataFolder)
            throws Exception {
        Path file = LogFile.startIn(dataFolder);
        LoggerFactory.getLogger("org.shoetopia.test")
                .error("The till met something", new IllegalStateException("a drawer left open"));
        LogFile.stop();

        assertThat(file).isEqualTo(dataFolder.resolve("logs").resolve("shoetopia.log"));
        assertThat(Files.readString(file))
                .contains("ERROR", "The till met something", "IllegalStateException: a drawer left open")
                .contains("at org.shoetopia.files.LogFileTest");
        assertThat(OwnerOnly.isOpenToOthers(file.getParent())).isFalse();
        assertThat(LogFile.current()).isEmpty();
    }

    @Test
    void startingTwiceInTheSameFolderWritesEachLineOnce(@TempDir Path dataFolder) throws Exception {
        Path file = LogFile.startIn(dataFolder);
        assertThat(LogFile.startIn(dataFolder)).isEqualTo(file);
        LoggerFactory.getLogger("org.shoetopia.test").warn("once only");
        LogFile.stop();

        assertThat(Files.readString(file).split("once only", -1)).hasSize(2);
    }
}
