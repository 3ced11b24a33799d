package app.candor.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the window accepts when files are dropped on it: mail files and Maildir folders, nothing else. */
class MailDropTest {

    @TempDir
    Path dir;

    @Test
    void emlAndMboxFilesAndMaildirFoldersAreMailOtherFilesAndFoldersAreNot() throws Exception {
        Path eml = Files.writeString(dir.resolve("reply.EML"), "From: a@b\n\nx");
        Path mbox = Files.writeString(dir.resolve("Inbox.mbox"), "From x\n");
        Path csv = Files.writeString(dir.resolve("contacts.csv"), "name\n");
        Path maildir = Files.createDirectories(dir.resolve("Maildir").resolve("cur")).getParent();
        Path folder = Files.createDirectories(dir.resolve("photos"));
        assertThat(MailDrops.mailFiles(List.of(eml.toFile(), mbox.toFile(), csv.toFile(), maildir.toFile(),
                folder.toFile(), new File(dir.toFile(), "missing.eml"))))
                .containsExactly(eml, mbox, maildir);
    }
}
