package org.shoetopia.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shoetopia.persistence.DatabaseConfig;
import org.shoetopia.service.Services;
import org.shoetopia.support.Fixtures;
import org.shoetopia.support.ServiceTest;
import org.shoetopia.support.SteppingClock;

/** The backups a terminal on its own makes: to two folders, the newest kept, failures said and remembered. */
class BackupScheduleTest {
    @TempDir
    Path folder;

    private final SteppingClock clock = new SteppingClock();
    private final AtomicReference<Optional<Path>> extraFolder = new AtomicReference<>(Optional.empty());
    private Services app;

    @BeforeEach
    void openShop() {
        app = Services.open(
                DatabaseConfig.embedded(folder.resolve("shop")), ServiceTest.TEST_HASHER, Clock.systemUTC());
        new Fixtures(app).owner();
    }

    @AfterEach
    void closeShop() {
        app.close();
    }

    private BackupSchedule schedule(int keep) {
        return new BackupSchedule(app.database(), folder.resolve("shop"), extraFolder::get, keep, clock);
    }

    @Test
    void eachBackupGoesToTheDataFolderAndTheChosenFolderKeepingTheNewest() throws Exception {
        Path stick = Files.createDirectories(folder.resolve("usb-stick"));
        extraFolder.set(Optional.of(stick));
        BackupSchedule backups = schedule(3);
        for (int day = 0; day < 5; day++) {
            backups.backUpNow();
            clock.step(Duration.ofDays(1));
        }
        Path here = folder.resolve("shop").resolve("backups");
        assertThat(Backups.list(here)).hasSize(3);
        assertThat(Backups.list(stick)).hasSize(3);
        assertThat(Backups.list(stick).stream().map(Path::getFileName))
                .containsExactlyElementsOf(
                        Backups.list(here).stream().map(Path::getFileName).toList());
        BackupSchedule.Status status = backups.status();
        assertThat(status.lastBackup())
                .contains(clock.instant().minus(Duration.ofDays(1)).truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
        assertThat(status.lastExtraCopy()).isEqualTo(status.lastBackup());
        assertThat(status.failedAt()).isEmpty();
        assertThat(status.needsAttention(clock.instant())).isFalse();
        assertThat(status.needsAttention(clock.instant().plus(Duration.ofDays(2))))
                .as("two days on")
                .isTrue();
    }

    @Test
    void aFailedBackupIsSaidUntilOneSucceedsEvenAfterARestart() throws Exception {
        Path stick = folder.resolve("usb-stick-unplugged");
        Files.writeString(stick, "a file where the folder should be");
        extraFolder.set(Optional.of(stick));

        BackupSchedule.Status failed = schedule(14).backUpNow();

        assertThat(failed.failedAt()).contains(clock.instant());
        assertThat(failed.failure())
                .isEqualTo("Could not copy the backup to " + stick + ": it is a file, not a folder");
        assertThat(failed.lastBackup())
                .as("the copy in the data folder was made")
                .isPresent();
        assertThat(failed.needsAttention(clock.instant())).isTrue();
        assertThat(schedule(14).status().failure()).as("after a restart").contains("Could not copy");

        Files.delete(stick);
        Files.createDirectories(stick);
        clock.step(Duration.ofMinutes(5));
        BackupSchedule.Status mended = schedule(14).backUpNow();
        assertThat(mended.failedAt()).isEmpty();
        assertThat(mended.lastExtraCopy()).isPresent();
        assertThat(mended.needsAttention(clock.instant())).isFalse();
    }

    @Test
    void anUnpluggedStickIsSaidAndItsMountPointNeverCreated() {
        Path unplugged = folder.resolve("media").resolve("usb");
        extraFolder.set(Optional.of(unplugged));

        BackupSchedule.Status failed = schedule(14).backUpNow();

        assertThat(failed.failure()).contains("there is no such folder (is the disk or USB stick plugged in?)");
        assertThat(unplugged).doesNotExist();
    }

    @Test
    void closingTheAppMakesTheCloseOfDayBackup() {
        BackupSchedule backups = schedule(14);
        backups.start();
        assertThat(backups.status().lastBackup()).isEmpty();
        assertThat(backups.status().needsAttention(clock.instant()))
                .as("no backup yet")
                .isTrue();

        backups.close();

        assertThat(backups.status().lastBackup()).contains(clock.instant());
    }
}
