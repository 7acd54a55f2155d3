package org.shoetopia.files;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Files and folders only their owner may read: 0600 files, 0700 folders, whatever the umask, where
 * the file system has POSIX permissions. (On Windows they live in the user's own profile, which
 * other users cannot read; a FAT USB stick has no permissions at all.)
 */
public final class OwnerOnly {
    private static final Logger log = LoggerFactory.getLogger(OwnerOnly.class);
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> OTHERS = EnumSet.of(
            PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE,
            PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.OTHERS_READ,
            PosixFilePermission.OTHERS_WRITE,
            PosixFilePermission.OTHERS_EXECUTE);

    private OwnerOnly() {}

    /** Creates the folder (and its parents) owner-only if it is not there; one that is there is left as it is. */
    public static Path createFolder(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            return folder;
        }
        if (Files.exists(folder)) {
            throw new IOException("it is a file, not a folder");
        }
        try {
            return Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(FOLDER));
        } catch (UnsupportedOperationException notPosix) {
            return Files.createDirectories(folder);
        }
    }

    /** Creates an empty owner-only file, replacing one of that name. */
    public static Path createFile(Path file) throws IOException {
        Files.deleteIfExists(file);
        try {
            return Files.createFile(file, PosixFilePermissions.asFileAttribute(FILE));
        } catch (UnsupportedOperationException notPosix) {
            return Files.createFile(file);
        } catch (FileAlreadyExistsException raced) {
            throw new IOException("something else is writing " + file, raced);
        }
    }

    /** Writes {@code bytes} to a file that is owner-only from its first byte. */
    public static Path write(Path file, byte[] bytes) throws IOException {
        Path written = createFile(file);
        Files.write(written, bytes);
        return written;
    }

    /**
     * Makes an existing file or folder of Shoetopia's own owner-only, saying so in the log when
     * others could read it (a file copied in, an older version's, a wide umask).
     */
    public static void restrict(Path path) throws IOException {
        Set<PosixFilePermission> now;
        try {
            now = Files.getPosixFilePermissions(path);
        } catch (UnsupportedOperationException notPosix) {
            return;
        }
        Set<PosixFilePermission> wanted = Files.isDirectory(path) ? FOLDER : FILE;
        if (now.stream().anyMatch(OTHERS::contains)) {
            log.warn("{} was open to other users ({}); made it owner-only", path, PosixFilePermissions.toString(now));
        }
        if (!now.equals(wanted)) {
            Files.setPosixFilePermissions(path, wanted);
        }
    }

    /** Whether users other than the owner may read or change the file (never, where there are no POSIX permissions). */
    public static boolean isOpenToOthers(Path path) throws IOException {
        try {
            return Files.getPosixFilePermissions(path).stream().anyMatch(OTHERS::contains);
        } catch (UnsupportedOperationException notPosix) {
            return false;
        }
    }

    /** Flushes the file's bytes to the device, so a power cut after this cannot lose them. */
    public static void forceToDisk(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }
}
