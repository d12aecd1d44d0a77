package org.hermit.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.hermit.io.InputException;

/**
 * Output locations, made ready before a command does its work: an --out that cannot be written is bad input
 * (exit status 2, one line saying why), found at once rather than after minutes of runs.
 */
final class OutputPaths {
    private OutputPaths() {}

    /** Creates dir (and its parents) if need be; an InputException names the option and says why it cannot. */
    static Path directory(String option, Path dir) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw InputException.of(dir.toString(), 0, 0, "", option + " must be a directory, and this is a file");
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw InputException.of(dir.toString(), 0, 0, "", "cannot create the " + option + " directory: " + reason(e));
        }
        if (!Files.isWritable(dir)) {
            throw InputException.of(dir.toString(), 0, 0, "", "cannot write into the " + option + " directory: permission denied");
        }
        return dir;
    }

    /** Makes ready the directory a file goes into; the file itself must not be a directory. */
    static Path parentOf(String option, Path file) {
        if (Files.isDirectory(file)) {
            throw InputException.of(file.toString(), 0, 0, "", option + " must be a file, and this is a directory");
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            directory(option, parent);
        }
        return file;
    }

    /** Why a file operation failed, in words (the JDK's messages are often just the path). */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileAlreadyExistsException f) {
            return (f.getFile() == null ? "a part of the path" : f.getFile()) + " exists and is not a directory";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
